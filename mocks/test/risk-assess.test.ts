// The risk hook the flow engine calls once per authentication event: verdicts, the recorded event, settling an
// InProgress event, and the §11 error for each block.
import { CreateUserPoolClientCommand, SetRiskConfigurationCommand, type SetRiskConfigurationCommandInput } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { assessAuthEvent, settleAuthEvent, verdictError, type AuthEventFacts } from "../risk/assess.ts";
import { poolsHarness } from "./pools-harness.ts";
import { createPool, createUser, type PoolOptions } from "./risk-fixtures.ts";

const { client, mock, nowSeconds } = poolsHarness(21);
const configure = (input: SetRiskConfigurationCommandInput) => client.send(new SetRiskConfigurationCommand(input));

async function facts(options: PoolOptions = {}, over: Partial<AuthEventFacts> = {}): Promise<AuthEventFacts> {
  const poolId = await createPool(client, options);
  const username = await createUser(client, poolId);
  const pool = mock.state.pools.get(poolId)!;
  return { pool, user: pool.users.get(username)!, eventType: "SignIn", address: { ip: "198.51.100.7" }, flow: "USER_PASSWORD_AUTH", passwordCorrect: true, ...over };
}

describe("assessAuthEvent", () => {
  test("OFF: allow, nothing recorded", async () => {
    const f = await facts({ mode: "OFF" });
    expect(assessAuthEvent(mock.context(), f)).toEqual({ action: "allow" });
    expect(f.user.events).toEqual([]);
  });

  test("a correct password on ENFORCED without configuration: one event, Pass, Password/Success, the address as context", async () => {
    const f = await facts({}, { address: { ip: "198.51.100.7", deviceName: "Chrome", city: "Lyon" } });
    const verdict = assessAuthEvent(mock.context(), f);
    expect(verdict.action).toBe("allow");
    expect(f.user.events).toEqual([verdict.event]);
    expect(verdict.event!.event).toEqual({
      EventId: expect.any(String),
      EventType: "SignIn",
      CreationDate: nowSeconds(),
      EventResponse: "Pass",
      EventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
      ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Success" }],
      EventContextData: { IpAddress: "198.51.100.7", DeviceName: "Chrome", City: "Lyon" },
    });
  });

  test("a wrong password is recorded as a failed sign-in without risk (CONFIRMED event shape)", async () => {
    const f = await facts({}, { passwordCorrect: false, chosen: { riskLevel: "High" } });
    const verdict = assessAuthEvent(mock.context(), f);
    expect(verdict.action).toBe("allow");
    expect(verdict.event!.event).toMatchObject({
      EventResponse: "Fail",
      EventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
      ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Failure" }],
    });
    expect(verdict.event!.event.EventRisk).not.toHaveProperty("RiskLevel");
  });

  test("events other than sign-in carry no challenge responses", async () => {
    const f = await facts({}, { eventType: "ForgotPassword" });
    expect(assessAuthEvent(mock.context(), f).event!.event.ChallengeResponses).toEqual([]);
  });

  test("token refresh is not an event and no list applies to it (DOC)", async () => {
    const f = await facts({}, { flow: "REFRESH_TOKEN_AUTH" });
    await configure({ UserPoolId: f.pool.pool.Id!, RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"] } });
    expect(assessAuthEvent(mock.context(), f)).toEqual({ action: "allow" });
    expect(f.user.events).toEqual([]);
  });

  test("a bad address is an InvalidParameterException and records nothing", async () => {
    const f = await facts({}, { address: { ip: "not-an-ip" } });
    expect(() => assessAuthEvent(mock.context(), f)).toThrowError(expect.objectContaining({ type: "InvalidParameterException" }));
    expect(f.user.events).toEqual([]);
  });

  test("a flow that will ask for the user's MFA anyway leaves the event InProgress; settling ends it", async () => {
    const f = await facts({}, { mfaPending: true });
    const { event } = assessAuthEvent(mock.context(), f);
    expect(event!.event.EventResponse).toBe("InProgress");
    settleAuthEvent(mock.context(), event!, { name: "Mfa", success: true });
    expect(f.user.events[0]!.event).toMatchObject({
      EventResponse: "Pass",
      ChallengeResponses: [
        { ChallengeName: "Password", ChallengeResponse: "Success" },
        { ChallengeName: "Mfa", ChallengeResponse: "Success" },
      ],
    });
  });

  test("a failed MFA answer fails the event", async () => {
    const f = await facts({ mfa: "OPTIONAL" }, { chosen: { riskLevel: "High" } });
    await configure({ UserPoolId: f.pool.pool.Id!, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "MFA_REQUIRED", Notify: false } } } });
    const verdict = assessAuthEvent(mock.context(), f);
    expect(verdict.action).toBe("mfa");
    settleAuthEvent(mock.context(), verdict.event!, { name: "Mfa", success: false });
    expect(f.user.events[0]!.event).toMatchObject({ EventResponse: "Fail", ChallengeResponses: [{}, { ChallengeName: "Mfa", ChallengeResponse: "Failure" }] });
  });

  test("the client's configuration is the one that decides", async () => {
    const f = await facts();
    const poolId = f.pool.pool.Id!;
    const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app" }));
    await configure({ UserPoolId: poolId, ClientId: UserPoolClient!.ClientId!, RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"] } });
    expect(assessAuthEvent(mock.context(), f).action).toBe("allow");
    const verdict = assessAuthEvent(mock.context(), { ...f, clientId: UserPoolClient!.ClientId! });
    expect(verdict.action).toBe("block-ip");
    expect(verdict.event!.clientId).toBe(UserPoolClient!.ClientId);
  });
});

describe("verdictError", () => {
  test.each([
    ["block-ip", "SignIn", "NotAuthorizedException", "Request not allowed due to security reasons."],
    ["block-risk", "SignIn", "NotAuthorizedException", "Unable to login because of security reasons."],
    ["block-compromised", "SignUp", "InvalidPasswordException", "Provided password cannot be used for security reasons."],
    ["block-compromised", "PasswordChange", "InvalidPasswordException", "Provided password cannot be used for security reasons."],
    ["block-compromised", "SignIn", "PasswordResetRequiredException", "Password reset required for the user"],
  ] as const)("%s on %s: %s", (action, eventType, type, message) => {
    expect(verdictError({ action }, eventType)).toMatchObject({ type, awsMessage: message, status: 400 });
  });
  test("allow and mfa are not errors", () => {
    expect(verdictError({ action: "allow" }, "SignIn")).toBeUndefined();
    expect(verdictError({ action: "mfa" }, "SignIn")).toBeUndefined();
  });
});
