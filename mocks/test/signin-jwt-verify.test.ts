// aws-jwt-verify's CognitoJwtVerifier (AWS's own verifier, which derives issuer and JWKS URL from the pool id,
// aws-behavior.md §10) accepts the tokens `serve` issues, given the served JWKS through cacheJwks(), and refuses
// them after a change of signature, payload, client, expiry or token_use, from another pool, or signed with a
// key that is not the pool's. Tokens come from InitiateAuth USER_PASSWORD_AUTH through the AWS SDK v3.
import { createHash, createSign, generateKeyPairSync } from "node:crypto";
import { GetUserCommand, InitiateAuthCommand, NotAuthorizedException } from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  JwtExpiredError,
  JwtInvalidSignatureError,
  KidNotFoundInJwksError,
} from "aws-jwt-verify/error";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { createSignInPool, createSignInUser, decodeJwt, fetchJwks, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let pool: PoolSetup;
let other: PoolSetup;
let tokens: { AccessToken: string; IdToken: string; RefreshToken: string };
let otherTokens: { AccessToken: string };
let jwks: { keys: Record<string, string>[] };

async function signIn(setup: PoolSetup, username: string) {
  const out = await world.sdk.send(
    new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: setup.clientId, AuthParameters: { USERNAME: username, PASSWORD } }),
  );
  return out.AuthenticationResult as typeof tokens;
}

beforeAll(async () => {
  world = await startSignInServer(63, "ap-southeast-2");
  pool = await createSignInPool(world.sdk);
  other = await createSignInPool(world.sdk);
  await createSignInUser(world.sdk, pool.poolId, "val");
  await createSignInUser(world.sdk, other.poolId, "val");
  tokens = await signIn(pool, "val");
  otherTokens = await signIn(other, "val");
  jwks = await fetchJwks(world.url, pool.poolId);
});
afterAll(() => world?.close());
afterEach(() => void vi.useRealTimers());

function verifier(tokenUse: "access" | "id", clientId = pool.clientId) {
  const v = CognitoJwtVerifier.create({ userPoolId: pool.poolId, tokenUse, clientId });
  v.cacheJwks(jwks as never);
  return v;
}

/** The token with its payload changed and the original signature kept. */
function withPayload(token: string, change: (p: Record<string, unknown>) => void): string {
  const [h, p, s] = token.split(".");
  const payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  change(payload);
  return [h, Buffer.from(JSON.stringify(payload)).toString("base64url"), s].join(".");
}

/** The same header and claims, signed RS256 with a key of our own (not the pool's). */
function resigned(token: string): string {
  const [h, p] = token.split(".");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signature = createSign("RSA-SHA256").update(`${h}.${p}`).sign(privateKey).toString("base64url");
  return `${h}.${p}.${signature}`;
}

describe("what the server publishes", () => {
  test("the JWKS: two RSA signing keys with AWS's members; the tokens' headers are exactly {kid, alg: RS256}", () => {
    expect(jwks.keys).toHaveLength(2);
    for (const key of jwks.keys) {
      expect(Object.keys(key).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
      expect(key).toMatchObject({ alg: "RS256", e: "AQAB", kty: "RSA", use: "sig" });
    }
    const access = decodeJwt(tokens.AccessToken).header;
    const id = decodeJwt(tokens.IdToken).header;
    expect(Object.keys(access)).toEqual(["kid", "alg"]);
    expect(access.alg).toBe("RS256");
    expect(access.kid).not.toBe(id.kid); // ID and access tokens use different keys (§10)
    expect(jwks.keys.map((k) => k.kid).sort()).toEqual([access.kid, id.kid].sort());
  });

  test("the refresh token is a compact JWE with Cognito's header", () => {
    const parts = tokens.RefreshToken.split(".");
    expect(parts).toHaveLength(5);
    expect(JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"))).toEqual({ cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" });
  });
});

describe("CognitoJwtVerifier accepts", () => {
  test("the access token: issuer, token_use, client_id, username, and the claims of §10 in order", async () => {
    const payload = await verifier("access").verify(tokens.AccessToken);
    expect(payload).toMatchObject({ iss: `https://cognito-idp.ap-southeast-2.amazonaws.com/${pool.poolId}`, token_use: "access", client_id: pool.clientId, username: "val" });
    expect(Object.keys(payload).filter((k) => k !== "cognito:groups")).toEqual([
      "sub", "iss", "client_id", "origin_jti", "event_id", "token_use", "scope", "auth_time", "exp", "iat", "jti", "username",
    ]);
    expect(payload.scope).toBe("aws.cognito.signin.user.admin");
    expect(payload.exp - payload.iat).toBe(3600);
  });

  test("the ID token: aud is the client, cognito:username and the user's attributes", async () => {
    const payload = await verifier("id").verify(tokens.IdToken);
    expect(payload).toMatchObject({ aud: pool.clientId, token_use: "id", "cognito:username": "val", email: "val@example.com" });
    const access = decodeJwt(tokens.AccessToken).payload;
    expect([payload.sub, payload.origin_jti, payload.event_id, payload.auth_time]).toEqual([access.sub, access.origin_jti, access.event_id, access.auth_time]);
  });
});

describe("CognitoJwtVerifier refuses", () => {
  test("a changed signature", async () => {
    const [h, p, s] = tokens.AccessToken.split(".");
    const flipped = s.slice(0, 10) + (s[10] === "A" ? "B" : "A") + s.slice(11);
    await expect(verifier("access").verify(`${h}.${p}.${flipped}`)).rejects.toBeInstanceOf(JwtInvalidSignatureError);
  });

  test("a changed payload under the original signature", async () => {
    const forged = withPayload(tokens.AccessToken, (p) => void (p.username = "admin"));
    await expect(verifier("access").verify(forged)).rejects.toBeInstanceOf(JwtInvalidSignatureError);
  });

  test("a token signed with a key that is not the pool's, under the pool's kid", async () => {
    await expect(verifier("access").verify(resigned(tokens.AccessToken))).rejects.toBeInstanceOf(JwtInvalidSignatureError);
  });

  test("another client's audience", async () => {
    await expect(verifier("access", other.clientId).verify(tokens.AccessToken)).rejects.toBeInstanceOf(CognitoJwtInvalidClientIdError);
    await expect(verifier("id", other.clientId).verify(tokens.IdToken)).rejects.toBeInstanceOf(CognitoJwtInvalidClientIdError);
  });

  test("the wrong token_use: an ID token where an access token is expected, and back", async () => {
    await expect(verifier("access").verify(tokens.IdToken)).rejects.toBeInstanceOf(CognitoJwtInvalidTokenUseError);
    await expect(verifier("id").verify(tokens.AccessToken)).rejects.toBeInstanceOf(CognitoJwtInvalidTokenUseError);
  });

  test("an expired token (the clock moved past exp = iat + 3600)", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3601_000 });
    await expect(verifier("access").verify(tokens.AccessToken)).rejects.toBeInstanceOf(JwtExpiredError);
  });

  test("another pool's token: its issuer is not this pool's, and its key is not in this pool's JWKS", async () => {
    await expect(verifier("access", other.clientId).verify(otherTokens.AccessToken)).rejects.toThrow(/issuer not configured/);
    const otherVerifier = CognitoJwtVerifier.create({ userPoolId: other.poolId, tokenUse: "access", clientId: other.clientId });
    otherVerifier.cacheJwks(jwks as never); // this pool's keys, not the other pool's
    // verifySync: from the cache only (verify() would fetch the real JWKS URL for an unknown kid; no network here).
    expect(() => otherVerifier.verifySync(otherTokens.AccessToken)).toThrow(KidNotFoundInJwksError);
    otherVerifier.cacheJwks((await fetchJwks(world.url, other.poolId)) as never);
    expect((await otherVerifier.verify(otherTokens.AccessToken)).client_id).toBe(other.clientId);
  });
});

describe("the mock refuses the same forgeries (GetUser authorized by the access token)", () => {
  const getUser = (AccessToken: string) => world.sdk.send(new GetUserCommand({ AccessToken })).catch((e) => e);

  test("the genuine token is accepted", async () => {
    expect((await getUser(tokens.AccessToken)).Username).toBe("val");
  });

  test.each([
    ["a changed payload", () => withPayload(tokens.AccessToken, (p) => void (p.username = "admin"))],
    ["a foreign key's signature", () => resigned(tokens.AccessToken)],
    ["an ID token", () => tokens.IdToken],
    ["garbage", () => createHash("sha256").update("x").digest("hex")],
  ])("%s: NotAuthorizedException `Invalid Access Token` (§9)", async (_name, token) => {
    const error = await getUser(token());
    expect(error).toBeInstanceOf(NotAuthorizedException);
    expect([error.$metadata.httpStatusCode, error.message]).toEqual([400, "Invalid Access Token"]);
  });
});
