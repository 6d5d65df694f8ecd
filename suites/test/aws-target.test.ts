// The aws target cannot meet real AWS here, so it is pointed at our mock with fake credentials: prefix and tags on
// every pool, teardown after failures (deletion protection included), pacing, throttling retries, opt-in.
import { describe, expect, test } from "vitest";
import { createCognitoMock } from "../../mocks/index.ts";
import { apiRequest } from "../fixtures/fixtures.ts";
import { runCases } from "../harness/runner.ts";
import { main as run } from "../cli/run.ts";
import { allCases } from "../cases/index.ts";
import { awsTarget } from "../targets/aws.ts";
import type { Case } from "../harness/case.ts";
import { liveSettings, LIVE_PREFIX, LIVE_TAG, RUN_TAG } from "../targets/live.ts";
import { TEST_CREDENTIALS } from "../targets/signing.ts";
import { inProcessTransport } from "./in-process.ts";

const setup = (options: { throttleFirst?: number; requestsPerSecond?: number } = {}) => {
  const mock = createCognitoMock({ seed: 3, onInternalError: () => {} });
  const { transport, calls } = inProcessTransport(mock, options);
  const target = awsTarget({ region: "us-east-1", credentials: TEST_CREDENTIALS, transport, requestsPerSecond: options.requestsPerSecond ?? 1000 });
  return { mock, target, calls };
};

describe("aws target (against the mock)", () => {
  test("fixture and case pools carry the run prefix or tag, and teardown deletes them all", async () => {
    const { mock, target } = setup();
    const cases = allCases().filter((c) => c.operation === "CreateUserPool" && /PoolName|DeletionProtection/.test(c.member ?? "")).slice(0, 40);
    const result = await runCases(cases, target);
    expect(result.results.filter((r) => r.status !== "PASS")).toEqual([]);
    const pools = [...mock.state.pools.values()].map((p) => p.pool);
    expect(pools.length).toBeGreaterThan(1);
    for (const p of pools) expect(p.UserPoolTags?.[LIVE_TAG]).toBe("true");
    expect(pools.some((p) => p.Name?.startsWith(`${LIVE_PREFIX}${target.runId}`))).toBe(true);
    await target.close();
    expect(mock.state.pools.size).toBe(0);
  });

  test("pools that scenarios and tag cases create or update keep the run's tags, so sweep would find them after an abort", async () => {
    const { mock, target } = setup();
    const creates = (c: Case) => (c.steps ?? []).some((s) => s.request.headers?.["X-Amz-Target"]?.endsWith(".CreateUserPool"));
    const cases = allCases().filter(
      (c) => (/^(Create|Update)UserPool$/.test(c.operation) && c.member?.startsWith("UserPoolTags")) || (c.suite === "behaviour" && !c.needs.length && (creates(c) || c.operation === "UpdateUserPool")),
    );
    const result = await runCases(cases, target);
    expect(result.results.filter((r) => r.status !== "PASS").map((r) => `${r.id}: ${r.reasons.join("; ")}`)).toEqual([]);
    const untagged = [...mock.state.pools.values()].map((p) => p.pool).filter((p) => p.UserPoolTags?.[LIVE_TAG] !== "true" || p.UserPoolTags?.[RUN_TAG] !== target.namePrefix);
    // Only a case at the 50-tag limit may keep its own tags alone (teardown still deletes it).
    expect(untagged.map((p) => Object.keys(p.UserPoolTags ?? {}).length)).toEqual(untagged.map(() => 50));
    await target.close();
    expect(mock.state.pools.size).toBe(0);
  });

  test("teardown turns deletion protection off first, and runs after a failing case", async () => {
    const { mock, target } = setup();
    const vars = await target.prepare("shared", ["pool"]);
    await target.send(apiRequest("UpdateUserPool", { UserPoolId: vars.userPoolId, DeletionProtection: "ACTIVE" }));
    expect(mock.state.pools.get(vars.userPoolId)?.pool.DeletionProtection).toBe("ACTIVE");
    await target.close();
    expect(mock.state.pools.size).toBe(0);
  });

  test("throttling is retried", async () => {
    const { target, calls } = setup({ throttleFirst: 2 });
    const answer = await target.send(apiRequest("DescribeUserPool", { UserPoolId: "us-east-1_missing0" }));
    expect(JSON.parse(answer.body).__type).toBe("ResourceNotFoundException");
    expect(calls.length).toBe(3);
  });

  test("calls are paced below the 15 requests/s quota", async () => {
    const { target } = setup({ requestsPerSecond: 10 });
    const started = Date.now();
    for (let i = 0; i < 6; i++) await target.send(apiRequest("DescribeUserPool", { UserPoolId: "us-east-1_missing0" }));
    // A lower bound: 6 calls at 10/s need at least 5 gaps of 100 ms (less 50 ms for timer slack). Load can only make
    // the run slower, so it cannot flake the way an upper bound would.
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
  });

  test("without the opt-in a live run is a visible skip, never an attempt", async () => {
    expect(await liveSettings("eu-west-1", {})).toEqual({ ok: false, reason: expect.stringContaining("COGNITO_CONFORMANCE_LIVE=1") });
    expect(await liveSettings(undefined, { COGNITO_CONFORMANCE_LIVE: "1" })).toEqual({ ok: false, reason: expect.stringContaining("region") });
    const saved = process.env.COGNITO_CONFORMANCE_LIVE;
    delete process.env.COGNITO_CONFORMANCE_LIVE;
    try {
      const code = await run(["--target", "aws", "--only", "protocol/error/shape", "--report", "/tmp/cognito-conformance-skip", "--quiet"]);
      expect(code).toBe(0);
    } finally {
      if (saved !== undefined) process.env.COGNITO_CONFORMANCE_LIVE = saved;
    }
  });
});
