// USER_SRP_AUTH end to end through the SDK v3 client (msw), the client math by amazon-cognito-identity-js.
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";
import { srpClient } from "./srp-client.ts";

const { client: sdk, advance, nowSeconds } = poolsHarness(22);

async function srpStart(poolId: string, ClientId: string, USERNAME: string) {
  const client = await srpClient(poolId);
  const answer = await sdk.send(new InitiateAuthCommand({ ClientId, AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME, SRP_A: client.SRP_A } }));
  return { client, answer };
}
const respond = (ClientId: string, ChallengeResponses: Record<string, string>) =>
  sdk.send(new RespondToAuthChallengeCommand({ ClientId, ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses }));

describe("USER_SRP_AUTH", () => {
  test("PASSWORD_VERIFIER as AWS sends it (no Session); the right proof gets tokens; SECRET_BLOCK is single use", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const { client, answer } = await srpStart(poolId, clientId, "alice");
    expect(answer.ChallengeName).toBe("PASSWORD_VERIFIER");
    expect(answer.Session).toBeUndefined();
    expect(Object.keys(answer.ChallengeParameters!).sort()).toEqual(["SALT", "SECRET_BLOCK", "SRP_B", "USERNAME", "USER_ID_FOR_SRP"]);
    expect(answer.ChallengeParameters!.SECRET_BLOCK!.startsWith("AYABe")).toBe(true);
    const responses = await client.answer(answer.ChallengeParameters!, PASSWORD, nowSeconds() * 1000);
    const done = await respond(clientId, responses);
    expect(done.AuthenticationResult).toMatchObject({ TokenType: "Bearer", ExpiresIn: 3600, AccessToken: expect.any(String), RefreshToken: expect.any(String) });
    expect(await failure(respond(clientId, responses))).toMatchObject({ name: "NotAuthorizedException", message: "Invalid session for the user." });
  });

  test("a wrong password, a stale TIMESTAMP or a padded day fail with `Incorrect username or password.`", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const wrong = await srpStart(poolId, clientId, "alice");
    const incorrect = { name: "NotAuthorizedException", message: "Incorrect username or password." };
    expect(await failure(respond(clientId, await wrong.client.answer(wrong.answer.ChallengeParameters!, "Wrong-pass1!", nowSeconds() * 1000)))).toMatchObject(incorrect);
    const stale = await srpStart(poolId, clientId, "alice");
    expect(await failure(respond(clientId, await stale.client.answer(stale.answer.ChallengeParameters!, PASSWORD, nowSeconds() * 1000 - 3_600_000)))).toMatchObject(incorrect);
    const padded = await srpStart(poolId, clientId, "alice");
    const responses = await padded.client.answer(padded.answer.ChallengeParameters!, PASSWORD, nowSeconds() * 1000);
    // The harness's clock is Thu Jan 2 2025: a one-digit day, which a zero-padded TIMESTAMP writes as "02".
    expect(await failure(respond(clientId, { ...responses, TIMESTAMP: responses.TIMESTAMP!.replace(" 2 ", " 02 ") }))).toMatchObject(incorrect);
  });

  test("the verifier's session expires after the client's AuthSessionValidity (3 minutes)", async () => {
    const { poolId, clientId } = await signInPool(sdk);
    await confirmedUser(sdk, poolId);
    const { client, answer } = await srpStart(poolId, clientId, "alice");
    advance(3 * 60_000 + 1_000);
    const responses = await client.answer(answer.ChallengeParameters!, PASSWORD, nowSeconds() * 1000);
    expect(await failure(respond(clientId, responses))).toMatchObject({ name: "NotAuthorizedException", message: "Invalid session for the user, session is expired." });
  });

  test("unknown users: UserNotFoundException (LEGACY); under ENABLED a simulated challenge with a stable salt", async () => {
    const legacy = await signInPool(sdk);
    expect(await failure(srpStart(legacy.poolId, legacy.clientId, "nobody"))).toMatchObject({ name: "UserNotFoundException", message: "User does not exist." });
    const { poolId, clientId } = await signInPool(sdk, {}, { PreventUserExistenceErrors: "ENABLED" });
    const first = await srpStart(poolId, clientId, "nobody");
    const second = await srpStart(poolId, clientId, "nobody");
    expect(first.answer.ChallengeName).toBe("PASSWORD_VERIFIER");
    expect(first.answer.ChallengeParameters!.SALT).toBe(second.answer.ChallengeParameters!.SALT);
    const responses = await first.client.answer(first.answer.ChallengeParameters!, PASSWORD, nowSeconds() * 1000);
    expect(await failure(respond(clientId, responses))).toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
  });
});
