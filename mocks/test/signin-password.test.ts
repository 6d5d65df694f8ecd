// USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH through the real SDK v3 client (msw): tokens, the §9 errors,
// lockout, GetUser with the access token, GlobalSignOut and refresh.
import {
  AdminInitiateAuthCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
} from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

const { client: sdk, advance } = poolsHarness(21);

const passwordAuth = (ClientId: string, USERNAME: string, PASSWORD: string) =>
  sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }));

describe("USER_PASSWORD_AUTH", () => {
  test("the right password gets tokens as AWS shapes them (no ChallengeName, no Session)", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const answer: InitiateAuthCommandOutput = await passwordAuth(clientId, "alice", PASSWORD);
    expect(answer.ChallengeName).toBeUndefined();
    expect(answer.Session).toBeUndefined();
    expect(answer.ChallengeParameters).toEqual({});
    const result = answer.AuthenticationResult!;
    expect(result).toMatchObject({ ExpiresIn: 3600, TokenType: "Bearer" });
    expect(decodeProtectedHeader(result.AccessToken!)).toEqual({ kid: expect.any(String), alg: "RS256" });
    const access = decodeJwt(result.AccessToken!);
    expect(access).toMatchObject({ iss: `https://cognito-idp.eu-west-1.amazonaws.com/${poolId}`, client_id: clientId, token_use: "access", username: "alice" });
    expect(decodeJwt(result.IdToken!)).toMatchObject({ aud: clientId, token_use: "id", "cognito:username": "alice", email: "alice@example.com" });
    expect(result.RefreshToken!.split(".")).toHaveLength(5);
    const me = await sdk.send(new GetUserCommand({ AccessToken: result.AccessToken! }));
    expect(me.Username).toBe("alice");
    expect(me.UserAttributes).toContainEqual({ Name: "email", Value: "alice@example.com" });
  });

  test("wrong password, unknown user (LEGACY and ENABLED), flow not enabled: §9's errors", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    expect(await failure(passwordAuth(clientId, "alice", "Wrong-pass1!"))).toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
    expect(await failure(passwordAuth(clientId, "nobody", PASSWORD))).toMatchObject({ name: "UserNotFoundException", message: "User does not exist." });
    const hiding = await signInPool(sdk, {}, { PreventUserExistenceErrors: "ENABLED" });
    expect(await failure(passwordAuth(hiding.clientId, "nobody", PASSWORD))).toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
    const srpOnly = await signInPool(sdk, {}, { ExplicitAuthFlows: undefined });
    expect(await failure(passwordAuth(srpOnly.clientId, "alice", PASSWORD))).toMatchObject({ name: "InvalidParameterException", message: "USER_PASSWORD_AUTH flow not enabled for this client" });
    expect(await failure(sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } })))).toMatchObject({
      name: "InvalidParameterException",
      message: "Initiate Auth method not supported.",
    });
    expect(await failure(sdk.send(new AdminInitiateAuthCommand({ UserPoolId: srpOnly.poolId, ClientId: srpOnly.clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } })))).toMatchObject({
      name: "InvalidParameterException",
      message: "Auth flow not enabled for this client",
    });
  });

  test("5 failures lock the user out, even with the right password, until the back-off passes", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    for (let i = 0; i < 5; i++) expect(await failure(passwordAuth(clientId, "alice", "Wrong-pass1!"))).toMatchObject({ message: "Incorrect username or password." });
    expect(await failure(passwordAuth(clientId, "alice", PASSWORD))).toMatchObject({ name: "NotAuthorizedException", message: "Password attempts exceeded" });
    advance(1_001);
    expect((await passwordAuth(clientId, "alice", PASSWORD)).AuthenticationResult?.AccessToken).toBeDefined();
  });

  test("ADMIN_USER_PASSWORD_AUTH gets tokens; REFRESH_TOKEN_AUTH renews them; GlobalSignOut revokes both", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const { AuthenticationResult: tokens } = await sdk.send(
      new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }),
    );
    const refresh = () => sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: tokens!.RefreshToken! } }));
    const renewed = (await refresh()).AuthenticationResult!;
    expect(renewed.RefreshToken).toBeUndefined();
    expect(decodeJwt(renewed.AccessToken!).origin_jti).toBe(decodeJwt(tokens!.AccessToken!).origin_jti);
    await sdk.send(new GlobalSignOutCommand({ AccessToken: renewed.AccessToken! }));
    expect(await failure(sdk.send(new GetUserCommand({ AccessToken: tokens!.AccessToken! })))).toMatchObject({ name: "NotAuthorizedException", message: "Access Token has been revoked" });
    expect(await failure(refresh())).toMatchObject({ name: "NotAuthorizedException", message: "Refresh Token has been revoked" });
    expect(await failure(sdk.send(new GetUserCommand({ AccessToken: `${tokens!.AccessToken!.slice(0, -4)}AAAA` })))).toMatchObject({ name: "NotAuthorizedException", message: "Invalid Access Token" });
  });
});
