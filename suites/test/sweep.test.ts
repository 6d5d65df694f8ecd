// sweep deletes old pools with the prefix AND the tag, and nothing else.
import { expect, test } from "vitest";
import { createCognitoMock } from "../../mocks/index.ts";
import { call } from "../fixtures/fixtures.ts";
import { awsTarget } from "../targets/aws.ts";
import { LIVE_PREFIX, LIVE_TAG } from "../targets/live.ts";
import type { ResolvedRequest } from "../harness/target.ts";
import { createSigner, TEST_CREDENTIALS } from "../targets/signing.ts";
import { parseDuration, sweep } from "../targets/sweep.ts";
import { inProcessTransport } from "./in-process.ts";

test("sweep never touches a pool without both the prefix and the tag", async () => {
  const mock = createCognitoMock({ seed: 4, onInternalError: () => {} });
  const { transport } = inProcessTransport(mock);
  const target = awsTarget({ region: "us-east-1", credentials: TEST_CREDENTIALS, transport, requestsPerSecond: 1000 });
  const send = target.send.bind(target);
  // Other people's pools are created around the target, which would add the run's tags to anything it creates.
  const sign = createSigner({ region: "us-east-1", service: "cognito-idp", credentials: TEST_CREDENTIALS });
  const outside = async (request: ResolvedRequest) => transport(await sign(request, "https://cognito-idp.us-east-1.amazonaws.com/"));
  const create = async (PoolName: string, tags?: Record<string, string>) =>
    (await call(outside, "CreateUserPool", { PoolName, UserPoolTags: tags ?? { other: "x" } })).UserPool.Id as string;
  const ours = await create(`${LIVE_PREFIX}old1`, { [LIVE_TAG]: "true" });
  const prefixedUntagged = await create(`${LIVE_PREFIX}foreign`);
  const taggedUnprefixed = await create("someone-elses-pool", { [LIVE_TAG]: "true" });
  const result = await sweep(send, { olderThanMs: parseDuration("1h"), now: Date.now() + 2 * 3_600_000 });
  expect(result.deleted).toEqual([ours]);
  expect(result.kept.map((k) => k.id)).toEqual([prefixedUntagged]);
  expect([...mock.state.pools.keys()].sort()).toEqual([prefixedUntagged, taggedUnprefixed].sort());
  const young = await sweep(send, { olderThanMs: parseDuration("1h") });
  expect(young.deleted).toEqual([]);
});

test("durations", () => {
  expect(parseDuration("90s")).toBe(90_000);
  expect(parseDuration("2h")).toBe(7_200_000);
  expect(() => parseDuration("2 hours")).toThrow();
});
