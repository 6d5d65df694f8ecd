// amazon-cognito-identity-js 6.3 (AWS's older browser/Node client, whose AuthenticationHelper is the reference
// SRP code, aws-behavior.md §10) against `serve`: authenticateUser over USER_SRP_AUTH, a wrong password, the
// newPasswordRequired callback answered with completeNewPasswordChallenge, USER_PASSWORD_AUTH, and refreshSession
// (InitiateAuth REFRESH_TOKEN_AUTH).
import { AdminGetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createSignInPool, createSignInUser, NEW_PASSWORD, PASSWORD, startSignInServer, TEMPORARY_PASSWORD, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let pool: PoolSetup;
let userPool: CognitoUserPool;
beforeAll(async () => {
  world = await startSignInServer(62, "eu-west-1");
  pool = await createSignInPool(world.sdk);
  userPool = new CognitoUserPool({ UserPoolId: pool.poolId, ClientId: pool.clientId, endpoint: world.url });
});
afterAll(() => world?.close());

type Outcome =
  | { kind: "success"; session: CognitoUserSession }
  | { kind: "failure"; error: { code?: string; name?: string; message: string } }
  | { kind: "newPassword"; userAttributes: Record<string, string>; requiredAttributes: string[] };

function authenticate(user: CognitoUser, password: string): Promise<Outcome> {
  return new Promise((resolve) =>
    user.authenticateUser(new AuthenticationDetails({ Username: user.getUsername(), Password: password }), {
      onSuccess: (session) => resolve({ kind: "success", session }),
      onFailure: (error) => resolve({ kind: "failure", error }),
      newPasswordRequired: (userAttributes, requiredAttributes) => resolve({ kind: "newPassword", userAttributes, requiredAttributes }),
    }),
  );
}

const newUser = (username: string) => new CognitoUser({ Username: username, Pool: userPool });

test("authenticateUser (SRP) succeeds and the session's tokens name the pool, the client and the user", async () => {
  await createSignInUser(world.sdk, pool.poolId, "sam");
  const outcome = await authenticate(newUser("sam"), PASSWORD);
  expect(outcome.kind).toBe("success");
  const session = (outcome as { session: CognitoUserSession }).session;
  expect(session.isValid()).toBe(true);
  expect(session.getAccessToken().decodePayload()).toMatchObject({
    iss: `https://cognito-idp.eu-west-1.amazonaws.com/${pool.poolId}`,
    client_id: pool.clientId,
    token_use: "access",
    username: "sam",
  });
  expect(session.getIdToken().decodePayload()).toMatchObject({ aud: pool.clientId, "cognito:username": "sam", token_use: "id" });
  expect(session.getRefreshToken().getToken().split(".")).toHaveLength(5); // a compact JWE (§10)
});

test("a wrong password fails the PASSWORD_VERIFIER step with NotAuthorizedException `Incorrect username or password.`", async () => {
  const outcome = await authenticate(newUser("sam"), "Wr0ng-horse!");
  expect(outcome).toMatchObject({ kind: "failure", error: { code: "NotAuthorizedException", message: "Incorrect username or password." } });
});

test("an unknown user (PreventUserExistenceErrors LEGACY, the API default) is UserNotFoundException `User does not exist.`", async () => {
  const outcome = await authenticate(newUser("nobody"), PASSWORD);
  expect(outcome).toMatchObject({ kind: "failure", error: { code: "UserNotFoundException", message: "User does not exist." } });
});

test("USER_PASSWORD_AUTH through setAuthenticationFlowType", async () => {
  const user = newUser("sam");
  user.setAuthenticationFlowType("USER_PASSWORD_AUTH");
  const outcome = await authenticate(user, PASSWORD);
  expect(outcome.kind).toBe("success");
});

test("newPasswordRequired, then completeNewPasswordChallenge: tokens, and the user is CONFIRMED", async () => {
  await createSignInUser(world.sdk, pool.poolId, "nina", { permanent: false });
  const user = newUser("nina");
  const first = await authenticate(user, TEMPORARY_PASSWORD);
  expect(first.kind).toBe("newPassword");
  expect((first as { requiredAttributes: string[] }).requiredAttributes).toEqual([]);
  const session = await new Promise<CognitoUserSession>((resolve, reject) =>
    user.completeNewPasswordChallenge(NEW_PASSWORD, {}, { onSuccess: resolve, onFailure: reject }),
  );
  expect(session.getAccessToken().decodePayload().username).toBe("nina");
  const status = await world.sdk.send(new AdminGetUserCommand({ UserPoolId: pool.poolId, Username: "nina" }));
  expect(status.UserStatus).toBe("CONFIRMED");
  expect((await authenticate(newUser("nina"), NEW_PASSWORD)).kind).toBe("success");
});

test("refreshSession (REFRESH_TOKEN_AUTH) returns new ID and access tokens for the same sign-in", async () => {
  const user = newUser("sam");
  const outcome = await authenticate(user, PASSWORD);
  const session = (outcome as { session: CognitoUserSession }).session;
  const refreshed = await new Promise<CognitoUserSession>((resolve, reject) =>
    user.refreshSession(session.getRefreshToken(), (error: Error | null, next: CognitoUserSession) => (error ? reject(error) : resolve(next))),
  );
  const [before, after] = [session.getAccessToken().decodePayload(), refreshed.getAccessToken().decodePayload()];
  expect(after.jti).not.toBe(before.jti);
  expect([after.origin_jti, after.auth_time]).toEqual([before.origin_jti, before.auth_time]);
});
