// Amplify v6 (aws-amplify/auth), a client we did not write, manages the signed-in user's attributes against `serve`:
// fetchUserAttributes (GetUser), updateUserAttributes (UpdateUserAttributes and its CodeDeliveryDetailsList) and
// confirmUserAttribute (VerifyUserAttribute with the code from the mock's outbox), aws-behavior.md §12.2; and the
// groups in fetchAuthSession's tokens (§12.3), verified with aws-jwt-verify against the pool's JWKS.
// Amplify keeps one global configuration and token store, so the tests run in order.
import { AdminAddUserToGroupCommand, CreateGroupCommand, UpdateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmUserAttribute, fetchAuthSession, fetchUserAttributes, sendUserAttributeVerificationCode, signIn, signOut, updateUserAttributes } from "aws-amplify/auth";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSignInPool, createSignInUser, fetchJwks, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let pool: PoolSetup;
const lastCode = () => world.server.mock.control.codes({ userPoolId: pool.poolId, username: "ursula" }).findLast((c) => c.purpose === "VerifyUserAttribute")!;

beforeAll(async () => {
  world = await startSignInServer(67);
  pool = await createSignInPool(world.sdk);
  await world.sdk.send(new UpdateUserPoolCommand({ UserPoolId: pool.poolId, AutoVerifiedAttributes: ["email"] }));
  await createSignInUser(world.sdk, pool.poolId, "ursula");
  await world.sdk.send(new CreateGroupCommand({ UserPoolId: pool.poolId, GroupName: "editors", Precedence: 2 }));
  await world.sdk.send(new AdminAddUserToGroupCommand({ UserPoolId: pool.poolId, Username: "ursula", GroupName: "editors" }));
  Amplify.configure({ Auth: { Cognito: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: world.url } } });
  await signIn({ username: "ursula", password: PASSWORD });
});
afterAll(async () => {
  await signOut().catch(() => {});
  await world?.close();
});

describe.sequential("Amplify v6 user attributes against serve", () => {
  test("fetchUserAttributes reads the user's attributes, sub included", async () => {
    const attributes = await fetchUserAttributes();
    expect(attributes).toMatchObject({ email: "ursula@example.com", email_verified: "true", sub: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  test("updateUserAttributes: a plain attribute is DONE, a changed auto-verified email waits for a code", async () => {
    const result = await updateUserAttributes({ userAttributes: { given_name: "Ursula", email: "ursula.new@example.com" } });
    expect(result.given_name).toEqual({ isUpdated: true, nextStep: { updateAttributeStep: "DONE" } });
    expect(result.email).toEqual({
      isUpdated: false,
      nextStep: { updateAttributeStep: "CONFIRM_ATTRIBUTE_WITH_CODE", codeDeliveryDetails: { attributeName: "email", deliveryMedium: "EMAIL", destination: "u***@e***" } },
    });
    expect(await fetchUserAttributes()).toMatchObject({ given_name: "Ursula", email: "ursula.new@example.com", email_verified: "false" });
  });

  test("confirmUserAttribute with a wrong code is CodeMismatchException, with the sent code it verifies the email", async () => {
    const { code, destination } = lastCode();
    expect(destination).toBe("ursula.new@example.com");
    const wrong = await confirmUserAttribute({ userAttributeKey: "email", confirmationCode: code === "000000" ? "000001" : "000000" }).catch((e) => e);
    expect([wrong?.name, wrong?.message]).toEqual(["CodeMismatchException", "Invalid verification code provided, please try again."]);
    await confirmUserAttribute({ userAttributeKey: "email", confirmationCode: code });
    expect(await fetchUserAttributes()).toMatchObject({ email: "ursula.new@example.com", email_verified: "true" });
  });

  test("sendUserAttributeVerificationCode sends a new code that confirmUserAttribute takes", async () => {
    const details = await sendUserAttributeVerificationCode({ userAttributeKey: "email" });
    expect(details).toEqual({ attributeName: "email", deliveryMedium: "EMAIL", destination: "u***@e***" });
    await confirmUserAttribute({ userAttributeKey: "email", confirmationCode: lastCode().code });
  });
});

describe.sequential("Amplify v6 fetchAuthSession: the user's groups in its tokens", () => {
  test("the ID and access tokens carry cognito:groups, and aws-jwt-verify accepts them with the groups option", async () => {
    const { tokens } = await fetchAuthSession();
    expect(tokens?.idToken?.payload["cognito:groups"]).toEqual(["editors"]);
    expect(tokens?.accessToken.payload["cognito:groups"]).toEqual(["editors"]);
    const jwks = await fetchJwks(world.url, pool.poolId);
    for (const [tokenUse, token] of [["id", tokens!.idToken!], ["access", tokens!.accessToken]] as const) {
      const verifier = CognitoJwtVerifier.create({ userPoolId: pool.poolId, tokenUse, clientId: pool.clientId, groups: "editors" });
      verifier.cacheJwks(jwks as never);
      await expect(verifier.verify(token.toString())).resolves.toMatchObject({ "cognito:groups": ["editors"] });
      const outsider = CognitoJwtVerifier.create({ userPoolId: pool.poolId, tokenUse, clientId: pool.clientId, groups: "admins" });
      outsider.cacheJwks(jwks as never);
      await expect(outsider.verify(token.toString())).rejects.toThrow(/group/i);
    }
  });
});
