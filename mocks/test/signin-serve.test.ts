// A sign-in through `serve` (node:http): the SDK v3 client pointed at the server, the JWKS fetched from the
// server's /<poolId>/.well-known/jwks.json, and the ID and access tokens accepted by aws-jwt-verify.
import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import { failure } from "./pools-harness.ts";
import { confirmedUser, PASSWORD, signInPool } from "./signin-fixtures.ts";

let server: RunningServer;
let sdk: CognitoIdentityProviderClient;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 5 });
  sdk = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint: server.url, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
});
afterAll(() => server.close());

test("USER_PASSWORD_AUTH over HTTP; the server's JWKS verifies the tokens; the caller's socket address reaches the event", async () => {
  const { poolId, clientId } = await signInPool(sdk, { UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } });
  await confirmedUser(sdk, poolId);
  const { AuthenticationResult: tokens } = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
  const response = await fetch(`${server.url}/${poolId}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  const keys = (await response.json()) as { keys: { kid: string; alg: string; use: string; kty: string; e: string }[] };
  expect(keys.keys).toHaveLength(2);
  expect(keys.keys[0]).toMatchObject({ alg: "RS256", use: "sig", kty: "RSA", e: "AQAB" });

  const verifier = CognitoJwtVerifier.create({ userPoolId: poolId, clientId, tokenUse: null });
  verifier.cacheJwks(keys as never);
  await expect(verifier.verify(tokens!.IdToken!, { tokenUse: "id", clientId })).resolves.toMatchObject({ "cognito:username": "alice" });
  await expect(verifier.verify(tokens!.AccessToken!, { tokenUse: "access", clientId })).resolves.toMatchObject({ username: "alice" });
  expect(await failure(verifier.verify(tokens!.IdToken!, { tokenUse: "access", clientId }))).toBeInstanceOf(Error);

  const events = server.mock.state.pools.get(poolId)!.users.get("alice")!.events;
  expect(events.at(-1)!.event.EventContextData?.IpAddress).toMatch(/127\.0\.0\.1$/);
  expect((await fetch(`${server.url}/us-east-1_nopool000/.well-known/jwks.json`)).status).toBe(404);
});
