// The user lifecycle through the SDK v3 client (msw): SignUp -> code -> ConfirmSignUp, ResendConfirmationCode,
// AdminConfirmSignUp, ForgotPassword -> ConfirmForgotPassword, ChangePassword, SECRET_HASH, RevokeToken and
// refresh-token rotation.
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

const { client: sdk, mock, advance } = poolsHarness(24);

const signIn = (ClientId: string, USERNAME = "alice", password = PASSWORD, extra: Record<string, string> = {}) =>
  sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: password, ...extra } }));
const codeFor = (userPoolId: string, username: string) => mock.control.codes({ userPoolId, username }).at(-1)!.code;
const status = async (UserPoolId: string, Username = "alice") => (await sdk.send(new AdminGetUserCommand({ UserPoolId, Username }))).UserStatus;

describe("sign-up", () => {
  test("SignUp -> UNCONFIRMED and a masked code delivery; sign-in refused until ConfirmSignUp verifies the email", async () => {
    const { poolId, clientId } = await signInPool(sdk, { AutoVerifiedAttributes: ["email"] });
    const up = await sdk.send(new SignUpCommand({ ClientId: clientId, Username: "alice", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "alice@example.com" }] }));
    expect(up).toMatchObject({ UserConfirmed: false, UserSub: expect.any(String), CodeDeliveryDetails: { Destination: "a***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" } });
    expect(await status(poolId)).toBe("UNCONFIRMED");
    expect(await failure(signIn(clientId, "alice", "Wrong-pass1!"))).toMatchObject({ name: "UserNotConfirmedException", message: "User is not confirmed." });
    expect(await failure(sdk.send(new SignUpCommand({ ClientId: clientId, Username: "alice", Password: PASSWORD })))).toMatchObject({ name: "UsernameExistsException", message: "User already exists" });
    expect(await failure(sdk.send(new SignUpCommand({ ClientId: clientId, Username: "bob", Password: "Sh0rt!" })))).toMatchObject({ name: "InvalidPasswordException", message: "Password did not conform with policy: Password not long enough" });
    const wrongCode = codeFor(poolId, "alice") === "000000" ? "000001" : "000000";
    expect(await failure(sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: wrongCode })))).toMatchObject({
      name: "CodeMismatchException",
      message: "Invalid verification code provided, please try again.",
    });
    await sdk.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: "alice" }));
    await sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: codeFor(poolId, "alice") }));
    const user = await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(user.UserAttributes).toContainEqual({ Name: "email_verified", Value: "true" });
    expect(await failure(sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: "123456" })))).toMatchObject({
      name: "NotAuthorizedException",
      message: "User cannot be confirmed. Current status is CONFIRMED",
    });
    expect((await signIn(clientId)).AuthenticationResult).toBeDefined();
  });

  test("an expired code, AdminConfirmSignUp, and admin-only pools", async () => {
    const { poolId, clientId } = await signInPool(sdk, { AutoVerifiedAttributes: ["email"] });
    await sdk.send(new SignUpCommand({ ClientId: clientId, Username: "alice", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "alice@example.com" }] }));
    advance(24 * 3600_000 + 1);
    expect(await failure(sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: codeFor(poolId, "alice") })))).toMatchObject({
      name: "ExpiredCodeException",
      message: "Invalid code provided, please request a code again.",
    });
    await sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: "alice" }));
    expect(await status(poolId)).toBe("CONFIRMED");
    const closed = await signInPool(sdk, { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    expect(await failure(sdk.send(new SignUpCommand({ ClientId: closed.clientId, Username: "bob", Password: PASSWORD })))).toMatchObject({
      name: "NotAuthorizedException",
      message: "SignUp is not permitted for this user pool",
    });
  });
});

describe("passwords", () => {
  test("ForgotPassword -> code -> ConfirmForgotPassword; the old password stops working", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const forgot = await sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: "alice" }));
    expect(forgot.CodeDeliveryDetails).toEqual({ Destination: "a***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    await sdk.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: "alice", ConfirmationCode: codeFor(poolId, "alice"), Password: "N3w-password!" }));
    expect(await failure(signIn(clientId))).toMatchObject({ message: "Incorrect username or password." });
    expect((await signIn(clientId, "alice", "N3w-password!")).AuthenticationResult).toBeDefined();
    expect(await failure(sdk.send(new ForgotPasswordCommand({ ClientId: clientId, Username: "nobody" })))).toMatchObject({ name: "UserNotFoundException" });
  });

  test("ChangePassword needs the previous password and the pool's policy", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const { AccessToken } = (await signIn(clientId)).AuthenticationResult!;
    expect(await failure(sdk.send(new ChangePasswordCommand({ AccessToken, PreviousPassword: "Wrong-pass1!", ProposedPassword: "N3w-password!" })))).toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
    expect(await failure(sdk.send(new ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "nouppercase1!" })))).toMatchObject({
      name: "InvalidPasswordException",
      message: "Password did not conform with policy: Password must have uppercase characters",
    });
    await sdk.send(new ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "N3w-password!" }));
    expect((await signIn(clientId, "alice", "N3w-password!")).AuthenticationResult).toBeDefined();
  });
});

describe("app clients with a secret, token revocation and rotation", () => {
  test("SECRET_HASH is required and checked (§9 texts)", async () => {
    const { poolId, clientId, clientSecret } = await signInPool(sdk, {}, { GenerateSecret: true });
    await confirmedUser(sdk, poolId);
    expect(await failure(signIn(clientId))).toMatchObject({ name: "NotAuthorizedException", message: `Client ${clientId} is configured with secret but SECRET_HASH was not received` });
    expect(await failure(signIn(clientId, "alice", PASSWORD, { SECRET_HASH: "AAAA" }))).toMatchObject({ name: "NotAuthorizedException", message: `Unable to verify secret hash for client ${clientId}` });
    const SECRET_HASH = createHmac("sha256", clientSecret!).update(`alice${clientId}`).digest("base64");
    expect((await signIn(clientId, "alice", PASSWORD, { SECRET_HASH })).AuthenticationResult).toBeDefined();
  });

  test("RevokeToken ends the refresh token and its access tokens; rotation spends the old refresh token", async () => {
    const { poolId, clientId } = await signInPool(sdk, {}, { RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 0 } });
    await confirmedUser(sdk, poolId);
    const first = (await signIn(clientId)).AuthenticationResult!;
    const rotated = (await sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: first.RefreshToken! }))).AuthenticationResult!;
    expect(rotated.RefreshToken).toBeDefined();
    expect(rotated.RefreshToken).not.toBe(first.RefreshToken);
    expect(await failure(sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: first.RefreshToken! })))).toMatchObject({ name: "NotAuthorizedException", message: "Invalid Refresh Token." });
    await sdk.send(new RevokeTokenCommand({ ClientId: clientId, Token: rotated.RefreshToken! }));
    expect(await failure(sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: rotated.RefreshToken! })))).toMatchObject({ message: "Refresh Token has been revoked" });
    expect(await failure(sdk.send(new GetUserCommand({ AccessToken: rotated.AccessToken! })))).toMatchObject({ message: "Access Token has been revoked" });
    const other = (await signIn(clientId)).AuthenticationResult!;
    expect((await sdk.send(new GetUserCommand({ AccessToken: other.AccessToken! }))).Username).toBe("alice");
  });

  test("an expired access token is refused", async () => {
    const { poolId, clientId } = await signInPool(sdk, {}, { AccessTokenValidity: 5, TokenValidityUnits: { AccessToken: "minutes" } });
    await confirmedUser(sdk, poolId);
    const { AccessToken, ExpiresIn } = (await signIn(clientId)).AuthenticationResult!;
    expect(ExpiresIn).toBe(300);
    advance(301_000);
    expect(await failure(sdk.send(new GetUserCommand({ AccessToken })))).toMatchObject({ name: "NotAuthorizedException" });
  });
});
