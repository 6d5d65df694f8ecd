// Bad input to the crypto modules is a wrong answer, never a crash: whatever strings a request carries, the
// checks return false / undefined or reject with the AwsError the engine sends.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isAwsError } from "../protocol/errors.ts";
import { secretHashMatches } from "../signin/secret-hash.ts";
import { acceptableA, makeVerifier, parseTimestamp, serverChallenge, verifyPasswordClaim } from "../signin/srp/index.ts";
import { totpMatches } from "../signin/totp.ts";
import { issuerOf, mintTokens, newPoolKeys, openRefreshToken, verifyAccessToken } from "../tokens/index.ts";

const hexish = fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-fA-F]{0,800}$/), fc.constant(""));
const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[A-Za-z0-9+/=]{0,120}$/));

describe("never throws on arbitrary input", () => {
  const stored = makeVerifier("AbC123xYz", "alice", "Corr3ct-horse!");
  const challenge = serverChallenge(stored.verifierHex);
  test("verifyPasswordClaim, acceptableA, parseTimestamp", () => {
    fc.assert(
      fc.property(hexish, text, text, text, text, (AHex, secretBlockB64, timestamp, signatureB64, userIdForSrp) => {
        expect(verifyPasswordClaim({ poolName: "AbC123xYz", userIdForSrp, ...stored, ...challenge, AHex, secretBlockB64, timestamp, signatureB64 })).toBe(false);
        expect(typeof acceptableA(AHex)).toBe("boolean");
        expect(parseTimestamp(timestamp) === undefined || parseTimestamp(timestamp) instanceof Date).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  test("secretHashMatches, totpMatches", () => {
    fc.assert(
      fc.property(text, text, fc.string(), (presented, secret, code) => {
        expect(secretHashMatches("s3cr3t", "alice", "3n4b5urk1ft4fl3mg5e62d9ado", presented)).toBe(false);
        expect(totpMatches(secret, code, Date.now())).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  test("verifyAccessToken rejects with an AwsError, openRefreshToken answers undefined", async () => {
    const keys = newPoolKeys();
    const issuer = issuerOf("us-east-1", "us-east-1_AbC123xYz");
    const real = await mintTokens({
      keys,
      region: "us-east-1",
      userPoolId: "us-east-1_AbC123xYz",
      clientId: "3n4b5urk1ft4fl3mg5e62d9ado",
      sub: "s",
      username: "alice",
      nowSec: Date.now() / 1000,
      validity: { accessSec: 3600, idSec: 3600, refreshSec: 3600 },
    });
    // Arbitrary strings, and real tokens with one segment replaced by arbitrary base64url.
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/);
    const spliced = (token: string) => fc.tuple(fc.nat(token.split(".").length - 1), segment).map(([i, s]) => token.split(".").map((p, j) => (j === i ? s : p)).join("."));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), spliced(real.accessToken), spliced(real.refreshToken!)), async (token) => {
        try {
          await verifyAccessToken(keys, token, { issuer, nowSec: Date.now() / 1000 });
          expect(token).toBe(real.accessToken); // only the untouched token passes
        } catch (e) {
          expect(isAwsError(e) && e.type === "NotAuthorizedException").toBe(true);
        }
        const opened = await openRefreshToken(keys, token);
        if (opened) expect(token).toBe(real.refreshToken);
      }),
      { numRuns: 100 },
    );
  });
});
