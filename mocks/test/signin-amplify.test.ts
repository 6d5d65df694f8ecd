// Amplify v6 (aws-amplify/auth), a client we did not write, signs in from Node against `serve`: SRP by default
// (its own SRP-6a code, so the server's proof check meets AWS's client math), USER_PASSWORD_AUTH, the
// NEW_PASSWORD_REQUIRED and SOFTWARE_TOKEN_MFA challenges through confirmSignIn, TOTP set-up through
// setUpTOTP / verifyTOTPSetup / updateMFAPreference, and a forced refresh (GetTokensFromRefreshToken since 6.15,
// aws-behavior.md §9). Amplify keeps one global configuration and token store, so the tests run in order.
import { AdminGetUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmSignIn, fetchAuthSession, getCurrentUser, setUpTOTP, signIn, signOut, updateMFAPreference, verifyTOTPSetup } from "aws-amplify/auth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSignInPool, createSignInUser, NEW_PASSWORD, PASSWORD, startSignInServer, totpCode, wrongTotpCode, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let pool: PoolSetup;
beforeAll(async () => {
  world = await startSignInServer(61);
  pool = await createSignInPool(world.sdk, { totp: true });
  Amplify.configure({ Auth: { Cognito: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: world.url } } });
});
afterAll(async () => {
  await signOut().catch(() => {});
  await world?.close();
});

describe.sequential("Amplify v6 against serve", () => {
  test("signIn (SRP, the default flow) is DONE and fetchAuthSession holds the pool's tokens", async () => {
    await createSignInUser(world.sdk, pool.poolId, "amy");
    const result = await signIn({ username: "amy", password: PASSWORD });
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    const { tokens } = await fetchAuthSession();
    expect(tokens?.accessToken.payload).toMatchObject({
      iss: `https://cognito-idp.${world.region}.amazonaws.com/${pool.poolId}`,
      client_id: pool.clientId,
      token_use: "access",
      username: "amy",
    });
    expect(tokens?.idToken?.payload).toMatchObject({ aud: pool.clientId, token_use: "id", "cognito:username": "amy", email: "amy@example.com" });
    expect((await getCurrentUser()).username).toBe("amy");
  });

  test("fetchAuthSession({ forceRefresh }) gets new tokens for the same sign-in through the refresh token", async () => {
    const before = (await fetchAuthSession()).tokens!.accessToken.payload;
    const after = (await fetchAuthSession({ forceRefresh: true })).tokens!.accessToken.payload;
    expect(after.jti).not.toBe(before.jti);
    expect([after.origin_jti, after.auth_time, after.username]).toEqual([before.origin_jti, before.auth_time, "amy"]);
    await signOut();
    expect((await fetchAuthSession()).tokens).toBeUndefined();
  });

  test("a wrong password is refused with AWS's NotAuthorizedException text (SRP and USER_PASSWORD_AUTH)", async () => {
    for (const authFlowType of ["USER_SRP_AUTH", "USER_PASSWORD_AUTH"] as const) {
      const error = await signIn({ username: "amy", password: "Wr0ng-horse!", options: { authFlowType } }).catch((e) => e);
      expect([authFlowType, error?.name, error?.message]).toEqual([authFlowType, "NotAuthorizedException", "Incorrect username or password."]);
    }
  });

  test("USER_PASSWORD_AUTH signs in too", async () => {
    const result = await signIn({ username: "amy", password: PASSWORD, options: { authFlowType: "USER_PASSWORD_AUTH" } });
    expect(result.nextStep.signInStep).toBe("DONE");
    expect((await fetchAuthSession()).tokens?.accessToken.payload.username).toBe("amy");
    await signOut();
  });

  test("NEW_PASSWORD_REQUIRED: a user with a temporary password sets a new one through confirmSignIn and becomes CONFIRMED", async () => {
    await createSignInUser(world.sdk, pool.poolId, "newbie", { permanent: false });
    const first = await signIn({ username: "newbie", password: "Tempor4ry-pass!" });
    expect(first).toMatchObject({ isSignedIn: false, nextStep: { signInStep: "CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED" } });
    const done = await confirmSignIn({ challengeResponse: NEW_PASSWORD });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    const user = await world.sdk.send(new AdminGetUserCommand({ UserPoolId: pool.poolId, Username: "newbie" }));
    expect(user.UserStatus).toBe("CONFIRMED");
    await signOut();
    expect((await signIn({ username: "newbie", password: NEW_PASSWORD })).nextStep.signInStep).toBe("DONE");
    await signOut();
  });

  test("TOTP: set up while signed in, then the next sign-in asks for the code and confirmSignIn with it is DONE", async () => {
    await createSignInUser(world.sdk, pool.poolId, "tina");
    await signIn({ username: "tina", password: PASSWORD });
    const details = await setUpTOTP();
    expect(details.sharedSecret).toMatch(/^[A-Z2-7]+=*$/); // base32 (INFERRED, §9)
    await verifyTOTPSetup({ code: totpCode(details.sharedSecret) });
    await updateMFAPreference({ totp: "PREFERRED" });
    await signOut();

    const challenged = await signIn({ username: "tina", password: PASSWORD });
    expect(challenged).toMatchObject({ isSignedIn: false, nextStep: { signInStep: "CONFIRM_SIGN_IN_WITH_TOTP_CODE" } });
    const wrong = await confirmSignIn({ challengeResponse: wrongTotpCode(details.sharedSecret) }).catch((e) => e);
    expect([wrong?.name, wrong?.message]).toEqual(["CodeMismatchException", "Invalid code or auth state for the user."]);
    // Whether the session survives a wrong code is not in the evidence: start again either way.
    await signIn({ username: "tina", password: PASSWORD });
    const done = await confirmSignIn({ challengeResponse: totpCode(details.sharedSecret, 1) });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    expect((await fetchAuthSession()).tokens?.accessToken.payload.username).toBe("tina");
    await signOut();
  });
});
