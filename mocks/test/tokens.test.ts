// Tokens as Cognito issues them, checked by AWS's own verifier (aws-jwt-verify's CognitoJwtVerifier, handed our
// JWKS with cacheJwks) and by the mock's verification of access and refresh tokens.
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { beforeAll, describe, expect, test } from "vitest";
import { isAwsError } from "../protocol/errors.ts";
import { issuerOf, jwks, mintTokens, newPoolKeys, openRefreshToken, PoolKeyBook, tokenValidity, verifyAccessToken, type MintRequest, type PoolKeys } from "../tokens/index.ts";
import { readyPoolKeySets } from "../tokens/keys.ts";

const REGION = "eu-west-1";
const POOL = "eu-west-1_AbC123xYz";
const CLIENT = "3n4b5urk1ft4fl3mg5e62d9ado";
const ISSUER = issuerOf(REGION, POOL);
const SUB = "7c2f1e0a-5b9d-4e8f-a1c3-0d2e4f6a8b9c";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let keys: PoolKeys;
let otherKeys: PoolKeys;
beforeAll(() => {
  keys = newPoolKeys();
  otherKeys = newPoolKeys();
});

const nowSec = () => Math.floor(Date.now() / 1000);
const request = (over: Partial<MintRequest> = {}): MintRequest => ({
  keys,
  region: REGION,
  userPoolId: POOL,
  clientId: CLIENT,
  sub: SUB,
  username: "alice",
  attributes: { sub: SUB, email: "alice@example.com", email_verified: "true", "custom:team": "blue" },
  nowSec: nowSec(),
  validity: { accessSec: 3600, idSec: 3600, refreshSec: 30 * 86400 },
  ...over,
});
const part = (token: string, i: number) => Buffer.from(token.split(".")[i], "base64url").toString("utf8");
const claimsOf = (token: string) => JSON.parse(part(token, 1));
const verifier = (tokenUse: "access" | "id", clientId = CLIENT, jwksOf = keys) => {
  const v = CognitoJwtVerifier.create({ userPoolId: POOL, tokenUse, clientId });
  v.cacheJwks(jwks(jwksOf));
  return v;
};
async function awsError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isAwsError(e)) return `${e.type}: ${e.awsMessage}`;
    throw e;
  }
  throw new Error("resolved");
}

describe("keys and JWKS", () => {
  test("two RSA keys {alg, e, kid, kty, n, use}, 44-character base64 kids, distinct per use and per pool", () => {
    const set = jwks(keys);
    expect(set.keys).toHaveLength(2);
    for (const key of set.keys) {
      expect(Object.keys(key)).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
      expect(key).toMatchObject({ alg: "RS256", e: "AQAB", kty: "RSA", use: "sig" });
      expect(key.kid).toMatch(/^[A-Za-z0-9+]{43}=$/); // base64 without "/", which Cognito's header would escape
      expect(Buffer.from(key.n, "base64url")).toHaveLength(256); // 2048 bits
    }
    const kids = [keys.id.kid, keys.access.kid, keys.refresh.kid, otherKeys.id.kid, otherKeys.access.kid];
    expect(new Set(kids).size).toBe(5);
    expect(JSON.stringify(set)).not.toContain(keys.refresh.jwk.n); // the refresh key is never published
  });
  test("spare sets, once ready, are each handed out once", async () => {
    const waitFor = async (ready: () => boolean) => {
      const deadline = Date.now() + 30_000;
      while (!ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(ready()).toBe(true);
    };
    await waitFor(() => readyPoolKeySets() >= 1);
    const taken = [newPoolKeys(), newPoolKeys()]; // keys needed twice: the process keeps more sets ready
    await waitFor(() => readyPoolKeySets() >= 2);
    const ready = readyPoolKeySets();
    taken.push(newPoolKeys());
    expect(readyPoolKeySets()).toBe(ready - 1); // taken from the spares, not generated
    const kids = [...taken.flatMap((k) => [k.id.kid, k.access.kid, k.refresh.kid]), keys.id.kid];
    expect(new Set(kids).size).toBe(kids.length);
  });
  test("a book (one mock's): its own sets all differ; a new book (a fresh or reset mock) takes the same sets again; `unique` takes spares", () => {
    const first = new PoolKeyBook();
    const [a, b, c] = [first.take(), first.take(), first.take()];
    expect(new Set([a, b, c].flatMap((k) => [k.id.kid, k.access.kid, k.refresh.kid])).size).toBe(9);
    const again = new PoolKeyBook();
    expect([again.take(), again.take()]).toEqual([a, b]); // the stock, in order
    const restored = new PoolKeyBook();
    restored.skipPast([b.id.kid]); // pools of a restored state hold stock sets up to b: the next pool takes c
    expect(restored.take()).toBe(c);
    const unique = new PoolKeyBook(true).take();
    expect([a, b, c, keys, otherKeys].map((k) => k.id.kid)).not.toContain(unique.id.kid);
  });
  test("keys survive JSON (persisted state): tokens minted before verify after, and the other way round", async () => {
    const minted = await mintTokens(request());
    const revived: PoolKeys = JSON.parse(JSON.stringify(keys));
    await expect(verifyAccessToken(revived, minted.accessToken, { issuer: ISSUER, nowSec: nowSec() })).resolves.toMatchObject({ sub: SUB });
    expect(await openRefreshToken(revived, minted.refreshToken!)).toMatchObject({ origin_jti: minted.originJti });
    const after = await mintTokens(request({ keys: revived }));
    await expect(verifier("access").verify(after.accessToken)).resolves.toMatchObject({ sub: SUB });
  });
});

describe("minted tokens look like Cognito's", () => {
  test("header exactly {kid, alg: RS256}; the ID and access tokens carry their own kids", async () => {
    const t = await mintTokens(request());
    expect(part(t.accessToken, 0)).toBe(JSON.stringify({ kid: keys.access.kid, alg: "RS256" }));
    expect(part(t.idToken, 0)).toBe(JSON.stringify({ kid: keys.id.kid, alg: "RS256" }));
  });
  test("access token claims in §10's order", async () => {
    const at = nowSec();
    const t = await mintTokens(request({ nowSec: at + 0.789, groups: [{ name: "admins" }] }));
    const c = claimsOf(t.accessToken);
    expect(Object.keys(c)).toEqual(["sub", "cognito:groups", "iss", "client_id", "origin_jti", "event_id", "token_use", "scope", "auth_time", "exp", "iat", "jti", "username"]);
    expect(c).toMatchObject({ sub: SUB, iss: ISSUER, client_id: CLIENT, token_use: "access", scope: "aws.cognito.signin.user.admin", auth_time: at, iat: at, exp: at + 3600, username: "alice" });
    expect(c.jti).toMatch(UUID);
    expect(c.origin_jti).toMatch(UUID);
    expect(c.jti).toBe(t.jti);
    expect(t.expiresIn).toBe(3600);
  });
  test("ID token claims in §10's order, verified flags as booleans, no groups claim without groups", async () => {
    const t = await mintTokens(request());
    const c = claimsOf(t.idToken);
    expect(Object.keys(c)).toEqual(["sub", "iss", "cognito:username", "origin_jti", "aud", "event_id", "token_use", "auth_time", "exp", "email", "email_verified", "custom:team", "iat", "jti"]);
    expect(c).toMatchObject({ aud: CLIENT, "cognito:username": "alice", token_use: "id", email_verified: true, "custom:team": "blue" });
    expect(c.origin_jti).toBe(claimsOf(t.accessToken).origin_jti);
    expect(c.event_id).toBe(claimsOf(t.accessToken).event_id);
    expect(c.jti).not.toBe(claimsOf(t.accessToken).jti);
  });
  test("the refresh token is a compact JWE {cty, enc, alg}, opaque", async () => {
    const t = await mintTokens(request());
    const segments = t.refreshToken!.split(".");
    expect(segments).toHaveLength(5);
    expect(part(t.refreshToken!, 0)).toBe(JSON.stringify({ cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" }));
    expect(t.refreshToken).not.toContain(Buffer.from("alice").toString("base64url"));
  });
  test("a refresh keeps auth_time, origin_jti and event_id, mints a new jti, and may mint no refresh token", async () => {
    const first = await mintTokens(request({ nowSec: nowSec() - 600 }));
    const opened = (await openRefreshToken(keys, first.refreshToken!))!;
    const again = await mintTokens(request({ authTimeSec: opened.auth_time, originJti: opened.origin_jti, eventId: opened.event_id, refreshToken: false }));
    const c = claimsOf(again.accessToken);
    expect(c.auth_time).toBe(opened.auth_time);
    expect(c.origin_jti).toBe(first.originJti);
    expect(c.event_id).toBe(first.eventId);
    expect(c.jti).not.toBe(first.jti);
    expect(c.iat).toBeGreaterThan(c.auth_time);
    expect(again.refreshToken).toBeUndefined();
  });
  test("ids come from the given source (a seeded mock's ids)", async () => {
    let n = 0;
    const t = await mintTokens(request({ uuid: () => `00000000-0000-4000-8000-00000000000${n++}` }));
    expect(claimsOf(t.accessToken)).toMatchObject({ origin_jti: "00000000-0000-4000-8000-000000000000", event_id: "00000000-0000-4000-8000-000000000001", jti: "00000000-0000-4000-8000-000000000002" });
  });
});

describe("aws-jwt-verify's CognitoJwtVerifier", () => {
  test("accepts the access and ID tokens", async () => {
    const t = await mintTokens(request());
    await expect(verifier("access").verify(t.accessToken)).resolves.toMatchObject({ sub: SUB, token_use: "access", client_id: CLIENT });
    await expect(verifier("id").verify(t.idToken)).resolves.toMatchObject({ sub: SUB, token_use: "id", aud: CLIENT });
  });
  test("refuses a changed signature or payload", async () => {
    const t = await mintTokens(request());
    const [h, p, s] = t.accessToken.split(".");
    const sig = Buffer.from(s, "base64url");
    sig[10] ^= 1;
    await expect(verifier("access").verify(`${h}.${p}.${sig.toString("base64url")}`)).rejects.toThrow(/signature/i);
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(t.accessToken), username: "mallory" })).toString("base64url");
    await expect(verifier("access").verify(`${h}.${forged}.${s}`)).rejects.toThrow(/signature/i);
  });
  test("refuses another audience / client", async () => {
    const t = await mintTokens(request());
    await expect(verifier("access", "4n4b5urk1ft4fl3mg5e62d9ado").verify(t.accessToken)).rejects.toThrow(/^Client ID not allowed/);
    await expect(verifier("id", "4n4b5urk1ft4fl3mg5e62d9ado").verify(t.idToken)).rejects.toThrow(/^Client ID \("audience"\) not allowed/);
  });
  test("refuses an expired token", async () => {
    const t = await mintTokens(request({ nowSec: nowSec() - 7200 }));
    await expect(verifier("access").verify(t.accessToken)).rejects.toThrow(/expired/i);
    await expect(verifier("id").verify(t.idToken)).rejects.toThrow(/expired/i);
  });
  test("refuses the wrong token_use", async () => {
    const t = await mintTokens(request());
    await expect(verifier("access").verify(t.idToken)).rejects.toThrow("Token use not allowed: id. Expected: access");
    await expect(verifier("id").verify(t.accessToken)).rejects.toThrow("Token use not allowed: access. Expected: id");
  });
  // verifySync: an unknown kid makes the async verify fetch the real JWKS URL; the sync one only reads the cache.
  test("refuses another pool's keys and another pool's issuer", async () => {
    const foreignKey = await mintTokens(request({ keys: otherKeys }));
    expect(() => verifier("access").verifySync(foreignKey.accessToken)).toThrow(/^JWK for kid .* not found in the JWKS$/);
    const foreignIssuer = await mintTokens(request({ userPoolId: "eu-west-1_Other1234" }));
    expect(() => verifier("access").verifySync(foreignIssuer.accessToken)).toThrow(/^issuer not configured/);
  });
});

describe("verifyAccessToken (what GetUser and friends call)", () => {
  const expectAt = (now = nowSec()) => ({ issuer: ISSUER, nowSec: now });
  test("returns the claims of a good token", async () => {
    const t = await mintTokens(request());
    await expect(verifyAccessToken(keys, t.accessToken, expectAt())).resolves.toMatchObject({ sub: SUB, username: "alice", client_id: CLIENT, jti: t.jti });
  });
  test("expired: NotAuthorizedException 'Access Token has expired'", async () => {
    const t = await mintTokens(request());
    expect(await awsError(verifyAccessToken(keys, t.accessToken, expectAt(nowSec() + 3600)))).toBe("NotAuthorizedException: Access Token has expired");
    await expect(verifyAccessToken(keys, t.accessToken, expectAt(nowSec() + 3599))).resolves.toBeDefined();
  });
  test("everything else: NotAuthorizedException 'Invalid Access Token'", async () => {
    const t = await mintTokens(request());
    const other = await mintTokens(request({ keys: otherKeys }));
    const [h, p, s] = t.accessToken.split(".");
    const flipped = Buffer.from(s, "base64url");
    flipped[0] ^= 1;
    const invalid = "NotAuthorizedException: Invalid Access Token";
    for (const bad of [t.idToken, other.accessToken, `${h}.${p}.${flipped.toString("base64url")}`, `${h}.${p}.`, "", "abc", t.refreshToken!])
      expect(await awsError(verifyAccessToken(keys, bad, expectAt()))).toBe(invalid);
    expect(await awsError(verifyAccessToken(keys, t.accessToken, { issuer: issuerOf(REGION, "eu-west-1_Other1234"), nowSec: nowSec() }))).toBe(invalid);
    expect(await awsError(verifyAccessToken(keys, 42 as unknown as string, expectAt()))).toBe(invalid);
  });
});

describe("openRefreshToken", () => {
  test("opens this pool's token for its client, before expiry", async () => {
    const t = await mintTokens(request());
    const opened = await openRefreshToken(keys, t.refreshToken!, { issuer: ISSUER, clientId: CLIENT, nowSec: nowSec() });
    expect(opened).toMatchObject({ iss: ISSUER, client_id: CLIENT, sub: SUB, username: "alice", origin_jti: t.originJti, event_id: t.eventId });
  });
  test("refuses another pool's, another client's, an expired, an altered or a foreign token", async () => {
    const t = await mintTokens(request());
    expect(await openRefreshToken(otherKeys, t.refreshToken!)).toBeUndefined();
    expect(await openRefreshToken(keys, t.refreshToken!, { clientId: "4n4b5urk1ft4fl3mg5e62d9ado" })).toBeUndefined();
    expect(await openRefreshToken(keys, t.refreshToken!, { issuer: issuerOf(REGION, "eu-west-1_Other1234") })).toBeUndefined();
    expect(await openRefreshToken(keys, t.refreshToken!, { nowSec: nowSec() + 30 * 86400 })).toBeUndefined();
    const segments = t.refreshToken!.split(".");
    const ct = Buffer.from(segments[3], "base64url");
    ct[0] ^= 1;
    segments[3] = ct.toString("base64url");
    expect(await openRefreshToken(keys, segments.join("."))).toBeUndefined();
    for (const bad of [t.accessToken, "", "a.b.c.d.e", "not a token"]) expect(await openRefreshToken(keys, bad)).toBeUndefined();
  });
});

describe("tokenValidity", () => {
  test("defaults 1 h / 1 h / 30 days; the client's units apply", () => {
    expect(tokenValidity({})).toEqual({ accessSec: 3600, idSec: 3600, refreshSec: 30 * 86400 });
    expect(tokenValidity({ AccessTokenValidity: 5, IdTokenValidity: 2, RefreshTokenValidity: 60, TokenValidityUnits: { AccessToken: "minutes", IdToken: "hours", RefreshToken: "minutes" } })).toEqual({
      accessSec: 300,
      idSec: 7200,
      refreshSec: 3600,
    });
    expect(tokenValidity({ AccessTokenValidity: 2 })).toEqual({ accessSec: 7200, idSec: 3600, refreshSec: 30 * 86400 });
  });
});
