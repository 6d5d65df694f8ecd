// Amplify v6 (aws-amplify/auth), a client we did not write, meets a risky sign-in against `serve`: without risk
// its SRP sign-in is DONE; with a High-risk rule for its address and MFA_REQUIRED at High, the same sign-in is
// answered with the MFA challenge (risk-triggered MFA is an ordinary MFA challenge, §11 INFERRED: EMAIL_OTP to the
// verified email), and confirmSignIn with the mailed code finishes it; the event goes InProgress -> Pass.
import { AdminListUserAuthEventsCommand, SetRiskConfigurationCommand, SetUserPoolMfaConfigCommand, UpdateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmSignIn, fetchAuthSession, signIn, signOut } from "aws-amplify/auth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSignInPool, createSignInUser, decodeJwt, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let pool: PoolSetup;
beforeAll(async () => {
  world = await startSignInServer(73);
  pool = await createSignInPool(world.sdk);
  await world.sdk.send(new UpdateUserPoolCommand({ UserPoolId: pool.poolId, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
  await world.sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: pool.poolId, MfaConfiguration: "OPTIONAL", EmailMfaConfiguration: { Message: "Your code is {####}", Subject: "Sign-in code" } }));
  await world.sdk.send(
    new SetRiskConfigurationCommand({ UserPoolId: pool.poolId, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "MFA_REQUIRED", Notify: false } } } }),
  );
  await createSignInUser(world.sdk, pool.poolId, "riley");
  Amplify.configure({ Auth: { Cognito: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: world.url } } });
});
afterAll(async () => {
  await signOut().catch(() => {});
  await world?.close();
});

const events = async () => (await world.sdk.send(new AdminListUserAuthEventsCommand({ UserPoolId: pool.poolId, Username: "riley" }))).AuthEvents ?? [];

describe.sequential("Amplify v6: a risky sign-in is answered with the MFA challenge", () => {
  test("no risk rule: the SRP sign-in is DONE, one passed event", async () => {
    expect(await signIn({ username: "riley", password: PASSWORD })).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    await signOut();
    expect((await events()).map((e) => e.EventResponse)).toEqual(["Pass"]);
  });

  test("High risk for its address: the MFA challenge, then DONE with the mailed code; the event InProgress -> Pass with Mfa/Success", async () => {
    world.server.mock.control.riskRules.set([{ RiskLevel: "High", IpRange: "127.0.0.0/8", UserPoolId: pool.poolId }]);
    const challenged = await signIn({ username: "riley", password: PASSWORD });
    expect(challenged).toMatchObject({ isSignedIn: false, nextStep: { signInStep: "CONFIRM_SIGN_IN_WITH_EMAIL_CODE" } });
    const [risky] = (await events()).filter((e) => e.EventResponse === "InProgress");
    expect(risky).toMatchObject({ EventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "High" }, ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Success" }] });

    const code = world.server.mock.control.codes({ userPoolId: pool.poolId, username: "riley" }).findLast((c) => c.purpose === "EMAIL_OTP")!.code;
    expect(await confirmSignIn({ challengeResponse: code })).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    const settled = (await events()).find((e) => e.EventId === risky!.EventId);
    expect(settled).toMatchObject({
      EventResponse: "Pass",
      ChallengeResponses: [
        { ChallengeName: "Password", ChallengeResponse: "Success" },
        { ChallengeName: "Mfa", ChallengeResponse: "Success" },
      ],
    });
    const { tokens } = await fetchAuthSession();
    expect(decodeJwt(tokens!.accessToken.toString()).payload.event_id).toBe(risky!.EventId);
    await signOut();
  });
});
