// The challenges through the SDK v3 client (msw): NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA, EMAIL_OTP, SMS_MFA,
// SELECT_MFA_TYPE and MFA_SETUP; codes read from the control API's code outbox.
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
  type ChallengeNameType,
} from "@aws-sdk/client-cognito-identity-provider";
import { generateSync } from "otplib";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

const { client: sdk, mock, advance, nowSeconds } = poolsHarness(23);

const signIn = (ClientId: string, USERNAME = "alice", password = PASSWORD) =>
  sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: password } }));
const answer = (ClientId: string, ChallengeName: ChallengeNameType, Session: string | undefined, responses: Record<string, string>) =>
  sdk.send(new RespondToAuthChallengeCommand({ ClientId, ChallengeName, Session, ChallengeResponses: { USERNAME: "alice", ...responses } }));
const totp = (secret: string) => generateSync({ secret, epoch: Math.floor(nowSeconds()) });
const lastCode = (UserPoolId: string) => mock.control.codes({ userPoolId: UserPoolId }).at(-1)!.code;

/** A pool with MFA (OPTIONAL unless told) and TOTP, email and SMS methods. */
async function mfaPool(mode: "OPTIONAL" | "ON" = "OPTIONAL") {
  const ids = await signInPool(sdk, { MfaConfiguration: mode === "ON" ? "ON" : "OFF" });
  await sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: ids.poolId,
      MfaConfiguration: mode,
      SoftwareTokenMfaConfiguration: { Enabled: true },
      EmailMfaConfiguration: {},
      SmsMfaConfiguration: { SmsAuthenticationMessage: "Your code is {####}" },
    }),
  );
  return ids;
}

describe("NEW_PASSWORD_REQUIRED", () => {
  test("a temporary password leads to the challenge (CONFIRMED parameters); the answer confirms the user", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "alice", TemporaryPassword: "Temp-pass1!", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "a@example.com" }] }));
    const challenge = await signIn(clientId, "alice", "Temp-pass1!");
    expect(challenge.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    expect(challenge.Session).toMatch(/^AYABe/);
    expect(challenge.ChallengeParameters).toEqual({ USER_ID_FOR_SRP: "alice", requiredAttributes: "[]", userAttributes: JSON.stringify({ email: "a@example.com" }) });
    expect(await failure(answer(clientId, "NEW_PASSWORD_REQUIRED", challenge.Session, { NEW_PASSWORD: "weak" }))).toMatchObject({
      name: "InvalidPasswordException",
      message: "Password did not conform with policy: Password not long enough",
    });
    // A password the policy refuses leaves the session usable for the retry.
    const again = challenge;
    const done = await answer(clientId, "NEW_PASSWORD_REQUIRED", again.Session, { NEW_PASSWORD: PASSWORD });
    expect(done.AuthenticationResult?.AccessToken).toBeDefined();
    expect((await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }))).UserStatus).toBe("CONFIRMED");
    expect(await failure(answer(clientId, "NEW_PASSWORD_REQUIRED", again.Session, { NEW_PASSWORD: PASSWORD }))).toMatchObject({ name: "NotAuthorizedException", message: "Invalid session for the user." });
    expect((await signIn(clientId)).AuthenticationResult).toBeDefined();
  });

  test("a session expires after AuthSessionValidity minutes and belongs to its client", async () => {
    const { poolId, clientId } = await signInPool(sdk, {}, { AuthSessionValidity: 5 });
    const other = await signInPool(sdk);
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "alice", TemporaryPassword: "Temp-pass1!", MessageAction: "SUPPRESS" }));
    const first = await signIn(clientId, "alice", "Temp-pass1!");
    expect(await failure(answer(other.clientId, "NEW_PASSWORD_REQUIRED", first.Session, { NEW_PASSWORD: PASSWORD }))).toMatchObject({ message: "Invalid session for the user." });
    advance(4 * 60_000);
    const second = await signIn(clientId, "alice", "Temp-pass1!");
    advance(60_001 + 60_000);
    expect(await failure(answer(clientId, "NEW_PASSWORD_REQUIRED", first.Session, { NEW_PASSWORD: PASSWORD }))).toMatchObject({ message: "Invalid session for the user, session is expired." });
    expect((await answer(clientId, "NEW_PASSWORD_REQUIRED", second.Session, { NEW_PASSWORD: PASSWORD })).AuthenticationResult).toBeDefined();
  });
});

test("a temporary password expires after the pool's TemporaryPasswordValidityDays (default 7)", async () => {
  const { poolId, clientId } = await signInPool(sdk);
  await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "alice", TemporaryPassword: "Temp-pass1!", MessageAction: "SUPPRESS" }));
  advance(7 * 86_400_000 - 1_000);
  expect((await signIn(clientId, "alice", "Temp-pass1!")).ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
  advance(2_000);
  expect(await failure(signIn(clientId, "alice", "Temp-pass1!"))).toMatchObject({
    name: "NotAuthorizedException",
    message: "Temporary password has expired and must be reset by an administrator.",
  });
});

test("in a pool that signs in with email, the user answers by email; USER_ID_FOR_SRP is the sub", async () => {
  const { poolId, clientId } = await signInPool(sdk, { UsernameAttributes: ["email"] });
  const { User } = await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "alice@example.com", TemporaryPassword: "Temp-pass1!", MessageAction: "SUPPRESS" }));
  const challenge = await signIn(clientId, "alice@example.com", "Temp-pass1!");
  expect(challenge.ChallengeParameters!.USER_ID_FOR_SRP).toBe(User!.Username);
  const done = await sdk.send(
    new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: challenge.Session, ChallengeResponses: { USERNAME: "alice@example.com", NEW_PASSWORD: PASSWORD } }),
  );
  expect(done.AuthenticationResult?.AccessToken).toBeDefined();
});

describe("MFA", () => {
  test("TOTP: associate and verify with the access token, prefer it, then SOFTWARE_TOKEN_MFA at sign-in", async () => {
    const { poolId, clientId } = await mfaPool();
    await confirmedUser(sdk, poolId);
    const { AccessToken } = (await signIn(clientId)).AuthenticationResult!;
    expect(await failure(sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } })))).toMatchObject({
      name: "InvalidParameterException",
      message: "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA",
    });
    const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    expect(SecretCode).toMatch(/^[A-Z2-7]+=*$/);
    expect(await failure(sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: "000000" })))).toMatchObject({
      name: "EnableSoftwareTokenMFAException",
      message: "Code mismatch and fail enable Software Token MFA",
    });
    expect((await sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totp(SecretCode!) }))).Status).toBe("SUCCESS");
    await sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const user = await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(user).toMatchObject({ PreferredMfaSetting: "SOFTWARE_TOKEN_MFA", UserMFASettingList: ["SOFTWARE_TOKEN_MFA"] });

    const challenge = await signIn(clientId);
    expect(challenge.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    expect(await failure(answer(clientId, "SOFTWARE_TOKEN_MFA", challenge.Session, { SOFTWARE_TOKEN_MFA_CODE: "123456" }))).toMatchObject({
      name: "CodeMismatchException",
      message: "Invalid code or auth state for the user.",
    });
    const retry = await signIn(clientId);
    expect((await answer(clientId, "SOFTWARE_TOKEN_MFA", retry.Session, { SOFTWARE_TOKEN_MFA_CODE: totp(SecretCode!) })).AuthenticationResult?.IdToken).toBeDefined();
  });

  test("EMAIL_OTP sends a code to the outbox; SMS needs a phone number; SELECT_MFA_TYPE when several methods and none preferred", async () => {
    const { poolId, clientId } = await mfaPool();
    await confirmedUser(sdk, poolId);
    await sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: "alice", EmailMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const email = await signIn(clientId);
    expect(email.ChallengeName).toBe("EMAIL_OTP");
    expect(email.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***" });
    expect(mock.control.codes({ userPoolId: poolId })).toEqual([expect.objectContaining({ kind: "code", purpose: "EMAIL_OTP", medium: "EMAIL", destination: "alice@example.com", code: expect.stringMatching(/^\d{6}$/) })]);
    expect((await answer(clientId, "EMAIL_OTP", email.Session, { EMAIL_OTP_CODE: lastCode(poolId) })).AuthenticationResult).toBeDefined();

    expect(await failure(sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: "alice", SMSMfaSettings: { Enabled: true } })))).toMatchObject({ name: "InvalidParameterException" });
    await sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: "alice", EmailMfaSettings: { Enabled: true, PreferredMfa: false } }));
    const { AccessToken } = (await answer(clientId, "EMAIL_OTP", (await signIn(clientId)).Session, { EMAIL_OTP_CODE: lastCode(poolId) })).AuthenticationResult!;
    const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    await sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totp(SecretCode!) }));
    await sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true } }));
    const select = await signIn(clientId);
    expect(select.ChallengeName).toBe("SELECT_MFA_TYPE");
    expect(JSON.parse(select.ChallengeParameters!.MFAS_CAN_CHOOSE!).sort()).toEqual(["EMAIL_OTP", "SOFTWARE_TOKEN_MFA"]);
    const chosen = await answer(clientId, "SELECT_MFA_TYPE", select.Session, { ANSWER: "EMAIL_OTP" });
    expect(chosen.ChallengeName).toBe("EMAIL_OTP");
    expect((await answer(clientId, "EMAIL_OTP", chosen.Session, { EMAIL_OTP_CODE: lastCode(poolId) })).AuthenticationResult).toBeDefined();
  });

  test("SMS_MFA for a user with a phone number", async () => {
    const { poolId, clientId } = await mfaPool();
    await sdk.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: "alice", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "phone_number", Value: "+15555550123" }] }));
    await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: "alice", Password: PASSWORD, Permanent: true }));
    await sdk.send(new AdminSetUserMFAPreferenceCommand({ UserPoolId: poolId, Username: "alice", SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const sms = await signIn(clientId);
    expect(sms.ChallengeName).toBe("SMS_MFA");
    expect(sms.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0123" });
    expect((await answer(clientId, "SMS_MFA", sms.Session, { SMS_MFA_CODE: lastCode(poolId) })).AuthenticationResult).toBeDefined();
  });

  test("MFA_SETUP in a pool with MFA ON: AssociateSoftwareToken and VerifySoftwareToken by session, then tokens", async () => {
    const { poolId, clientId } = await mfaPool("ON");
    await confirmedUser(sdk, poolId);
    const setup = await signIn(clientId);
    expect(setup.ChallengeName).toBe("MFA_SETUP");
    expect(JSON.parse(setup.ChallengeParameters!.MFAS_CAN_SETUP!)).toEqual(["SOFTWARE_TOKEN_MFA"]);
    const associated = await sdk.send(new AssociateSoftwareTokenCommand({ Session: setup.Session }));
    expect(associated.Session).toMatch(/^AYABe/);
    expect(await failure(answer(clientId, "MFA_SETUP", associated.Session, {}))).toMatchObject({ name: "NotAuthorizedException" });
    const again = await sdk.send(new AssociateSoftwareTokenCommand({ Session: (await signIn(clientId)).Session }));
    const verified = await sdk.send(new VerifySoftwareTokenCommand({ Session: again.Session, UserCode: totp(again.SecretCode!) }));
    expect(verified.Status).toBe("SUCCESS");
    expect((await answer(clientId, "MFA_SETUP", verified.Session, {})).AuthenticationResult?.AccessToken).toBeDefined();
    expect((await signIn(clientId)).ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
  });
});

describe("USER_AUTH (choice-based sign-in)", () => {
  test("SELECT_CHALLENGE lists the first factors; PASSWORD or PREFERRED_CHALLENGE EMAIL_OTP signs in", async () => {
    const { poolId, clientId } = await signInPool(sdk, { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] } } }, { ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    await confirmedUser(sdk, poolId);
    const userAuth = (extra: Record<string, string> = {}) => sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice", ...extra } }));
    const select = await userAuth();
    expect(select.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(select.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"]);
    expect(await failure(answer(clientId, "SELECT_CHALLENGE", select.Session, { ANSWER: "PASSWORD", PASSWORD: "Wrong-pass1!" }))).toMatchObject({ message: "Incorrect username or password." });
    const again = await userAuth();
    expect((await answer(clientId, "SELECT_CHALLENGE", again.Session, { ANSWER: "PASSWORD", PASSWORD })).AuthenticationResult?.AccessToken).toBeDefined();
    const otp = await userAuth({ PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(otp.ChallengeName).toBe("EMAIL_OTP");
    expect(await failure(answer(clientId, "EMAIL_OTP", otp.Session, { EMAIL_OTP_CODE: lastCode(poolId) === "000000" ? "000001" : "000000" }))).toMatchObject({ name: "CodeMismatchException" });
    const retry = await userAuth({ PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect((await answer(clientId, "EMAIL_OTP", retry.Session, { EMAIL_OTP_CODE: lastCode(poolId) })).AuthenticationResult?.IdToken).toBeDefined();
    const closed = await signInPool(sdk);
    expect(await failure(sdk.send(new InitiateAuthCommand({ ClientId: closed.clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice" } })))).toMatchObject({ message: "Auth flow not enabled for this client" });
  });
});
