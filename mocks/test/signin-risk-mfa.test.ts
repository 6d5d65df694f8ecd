// Threat protection asks for MFA on a real sign-in (SDK v3, msw): a risk rule makes the sign-in High risk, the
// level's MFA_REQUIRED action turns it into the user's EMAIL_OTP challenge, and answering it settles the event.
import {
  AdminListUserAuthEventsCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetRiskConfigurationCommand,
  SetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "jose";
import { expect, test } from "vitest";
import { poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

const { client: sdk, mock } = poolsHarness(25);

test("High risk with MFA_REQUIRED: EMAIL_OTP, then tokens carrying the event's id; the event ends Pass with Password and Mfa", async () => {
  const { poolId, clientId } = await signInPool(sdk, { UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } });
  await sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", EmailMfaConfiguration: {} }));
  const action = { EventAction: "MFA_REQUIRED" as const, Notify: false };
  await sdk.send(
    new SetRiskConfigurationCommand({ UserPoolId: poolId, AccountTakeoverRiskConfiguration: { Actions: { LowAction: action, MediumAction: action, HighAction: action } } }),
  );
  await confirmedUser(sdk, poolId);
  mock.control.riskRules.set([{ RiskLevel: "High", IpRange: "127.0.0.0/8" }]);

  const challenge = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
  expect(challenge.ChallengeName).toBe("EMAIL_OTP");
  const code = mock.control.codes({ userPoolId: poolId, username: "alice" }).at(-1)!.code;
  const done = await sdk.send(
    new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "EMAIL_OTP", Session: challenge.Session, ChallengeResponses: { USERNAME: "alice", EMAIL_OTP_CODE: code } }),
  );
  const { AuthEvents } = await sdk.send(new AdminListUserAuthEventsCommand({ UserPoolId: poolId, Username: "alice" }));
  expect(AuthEvents).toHaveLength(1);
  expect(AuthEvents![0]).toMatchObject({
    EventType: "SignIn",
    EventResponse: "Pass",
    EventRisk: { RiskLevel: "High" },
    ChallengeResponses: [
      { ChallengeName: "Password", ChallengeResponse: "Success" },
      { ChallengeName: "Mfa", ChallengeResponse: "Success" },
    ],
  });
  expect(decodeJwt(done.AuthenticationResult!.AccessToken!).event_id).toBe(AuthEvents![0]!.EventId);
});
