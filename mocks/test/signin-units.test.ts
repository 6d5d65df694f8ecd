// The engine's stateful helpers on their own: sessions, lockout, codes.
import { describe, expect, test } from "vitest";
import type { OperationContext } from "../context.ts";
import { IdGenerator } from "../ids.ts";
import { PoolKeyBook } from "../tokens/keys.ts";
import { checkCode, deliveryDetails, pendingCode, sendCode } from "../signin/codes.ts";
import { attemptsExceeded, checkNotLocked, recordFailure, recordSuccess } from "../signin/lockout.ts";
import { issueSession, takeSession } from "../signin/sessions.ts";
import { emptyState, type ClientRecord, type UserRecord } from "../state.ts";

function context() {
  let nowMs = 1_780_000_000_000;
  const ctx: OperationContext = {
    state: emptyState(),
    region: "us-east-1",
    accountId: "123456789012",
    ids: new IdGenerator(1),
    keys: new PoolKeyBook(),
    now: () => nowMs / 1000,
    nowMs: () => nowMs,
    caller: { sourceIp: "127.0.0.1" },
  };
  return { ctx, advance: (ms: number) => void (nowMs += ms) };
}
const client = (validity?: number): ClientRecord => ({ client: { UserPoolId: "us-east-1_pool00001", ClientId: "client1", AuthSessionValidity: validity } });
const user = (): UserRecord => ({ user: { Username: "alice", Attributes: [{ Name: "email", Value: "alice@example.com" }] }, events: [] });
const expectation = { poolId: "us-east-1_pool00001", clientId: "client1", challenges: ["NEW_PASSWORD_REQUIRED"], username: "alice" };

describe("sessions", () => {
  test("opaque, AWS's prefix, valid base64 (SRP signs its bytes), single use", () => {
    const { ctx } = context();
    const id = issueSession(ctx, client(), { username: "alice", challenge: "NEW_PASSWORD_REQUIRED", data: {} });
    expect(id.startsWith("AYABe")).toBe(true);
    expect(Buffer.from(id, "base64").toString("base64")).toBe(id);
    expect(takeSession(ctx, id, expectation).username).toBe("alice");
    expect(() => takeSession(ctx, id, expectation)).toThrowError(expect.objectContaining({ type: "NotAuthorizedException", awsMessage: "Invalid session for the user." }));
  });
  test("expire after the client's AuthSessionValidity minutes (default 3)", () => {
    const { ctx, advance } = context();
    const short = issueSession(ctx, client(), { username: "alice", challenge: "NEW_PASSWORD_REQUIRED", data: {} });
    const long = issueSession(ctx, client(15), { username: "alice", challenge: "NEW_PASSWORD_REQUIRED", data: {} });
    advance(3 * 60_000 + 1);
    expect(() => takeSession(ctx, short, expectation)).toThrowError(expect.objectContaining({ awsMessage: "Invalid session for the user, session is expired." }));
    expect(takeSession(ctx, long, expectation).challenge).toBe("NEW_PASSWORD_REQUIRED");
  });
  test("bound to pool, client, user and challenge; forged strings refused", () => {
    const { ctx } = context();
    const id = issueSession(ctx, client(), { username: "alice", challenge: "NEW_PASSWORD_REQUIRED", data: {} });
    const invalid = expect.objectContaining({ type: "NotAuthorizedException", awsMessage: "Invalid session for the user." });
    for (const other of [{ poolId: "us-east-1_other0000" }, { clientId: "client2" }, { username: "bob" }, { challenges: ["SMS_MFA"] }]) {
      expect(() => takeSession(ctx, id, { ...expectation, ...other })).toThrowError(invalid);
    }
    expect(() => takeSession(ctx, `${id.slice(0, -4)}AAAA`, expectation)).toThrowError(invalid);
    expect(() => takeSession(ctx, undefined, expectation)).toThrowError(invalid);
    expect(takeSession(ctx, id, expectation).username).toBe("alice");
  });
});

describe("lockout", () => {
  test("5 failures lock for 1 s, each further failure doubles it; a success clears the count", () => {
    const u = user();
    let now = 0;
    for (let i = 0; i < 5; i++) {
      checkNotLocked(u, now);
      recordFailure(u, now);
    }
    expect(() => checkNotLocked(u, now + 999)).toThrowError(expect.objectContaining({ type: "NotAuthorizedException", awsMessage: attemptsExceeded().awsMessage }));
    expect(attemptsExceeded().awsMessage).toBe("Password attempts exceeded");
    now += 1_000;
    checkNotLocked(u, now);
    recordFailure(u, now);
    expect(() => checkNotLocked(u, now + 1_999)).toThrow();
    expect(() => checkNotLocked(u, now + 2_000)).not.toThrow();
    recordSuccess(u);
    recordFailure(u, now);
    expect(() => checkNotLocked(u, now)).not.toThrow();
  });
  test("the lock is capped at 15 minutes", () => {
    const u = user();
    for (let i = 0; i < 40; i++) recordFailure(u, 0);
    expect(u.lockout!.lockedUntil).toBe(15 * 60_000);
  });
});

describe("codes", () => {
  test("delivered to the code outbox, masked in CodeDeliveryDetails, single use, 24 h", () => {
    const { ctx, advance } = context();
    const u = user();
    sendCode(ctx, "us-east-1_pool00001", u, "SignUp", { medium: "EMAIL", attribute: "email", destination: "alice@example.com" }, "123456");
    expect(ctx.state.codes).toEqual([expect.objectContaining({ kind: "code", username: "alice", code: "123456", purpose: "SignUp" })]);
    expect(ctx.state.outbox).toEqual([]);
    expect(deliveryDetails({ medium: "EMAIL", attribute: "email", destination: "alice@example.com" })).toEqual({ Destination: "a***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    u.codes = { confirmation: pendingCode(ctx, "123456") };
    expect(() => checkCode(ctx, u, "confirmation", "654321")).toThrowError(expect.objectContaining({ type: "CodeMismatchException", awsMessage: "Invalid verification code provided, please try again." }));
    checkCode(ctx, u, "confirmation", "123456");
    expect(() => checkCode(ctx, u, "confirmation", "123456")).toThrowError(expect.objectContaining({ type: "CodeMismatchException" }));
    u.codes = { reset: pendingCode(ctx, "000001") };
    advance(24 * 60 * 60_000 + 1);
    expect(() => checkCode(ctx, u, "reset", "000001")).toThrowError(expect.objectContaining({ type: "ExpiredCodeException", awsMessage: "Invalid code provided, please request a code again." }));
  });
});
