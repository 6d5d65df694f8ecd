// The pool's passwordless rules (mocks/pools/sign-in-policy.ts, §15.7–15.8) and what a user's first factors look
// like (mocks/signin/first-factors.ts), through the SDK v3 client; passkeys come from a software authenticator
// (suites/cases/behaviour/passkey-client.ts) so no browser is needed here.
import {
  AdminGetUserAuthFactorsCommand,
  CompleteWebAuthnRegistrationCommand,
  CreateUserPoolCommand,
  GetUserAuthFactorsCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  StartWebAuthnRegistrationCommand,
  UpdateUserPoolCommand,
  type AuthFactorType,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";
import { SoftwareAuthenticator } from "../../suites/cases/behaviour/passkey-client.ts";

const { client: sdk } = poolsHarness(1919);
const USER_AUTH_CLIENT = { ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] } as const;
const ORIGIN = "http://localhost:5173";
const MFA_WITH_PASSKEY = { RelyingPartyId: "localhost", FactorConfiguration: "MULTI_FACTOR_WITH_USER_VERIFICATION" } as const;

const factorsPolicy = (...factors: AuthFactorType[]) => ({ SignInPolicy: { AllowedFirstAuthFactors: factors } });

async function passkeyPool(factors: AuthFactorType[] = ["PASSWORD", "WEB_AUTHN"]) {
  const ids = await signInPool(sdk, {}, { ExplicitAuthFlows: [...USER_AUTH_CLIENT.ExplicitAuthFlows] });
  await sdk.send(new UpdateUserPoolCommand({ UserPoolId: ids.poolId, Policies: factorsPolicy(...factors) }));
  await sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: ids.poolId, WebAuthnConfiguration: { RelyingPartyId: "localhost" } }));
  await confirmedUser(sdk, ids.poolId);
  return ids;
}

async function accessToken(clientId: string) {
  const out = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
  return out.AuthenticationResult!.AccessToken!;
}

/** Registers a software passkey for alice and returns it. */
async function registered(clientId: string) {
  const AccessToken = await accessToken(clientId);
  const { CredentialCreationOptions } = await sdk.send(new StartWebAuthnRegistrationCommand({ AccessToken }));
  const authenticator = new SoftwareAuthenticator();
  const challenge = (CredentialCreationOptions as { challenge: string }).challenge;
  await sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: await authenticator.register({ origin: ORIGIN, rpId: "localhost", challenge }) }));
  return { authenticator, AccessToken };
}

describe("SignInPolicy and the feature plan", () => {
  test("a LITE pool cannot allow a passwordless first factor, on create or by a tier change (FeatureUnavailableInTier)", async () => {
    const created = await failure(sdk.send(new CreateUserPoolCommand({ PoolName: "lite", UserPoolTier: "LITE", Policies: factorsPolicy("PASSWORD", "EMAIL_OTP") })));
    expect(created).toMatchObject({ name: "FeatureUnavailableInTierException", message: expect.stringMatching(/^The following features need to be disabled for the LITE pricing tier configured: /) });
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "ok", Policies: factorsPolicy("PASSWORD", "EMAIL_OTP") }));
    const downgraded = await failure(sdk.send(new UpdateUserPoolCommand({ UserPoolId: UserPool!.Id, UserPoolTier: "LITE" })));
    expect(downgraded).toMatchObject({ name: "FeatureUnavailableInTierException" });
    // Password only is what a LITE pool has by default: accepted.
    await sdk.send(new CreateUserPoolCommand({ PoolName: "lite-password", UserPoolTier: "LITE", Policies: factorsPolicy("PASSWORD") }));
  });

  test("SOFTWARE_TOKEN is no first factor (DOC): InvalidParameterException", async () => {
    const error = await failure(sdk.send(new CreateUserPoolCommand({ PoolName: "totp", Policies: factorsPolicy("PASSWORD", "SOFTWARE_TOKEN" as AuthFactorType) })));
    expect(error).toMatchObject({ name: "InvalidParameterException" });
  });

  test("USER_AUTH on a LITE pool is refused; a WebAuthnConfiguration on a LITE pool too", async () => {
    const { poolId, clientId } = await signInPool(sdk, { UserPoolTier: "LITE" }, { ExplicitAuthFlows: [...USER_AUTH_CLIENT.ExplicitAuthFlows] });
    await confirmedUser(sdk, poolId);
    const signIn = await failure(sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD } })));
    expect(signIn).toMatchObject({ name: "InvalidParameterException" });
    const config = await failure(sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, WebAuthnConfiguration: { RelyingPartyId: "localhost" } })));
    expect(config).toMatchObject({ name: "FeatureUnavailableInTierException" });
  });

  test("a first factor outside AllowedFirstAuthFactors is neither offered nor accepted", async () => {
    const { clientId } = await passkeyPool(["PASSWORD"]);
    const start = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "EMAIL_OTP" } }));
    expect(start.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(start.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP"]);
    const answer = await failure(
      sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "SELECT_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "alice", ANSWER: "EMAIL_OTP" } })),
    );
    expect(answer).toMatchObject({ name: "InvalidParameterException" });
  });
});

describe("WEB_AUTHN beside required MFA", () => {
  const WITH_MFA = "WEB_AUTHN cannot be used as an auth factor when MFA is enabled if not configured for MFA.";
  const SINGLE_FACTOR = "Cannot set WebAuthn factor configuration to SINGLE_FACTOR if MFA is required and WebAuthn is an allowed first auth factor";
  const mfaOnPool = () => signInPool(sdk, { MfaConfiguration: "ON" }, { ExplicitAuthFlows: [...USER_AUTH_CLIENT.ExplicitAuthFlows] });

  test("UpdateUserPool adding WEB_AUTHN to an MFA-ON pool: AWS's text (CONFIRMED); accepted once passkeys count as MFA", async () => {
    const { poolId } = await mfaOnPool();
    const error = await failure(sdk.send(new UpdateUserPoolCommand({ UserPoolId: poolId, Policies: factorsPolicy("PASSWORD", "WEB_AUTHN") })));
    expect(error).toMatchObject({ name: "InvalidParameterException", message: WITH_MFA });
    await sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true }, WebAuthnConfiguration: MFA_WITH_PASSKEY }));
    await sdk.send(new UpdateUserPoolCommand({ UserPoolId: poolId, Policies: factorsPolicy("PASSWORD", "WEB_AUTHN") }));
    const config = await sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));
    expect(config.WebAuthnConfiguration).toMatchObject(MFA_WITH_PASSKEY);
  });

  test("CreateUserPool with MFA ON and WEB_AUTHN: the same refusal (INFERRED: a new pool's passkeys are single factor)", async () => {
    const error = await failure(sdk.send(new CreateUserPoolCommand({ PoolName: "mfa-passkeys", MfaConfiguration: "ON", Policies: factorsPolicy("PASSWORD", "WEB_AUTHN") })));
    expect(error).toMatchObject({ name: "InvalidParameterException", message: WITH_MFA });
    await sdk.send(new CreateUserPoolCommand({ PoolName: "optional-passkeys", MfaConfiguration: "OPTIONAL", Policies: factorsPolicy("PASSWORD", "WEB_AUTHN") }));
  });

  test("SetUserPoolMfaConfig ON on a pool allowing WEB_AUTHN without MULTI_FACTOR_WITH_USER_VERIFICATION: AWS's text (CONFIRMED)", async () => {
    const { poolId } = await passkeyPool();
    for (const WebAuthnConfiguration of [undefined, { RelyingPartyId: "localhost", UserVerification: "required" as const }]) {
      const error = await failure(sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true }, WebAuthnConfiguration })));
      expect(error).toMatchObject({ name: "InvalidParameterException", message: SINGLE_FACTOR });
    }
    // OPTIONAL with a single-factor passkey is accepted (the control of go-to-k/cdkd#2064).
    await sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
  });

  test("a passkey standing for MFA must verify the user: the challenge asks userVerification required, and tokens follow", async () => {
    const { poolId, clientId } = await passkeyPool();
    const { authenticator } = await registered(clientId);
    await sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true }, WebAuthnConfiguration: MFA_WITH_PASSKEY }));
    const start = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "WEB_AUTHN" } }));
    expect(start.ChallengeName).toBe("WEB_AUTHN");
    const options = JSON.parse(start.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!);
    expect(options).toMatchObject({ rpId: "localhost", userVerification: "required" });
    // Without user verification (presence only) the passkey is no MFA: refused.
    authenticator.verifiesUser = false;
    const unverified = JSON.stringify(authenticator.assert({ origin: ORIGIN, rpId: "localhost", challenge: options.challenge }));
    const answer = (Session: string | undefined, CREDENTIAL: string) =>
      sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "WEB_AUTHN", Session, ChallengeResponses: { USERNAME: "alice", CREDENTIAL } }));
    expect(await failure(answer(start.Session, unverified))).toMatchObject({ name: "NotAuthorizedException" });
    authenticator.verifiesUser = true;
    const again = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "WEB_AUTHN" } }));
    const challenge = JSON.parse(again.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!).challenge;
    const done = await answer(again.Session, JSON.stringify(authenticator.assert({ origin: ORIGIN, rpId: "localhost", challenge })));
    expect(done.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
  });

  test("the control: with MFA OFF and UserVerification preferred, presence alone signs in", async () => {
    const { clientId } = await passkeyPool();
    const { authenticator } = await registered(clientId);
    authenticator.verifiesUser = false;
    const start = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "WEB_AUTHN" } }));
    const options = JSON.parse(start.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!);
    expect(options.userVerification).toBe("preferred");
    const CREDENTIAL = JSON.stringify(authenticator.assert({ origin: ORIGIN, rpId: "localhost", challenge: options.challenge }));
    const done = await sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "WEB_AUTHN", Session: start.Session, ChallengeResponses: { USERNAME: "alice", CREDENTIAL } }));
    expect(done.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
  });
});

describe("ConfiguredUserAuthFactors", () => {
  test("a password user with a verified email on a password-only pool: PASSWORD", async () => {
    const { poolId } = await passkeyPool(["PASSWORD"]);
    const out = await sdk.send(new AdminGetUserAuthFactorsCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(out.ConfiguredUserAuthFactors).toEqual(["PASSWORD"]);
  });

  test("EMAIL_OTP once the pool allows it; WEB_AUTHN once a passkey is registered, in the user's and the admin's view", async () => {
    const { poolId, clientId } = await passkeyPool(["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]);
    const before = await sdk.send(new AdminGetUserAuthFactorsCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(before.ConfiguredUserAuthFactors).toEqual(["PASSWORD", "EMAIL_OTP"]);
    const { AccessToken } = await registered(clientId);
    const mine = await sdk.send(new GetUserAuthFactorsCommand({ AccessToken }));
    expect(mine).toMatchObject({ Username: "alice", ConfiguredUserAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] });
    const admin = await sdk.send(new AdminGetUserAuthFactorsCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(admin.ConfiguredUserAuthFactors).toEqual(["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]);
  });
});
