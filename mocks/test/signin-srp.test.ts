// The server side of SRP against clients we did not write: amazon-cognito-identity-js 6.3.x (its real
// CognitoUser.authenticateUser over a stand-in transport, and its AuthenticationHelper) and Amplify v6's SRP helpers.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { srpClaim, srpStart } from "../../suites/cases/behaviour/sign-in-client.ts";
import { issuerOf, jwks, mintTokens, newPoolKeys } from "../tokens/index.ts";
import {
  acceptableA,
  decoyVerifier,
  formatTimestamp,
  g,
  hexHash,
  k,
  makeVerifier,
  modPow,
  N,
  padHex,
  parseTimestamp,
  poolNameOf,
  serverChallenge,
  TIMESTAMP_WINDOW_MS,
  verifyPasswordClaim,
} from "../signin/srp/index.ts";
import { modPowBigInt } from "../signin/srp/mod-pow.ts";

const require = createRequire(import.meta.url);
const identity = require("amazon-cognito-identity-js");
const AuthenticationHelper = require("amazon-cognito-identity-js/lib/AuthenticationHelper.js").default;
const BigInteger = require("amazon-cognito-identity-js/lib/BigInteger.js").default;

const POOL_ID = "us-east-1_AbC123xYz";
const POOL_NAME = poolNameOf(POOL_ID);
const CLIENT_ID = "3n4b5urk1ft4fl3mg5e62d9ado";
const USER_ID = "7c2f1e0a-5b9d-4e8f-a1c3-0d2e4f6a8b9c"; // USER_ID_FOR_SRP: the sub in pools that sign in by email
const PASSWORD = "Corr3ct-horse!";
const nowMs = Date.UTC(2023, 2, 5, 9, 7, 3); // Sun Mar 5 09:07:03 UTC 2023: a one-digit day

interface Issued {
  saltHex: string;
  verifierHex: string;
  bHex: string;
  BHex: string;
  secretBlockB64: string;
}
function issue(password = PASSWORD): Issued {
  const { saltHex, verifierHex } = makeVerifier(POOL_NAME, USER_ID, password);
  return { saltHex, verifierHex, ...serverChallenge(verifierHex), secretBlockB64: randomBytes(64).toString("base64") };
}

interface Claim {
  AHex: string;
  signatureB64: string;
  timestamp: string;
}

/**
 * The claim as amazon-cognito-identity-js's CognitoUser sends it (its own key, HMAC message and TIMESTAMP from its
 * DateHelper, on a clock set to `at`), captured from its RespondToAuthChallenge request: nothing of the mock's code
 * builds it, so a mistake shared by the mock's verifier and a hand-built message cannot pass.
 */
async function identityJsClaim(server: Issued, password: string, options: { userId?: string; at?: number } = {}): Promise<Claim> {
  const userId = options.userId ?? USER_ID;
  vi.useFakeTimers({ toFake: ["Date"], now: options.at ?? nowMs });
  try {
    return await new Promise<Claim>((resolve, reject) => {
      let AHex = "";
      let captured = false;
      const pool = new identity.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID });
      pool.client = {
        request(operation: string, params: any, callback: (err: unknown, data?: unknown) => void) {
          if (operation === "InitiateAuth") {
            AHex = params.AuthParameters.SRP_A;
            const ChallengeParameters = { SALT: server.saltHex, SECRET_BLOCK: server.secretBlockB64, SRP_B: server.BHex, USERNAME: userId, USER_ID_FOR_SRP: userId };
            return callback(null, { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters });
          }
          const r = params.ChallengeResponses;
          captured = true;
          resolve({ AHex, signatureB64: r.PASSWORD_CLAIM_SIGNATURE, timestamp: r.TIMESTAMP });
          callback({ code: "NotAuthorizedException", message: "captured by the test" });
        },
      };
      const user = new identity.CognitoUser({ Username: userId, Pool: pool });
      user.authenticateUser(new identity.AuthenticationDetails({ Username: userId, Password: password }), {
        onSuccess: () => reject(new Error("the stand-in transport never answers tokens")),
        onFailure: (e: unknown) => (captured ? undefined : reject(e)),
      });
    });
  } finally {
    vi.useRealTimers();
  }
}

const check = (server: Issued, claim: { AHex: string; signatureB64: string }, timestamp: string, at = nowMs) =>
  verifyPasswordClaim({ poolName: POOL_NAME, userIdForSrp: USER_ID, ...server, ...claim, timestamp, nowMs: at });

describe("SRP group and helpers (the clients' constants)", () => {
  test("k and padHex agree with amazon-cognito-identity-js", () => {
    const helper = new AuthenticationHelper(POOL_NAME);
    expect(k.toString(16)).toBe(helper.k.toString(16));
    expect(N.toString(16)).toBe(helper.N.toString(16));
    for (const n of [1n, 0x7fn, 0x80n, 0xabcn, N, k]) expect(padHex(n)).toBe(helper.padHex(new BigInteger(n.toString(16), 16)));
    expect(hexHash("00ff")).toBe(helper.hexHash("00ff"));
  });
  test("padHex agrees with identity-js on random values, most-significant-bit boundaries included", () => {
    const helper = new AuthenticationHelper(POOL_NAME);
    // Random byte strings: half start with a byte ≥ 0x80 (the "00" case), leading zero bytes give odd lengths.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 384 }), (bytes) => {
        const value = BigInt(`0x${Buffer.from(bytes).toString("hex")}`);
        if (value === 0n) return;
        expect(padHex(value)).toBe(helper.padHex(new BigInteger(value.toString(16), 16)));
      }),
      { numRuns: 300 },
    );
  });
  test("modPow (OpenSSL path) equals square-and-multiply, also for the trivial bases", () => {
    for (let i = 0; i < 8; i++) {
      const base = BigInt(`0x${randomBytes(384).toString("hex")}`);
      const exp = BigInt(`0x${randomBytes(i % 2 ? 32 : 128).toString("hex")}`);
      expect(modPow(base, exp, N)).toBe(modPowBigInt(base, exp, N));
    }
    for (const base of [0n, 1n, N - 1n, N, N + 2n]) expect(modPow(base, 12345n, N)).toBe(modPowBigInt(base, 12345n, N));
    expect(modPow(g, 0n, N)).toBe(1n);
    expect(modPow(3n, 5n, 7n)).toBe(5n);
  });
  test("A ≡ 0 mod N is refused, as non-hex is", () => {
    expect(acceptableA("0")).toBe(false);
    expect(acceptableA(N.toString(16))).toBe(false);
    expect(acceptableA((2n * N).toString(16))).toBe(false);
    expect(acceptableA("xyz")).toBe(false);
    expect(acceptableA("")).toBe(false);
    expect(acceptableA("f".repeat(1025))).toBe(false); // longer than any A below N, padded or not
    expect(acceptableA(`00${(N - 1n).toString(16)}`)).toBe(true);
    expect(acceptableA(modPow(g, 99n, N).toString(16))).toBe(true);
  });
});

describe("TIMESTAMP", () => {
  test("formats as the clients do: English names, day not padded", () => {
    expect(formatTimestamp(new Date(nowMs))).toBe("Sun Mar 5 09:07:03 UTC 2023");
    expect(formatTimestamp(new Date(Date.UTC(2024, 11, 31, 23, 59, 59)))).toBe("Tue Dec 31 23:59:59 UTC 2024");
    const DateHelper = require("amazon-cognito-identity-js/lib/DateHelper.js").default;
    expect(parseTimestamp(new DateHelper().getNowString())).toBeInstanceOf(Date);
  });
  test("parses strictly", () => {
    expect(parseTimestamp("Sun Mar 5 09:07:03 UTC 2023")?.getTime()).toBe(nowMs);
    for (const bad of [
      "Sun Mar 05 09:07:03 UTC 2023", // padded day
      "Mon Mar 5 09:07:03 UTC 2023", // wrong weekday
      "Sun Mar 5 9:07:03 UTC 2023", // unpadded hour
      "Sun Mar 5 09:07:03 GMT 2023",
      "sun mar 5 09:07:03 UTC 2023",
      "Wed Feb 30 09:07:03 UTC 2023", // no such day
      "Sun Mar 5 24:00:00 UTC 2023",
      "Sun Mar 5 09:07:03 UTC 2023 ",
      "",
    ])
      expect(parseTimestamp(bad), bad).toBeUndefined();
  });
});

describe("PASSWORD_VERIFIER against amazon-cognito-identity-js's AuthenticationHelper", () => {
  const timestamp = "Sun Mar 5 09:07:03 UTC 2023";
  test("the right password verifies", async () => {
    const server = issue();
    const claim = await identityJsClaim(server, PASSWORD);
    expect(claim.timestamp).toBe(timestamp); // the client's own DateHelper at nowMs
    expect(check(server, claim, claim.timestamp)).toBe(true);
  });
  test("non-ASCII user ids and passwords are hashed as the client hashes them (UTF-8)", async () => {
    const { saltHex, verifierHex } = makeVerifier(POOL_NAME, "ünïcødé-用户", "pässwörd-✓-🔑");
    const server = { saltHex, verifierHex, ...serverChallenge(verifierHex), secretBlockB64: randomBytes(64).toString("base64") };
    const claim = await identityJsClaim(server, "pässwörd-✓-🔑", { userId: "ünïcødé-用户" });
    expect(verifyPasswordClaim({ poolName: POOL_NAME, userIdForSrp: "ünïcødé-用户", ...server, ...claim, nowMs })).toBe(true);
  });
  test("a wrong password does not", async () => {
    const server = issue();
    expect(check(server, await identityJsClaim(server, "Wr0ng-horse!"), timestamp)).toBe(false);
  });
  test("a padded day fails although the client signed exactly that text", async () => {
    const server = issue();
    // The suite's own SRP client (not the mock's code) signs the padded form, which no real client sends.
    vi.useFakeTimers({ toFake: ["Date"], now: nowMs });
    try {
      const { SRP_A, srpSecret } = srpStart();
      const claim = srpClaim({ poolId: POOL_ID, userId: USER_ID, password: PASSWORD, SRP_B: server.BHex, SALT: server.saltHex, SECRET_BLOCK: server.secretBlockB64, srpSecret, timestamp: "padded-day" });
      expect(claim.TIMESTAMP).toBe("Sun Mar 05 09:07:03 UTC 2023");
      expect(check(server, { AHex: SRP_A, signatureB64: claim.PASSWORD_CLAIM_SIGNATURE }, claim.TIMESTAMP)).toBe(false);
      // The same client with the unpadded day verifies: only the padding is refused.
      const fair = srpClaim({ poolId: POOL_ID, userId: USER_ID, password: PASSWORD, SRP_B: server.BHex, SALT: server.saltHex, SECRET_BLOCK: server.secretBlockB64, srpSecret });
      expect(check(server, { AHex: SRP_A, signatureB64: fair.PASSWORD_CLAIM_SIGNATURE }, fair.TIMESTAMP)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
  test(`a timestamp more than ${TIMESTAMP_WINDOW_MS / 60000} minutes from the server's clock fails, either way`, async () => {
    const server = issue();
    const claim = await identityJsClaim(server, PASSWORD);
    expect(check(server, claim, timestamp, nowMs + TIMESTAMP_WINDOW_MS)).toBe(true);
    expect(check(server, claim, timestamp, nowMs + TIMESTAMP_WINDOW_MS + 1000)).toBe(false);
    expect(check(server, claim, timestamp, nowMs - TIMESTAMP_WINDOW_MS - 1000)).toBe(false);
  });
  test("a changed signature, secret block, B or A fails; A ≡ 0 fails", async () => {
    const server = issue();
    const claim = await identityJsClaim(server, PASSWORD);
    const flipped = Buffer.from(claim.signatureB64, "base64");
    flipped[0] ^= 1;
    expect(check(server, { ...claim, signatureB64: flipped.toString("base64") }, timestamp)).toBe(false);
    expect(check(server, { ...claim, signatureB64: "AAAA" }, timestamp)).toBe(false);
    expect(check(server, { ...claim, signatureB64: "not base64!" }, timestamp)).toBe(false);
    expect(check({ ...server, secretBlockB64: randomBytes(64).toString("base64") }, claim, timestamp)).toBe(false);
    expect(check({ ...server, ...serverChallenge(server.verifierHex) }, claim, timestamp)).toBe(false);
    expect(check(server, { ...claim, AHex: N.toString(16) }, timestamp)).toBe(false);
    expect(check(server, { ...claim, AHex: "0" }, timestamp)).toBe(false);
    expect(check(server, { ...claim, signatureB64: undefined as unknown as string }, timestamp)).toBe(false);
    expect(check(server, claim, undefined as unknown as string)).toBe(false);
  });
  test("a verifier from another salt or user id does not verify", async () => {
    const server = issue();
    const claim = await identityJsClaim(server, PASSWORD);
    const other = makeVerifier(POOL_NAME, "someone-else", PASSWORD, server.saltHex);
    expect(check({ ...server, verifierHex: other.verifierHex }, claim, timestamp)).toBe(false);
    expect(makeVerifier(POOL_NAME, USER_ID, PASSWORD, server.saltHex).verifierHex).toBe(server.verifierHex);
  });
});

describe("the decoy verifier (unknown users under PreventUserExistenceErrors ENABLED)", () => {
  test("same salt and verifier every time for a user, different across users and secrets", () => {
    const a = decoyVerifier(POOL_NAME, "nobody", "mock-secret");
    expect(decoyVerifier(POOL_NAME, "nobody", "mock-secret")).toEqual(a);
    expect(a.saltHex).toMatch(/^[0-9a-f]{32}$/);
    expect(decoyVerifier(POOL_NAME, "nobody2", "mock-secret").saltHex).not.toBe(a.saltHex);
    expect(decoyVerifier(POOL_NAME, "nobody", "other-secret").saltHex).not.toBe(a.saltHex);
  });
  test("no password answers it", async () => {
    const decoy = decoyVerifier(POOL_NAME, USER_ID, "mock-secret");
    const server = { ...decoy, ...serverChallenge(decoy.verifierHex), secretBlockB64: randomBytes(64).toString("base64") };
    const timestamp = "Sun Mar 5 09:07:03 UTC 2023";
    expect(check(server, await identityJsClaim(server, PASSWORD), timestamp)).toBe(false);
  });
});

describe("a full authenticateUser of amazon-cognito-identity-js (real CognitoUser, stand-in transport)", () => {
  // The transport answers InitiateAuth and RespondToAuthChallenge with this module only; the client's own clock
  // signs the TIMESTAMP, so the server's clock (serverSkewMs) decides whether it is fresh.
  function signIn(password: string, serverSkewMs = 0): Promise<any> {
    const stored = makeVerifier(POOL_NAME, USER_ID, PASSWORD);
    let issued: (Issued & { AHex: string }) | undefined;
    const pool = new identity.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID });
    pool.client = {
      request(operation: string, params: any, callback: (err: unknown, data?: unknown) => void) {
        if (operation === "InitiateAuth") {
          expect(params.AuthFlow).toBe("USER_SRP_AUTH");
          if (!acceptableA(params.AuthParameters.SRP_A)) return callback({ code: "InvalidParameterException" });
          issued = { ...stored, ...serverChallenge(stored.verifierHex), secretBlockB64: randomBytes(64).toString("base64"), AHex: params.AuthParameters.SRP_A };
          const ChallengeParameters = { SALT: issued.saltHex, SECRET_BLOCK: issued.secretBlockB64, SRP_B: issued.BHex, USERNAME: USER_ID, USER_ID_FOR_SRP: USER_ID };
          return callback(null, { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters });
        }
        expect(operation).toBe("RespondToAuthChallenge");
        const r = params.ChallengeResponses;
        const ok =
          issued !== undefined &&
          r.PASSWORD_CLAIM_SECRET_BLOCK === issued.secretBlockB64 &&
          verifyPasswordClaim({
            poolName: POOL_NAME,
            userIdForSrp: r.USERNAME,
            ...issued,
            timestamp: r.TIMESTAMP,
            signatureB64: r.PASSWORD_CLAIM_SIGNATURE,
            nowMs: Date.now() + serverSkewMs,
          });
        if (!ok) return callback({ code: "NotAuthorizedException", message: "Incorrect username or password." });
        const validity = { accessSec: 3600, idSec: 3600, refreshSec: 86400 };
        mintTokens({ keys, region: "us-east-1", userPoolId: POOL_ID, clientId: CLIENT_ID, sub: USER_ID, username: USER_ID, nowSec: Date.now() / 1000, validity }).then(
          (t) => callback(null, { ChallengeParameters: {}, AuthenticationResult: { AccessToken: t.accessToken, ExpiresIn: t.expiresIn, TokenType: "Bearer", RefreshToken: t.refreshToken, IdToken: t.idToken } }),
          (e) => callback(e),
        );
      },
    };
    const user = new identity.CognitoUser({ Username: "alice@example.com", Pool: pool });
    return new Promise((resolve) =>
      user.authenticateUser(new identity.AuthenticationDetails({ Username: "alice@example.com", Password: password }), {
        onSuccess: (session: any) => resolve(session),
        onFailure: (err: { code?: string }) => resolve(err.code ?? String(err)),
      }),
    );
  }
  const keys = newPoolKeys();
  test("signs in with the right password; the session's tokens pass identity-js and aws-jwt-verify", async () => {
    const session = await signIn(PASSWORD);
    expect(typeof session).not.toBe("string");
    expect(session.isValid()).toBe(true);
    expect(session.getIdToken().decodePayload()).toMatchObject({ iss: issuerOf("us-east-1", POOL_ID), aud: CLIENT_ID });
    const verifier = CognitoJwtVerifier.create({ userPoolId: POOL_ID, tokenUse: "access", clientId: CLIENT_ID });
    verifier.cacheJwks(jwks(keys));
    await expect(verifier.verify(session.getAccessToken().getJwtToken())).resolves.toMatchObject({ sub: USER_ID, token_use: "access" });
  });
  test("is refused with a wrong password", async () => {
    expect(await signIn("Wr0ng-horse!")).toBe("NotAuthorizedException");
  });
  test("is refused when the server's clock is 10 minutes ahead (a stale TIMESTAMP)", async () => {
    expect(await signIn(PASSWORD, 10 * 60 * 1000)).toBe("NotAuthorizedException");
  });
});

describe("PASSWORD_VERIFIER against Amplify v6's SRP helpers", async () => {
  // @aws-amplify/auth exports no SRP entry point; its published ESM files are imported by path.
  const srp = "../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp";
  const { getAuthenticationHelper } = await import(`${srp}/getAuthenticationHelper.mjs`);
  const { getSignatureString } = await import(`${srp}/getSignatureString.mjs`);
  const AmplifyBigInteger = (await import(`${srp}/BigInteger/BigInteger.mjs`)).default;
  const timestamp = "Sun Mar 5 09:07:03 UTC 2023";

  async function amplifyClaim(server: Issued, password: string) {
    const helper = await getAuthenticationHelper(POOL_NAME);
    const hkdf = await helper.getPasswordAuthenticationKey({
      username: USER_ID,
      password,
      serverBValue: new AmplifyBigInteger(server.BHex, 16),
      salt: new AmplifyBigInteger(server.saltHex, 16),
    });
    const signatureB64 = getSignatureString({
      userPoolName: POOL_NAME,
      username: USER_ID,
      challengeParameters: { SECRET_BLOCK: server.secretBlockB64 },
      dateNow: timestamp,
      hkdf,
    });
    return { AHex: helper.A.toString(16), signatureB64 };
  }
  test("the right password verifies, a wrong one does not", async () => {
    const server = issue();
    expect(check(server, await amplifyClaim(server, PASSWORD), timestamp)).toBe(true);
    expect(check(server, await amplifyClaim(server, "Wr0ng-horse!"), timestamp)).toBe(false);
  });
});
