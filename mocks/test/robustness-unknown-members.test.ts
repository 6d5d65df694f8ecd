// Found by the fuzzer (issue 6): unknown members were stored and echoed back. AWS's deserializers ignore
// them; map keys (tags) are data and stay, even `__proto__`.
import { expect, test } from "vitest";
import { call, wireRequest } from "./fuzz/baseline.ts";
import { createCognitoMock } from "../index.ts";
import { stateViolations } from "./fuzz/state-invariants.ts";

test("unknown members at any depth are ignored, never stored or echoed; map keys are kept", () => {
  const mock = createCognitoMock({ seed: 3 });
  const created = mock.handle(wireRequest("CreateUserPool", {})).response; // PoolName missing: refused
  expect(created.status).toBe(400);
  const body = '{"PoolName":"p","UserPoolTier":"PLUS","Extra":1,"UserPoolTags":{"__proto__":"tag","constructor":"c"},"Policies":{"PasswordPolicy":{"MinimumLength":8,"hasOwnProperty":-0}}}';
  const answer = mock.handle({ ...wireRequest("CreateUserPool", {}), body }).response;
  const pool = JSON.parse(answer.body).UserPool;
  expect(pool.Extra).toBeUndefined();
  expect(Object.keys(pool.Policies.PasswordPolicy)).not.toContain("hasOwnProperty");
  expect(JSON.parse(answer.body, (k, v) => v).UserPool.UserPoolTags).toEqual(JSON.parse('{"__proto__":"tag","constructor":"c"}'));
  call(mock, "SetRiskConfiguration", JSON.parse(`{"UserPoolId":"${pool.Id}","RiskExceptionConfiguration":{"BlockedIPRangeList":["10.0.0.0/8"],"__proto__":{"polluted":1},"hasOwnProperty":0}}`));
  const described = call(mock, "DescribeRiskConfiguration", { UserPoolId: pool.Id }).RiskConfiguration;
  expect(Object.keys(described.RiskExceptionConfiguration)).toEqual(["BlockedIPRangeList"]);
  expect(stateViolations(mock.state)).toEqual([]);
});
