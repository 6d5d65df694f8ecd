// Fault injection through the real SDK v3 client: rate limits, Cognito's quota preset, injected failures
// (count, seeded probability), latency, validation of rules, and the SDK's own retries on throttling.
import {
  CognitoIdentityProviderClient,
  DeleteUserPoolCommand,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolCommand,
  InternalErrorException,
  ResourceNotFoundException,
  TooManyRequestsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { OPERATIONS } from "../../generated/operations.ts";
import { createCognitoMock } from "../index.ts";
import { failure } from "./pools-harness.ts";

let nowMs = Date.UTC(2025, 5, 1);
const mock = createCognitoMock({ seed: 42, clock: { now: () => nowMs } });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const client = (maxAttempts = 1) =>
  new CognitoIdentityProviderClient({ region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts });
const describe = (c = client()) => c.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_nothere1" })).catch((e) => e);

test("rateLimit: N calls per second pass, the next gets TooManyRequestsException `Rate exceeded`, tokens come back", async () => {
  mock.control.faults.set({ operation: "DescribeUserPool", rateLimit: 2 });
  expect(await describe()).toBeInstanceOf(ResourceNotFoundException);
  expect(await describe()).toBeInstanceOf(ResourceNotFoundException);
  const throttled = await describe();
  expect(throttled).toBeInstanceOf(TooManyRequestsException);
  expect([throttled.message, throttled.$metadata.httpStatusCode]).toEqual(["Rate exceeded", 400]);
  nowMs += 500; // half a second: one token back
  expect(await describe()).toBeInstanceOf(ResourceNotFoundException);
  expect(await describe()).toBeInstanceOf(TooManyRequestsException);
});

test("the cognito-quotas preset: 15/s shared by the UserPoolRead category, other categories untouched", async () => {
  mock.control.faults.preset("cognito-quotas");
  const reads = [];
  for (let i = 0; i < 8; i++) reads.push(await describe());
  for (let i = 0; i < 7; i++) reads.push(await client().send(new DescribeRiskConfigurationCommand({ UserPoolId: "us-east-1_nothere1" })).catch((e) => e));
  expect(reads.every((e) => e instanceof ResourceNotFoundException)).toBe(true);
  expect(await describe()).toBeInstanceOf(TooManyRequestsException);
  const write = await client().send(new DeleteUserPoolCommand({ UserPoolId: "us-east-1_nothere1" })).catch((e) => e);
  expect(write).toBeInstanceOf(ResourceNotFoundException);
  nowMs += 1000;
  expect(await describe()).toBeInstanceOf(ResourceNotFoundException);
});

test("the SDK's standard retry retries a throttled call and succeeds on its third attempt", async () => {
  mock.control.faults.set({ operation: "DescribeUserPool", failure: { error: "TooManyRequestsException", count: 2 } });
  const result = await describe(client(3));
  expect(result).toBeInstanceOf(ResourceNotFoundException); // the real answer, after two throttles
  expect(result.$metadata.attempts).toBe(3);
});

test("when throttling persists, the SDK gives up after maxAttempts with a typed TooManyRequestsException", async () => {
  mock.control.faults.set({ operation: "*", failure: { error: "TooManyRequestsException" } });
  const e = await describe(client(3));
  expect(e).toBeInstanceOf(TooManyRequestsException);
  expect(e.$metadata.attempts).toBe(3);
});

test("failure count: the next K calls fail with InternalErrorException (500), then calls pass", async () => {
  mock.control.faults.set({ operation: "DescribeUserPool", failure: { error: "InternalErrorException", count: 2 } });
  for (let i = 0; i < 2; i++) {
    const e = await describe();
    expect(e).toBeInstanceOf(InternalErrorException);
    expect([e.message, e.$metadata.httpStatusCode]).toEqual(["Internal server error", 500]);
  }
  expect(await describe()).toBeInstanceOf(ResourceNotFoundException);
});

test("failure probability is drawn from the seed: the same seed fails the same calls", async () => {
  const pattern = async () => {
    mock.reset();
    mock.control.faults.set({ operation: "DescribeUserPool", failure: { error: "InternalErrorException", probability: 0.5 } });
    const outcomes = [];
    for (let i = 0; i < 16; i++) outcomes.push((await describe()) instanceof InternalErrorException ? "F" : ".");
    return outcomes.join("");
  };
  const first = await pattern();
  expect(first).toMatch(/F/);
  expect(first).toMatch(/\./);
  expect(await pattern()).toBe(first);
  expect(mock.control.faults.list().seed).toBe(42);
});

test("latency is added before the answer (in-process, through msw)", async () => {
  mock.control.faults.set({ operation: "DescribeUserPool", latencyMs: 120 });
  const started = performance.now();
  expect(await describe()).toBeInstanceOf(ResourceNotFoundException);
  // A lower bound (120 ms asked, 10 ms for timer slack): load only delays, so it cannot flake like an upper bound.
  expect(performance.now() - started).toBeGreaterThanOrEqual(110);
});

test("rules are checked: the error must be one the operation lists; clear removes rules", () => {
  expect(() => mock.control.faults.set({ operation: "DescribeUserPool", failure: { error: "UserNotFoundException" } })).toThrow(
    /failure.error must be one of the errors DescribeUserPool lists/,
  );
  expect(() => mock.control.faults.set({ operation: "NoSuchOperation" as never, rateLimit: 1 })).toThrow(/operation must be/);
  expect(() => mock.control.faults.set({ operation: "*", failure: { error: "ResourceNotFoundException" } })).toThrow(/errors \* lists/);
  expect(() => mock.control.faults.set({ operation: "DescribeUserPool", rateLimit: 0 })).toThrow(/rateLimit must be a number > 0/);
  expect(() => mock.control.faults.set({ operation: "DescribeUserPool" })).toThrow(/needs rateLimit, failure or latencyMs/);
  for (const error of OPERATIONS.UpdateUserPool.errors) {
    expect(mock.control.faults.set({ operation: "UpdateUserPool", failure: { error, count: 1 } }).rules).toHaveLength(1);
  }
  mock.control.faults.set({ operation: "DescribeUserPool", rateLimit: 1 });
  expect(mock.control.faults.clear(["UpdateUserPool"]).rules.map((r) => r.operation)).toEqual(["DescribeUserPool"]);
  expect(mock.control.faults.clear().rules).toEqual([]);
});

test("an injected error of the operation's list carries the given message on the wire", async () => {
  mock.control.faults.set({ operation: "DescribeUserPool", failure: { error: "NotAuthorizedException", message: "Access denied for this test", count: 1 } });
  const e = await describe();
  expect([e.name, e.message, e.$metadata.httpStatusCode]).toEqual(["NotAuthorizedException", "Access denied for this test", 400]);
});
