// SECRET_HASH against an independent computation (the documented formula through Web Crypto) and TOTP against
// otplib-generated codes and RFC 6238's test vectors.
import { generateSync } from "otplib";
import { describe, expect, test } from "vitest";
import { secretHash, secretHashMatches } from "../signin/secret-hash.ts";
import { newTotpSecret, totpMatches } from "../signin/totp.ts";

const SECRET = "1q2w3e4r5t6y7u8i9o0pazsxdcfvgbhnjmkl1q2w3e4r5t6y7u8";
const CLIENT = "3n4b5urk1ft4fl3mg5e62d9ado";

describe("SECRET_HASH", () => {
  test("is Base64(HMAC-SHA256(secret, username + clientId))", async () => {
    const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`alice${CLIENT}`));
    expect(secretHash(SECRET, "alice", CLIENT)).toBe(Buffer.from(mac).toString("base64"));
  });
  test("matches only the right secret, username and client", () => {
    const hash = secretHash(SECRET, "alice", CLIENT);
    expect(secretHashMatches(SECRET, "alice", CLIENT, hash)).toBe(true);
    expect(secretHashMatches(SECRET, "bob", CLIENT, hash)).toBe(false);
    expect(secretHashMatches(SECRET, "alice", "4n4b5urk1ft4fl3mg5e62d9ado", hash)).toBe(false);
    expect(secretHashMatches(`${SECRET}x`, "alice", CLIENT, hash)).toBe(false);
  });
  test("refuses malformed or truncated values without throwing", () => {
    const hash = secretHash(SECRET, "alice", CLIENT);
    for (const bad of ["", "AAAA", hash.slice(0, -2), `${hash}AA`, hash.replace(/=$/, ""), "%%%%", hash.toLowerCase()])
      expect(secretHashMatches(SECRET, "alice", CLIENT, bad), bad).toBe(false);
    expect(secretHashMatches(SECRET, "alice", CLIENT, undefined as unknown as string)).toBe(false);
  });
});

describe("TOTP", () => {
  test("new secrets are 160-bit base32", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });
  test("accepts otplib's code for this step and the steps either side, not two away", () => {
    const secret = newTotpSecret();
    const t = 1_700_000_010; // seconds, inside a step
    const code = generateSync({ secret, epoch: t });
    expect(totpMatches(secret, code, t * 1000)).toBe(true);
    expect(totpMatches(secret, code, (t + 30) * 1000)).toBe(true);
    expect(totpMatches(secret, code, (t - 30) * 1000)).toBe(true);
    expect(totpMatches(secret, code, (t + 60) * 1000)).toBe(false);
    expect(totpMatches(secret, code, (t - 60) * 1000)).toBe(false);
    expect(totpMatches(newTotpSecret(), code, t * 1000)).toBe(false);
  });
  // RFC 6238 Appendix B, SHA-1, secret "12345678901234567890": the 6-digit code is the last 6 of the 8-digit value.
  const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of the ASCII "12345678901234567890"
  test.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("RFC 6238 vector at T=%i", (seconds, eight) => {
    expect(totpMatches(RFC_SECRET, eight.slice(2), seconds * 1000)).toBe(true);
    const wrong = String((Number(eight.slice(2)) + 1) % 1_000_000).padStart(6, "0");
    expect(totpMatches(RFC_SECRET, wrong, seconds * 1000)).toBe(false);
  });
  test("refuses codes that are not 6 digits and undecodable secrets", () => {
    const secret = newTotpSecret();
    const code = generateSync({ secret, epoch: 1_700_000_010 });
    for (const bad of ["", code.slice(1), `${code}0`, ` ${code}`, "abcdef"]) expect(totpMatches(secret, bad, 1_700_000_010_000)).toBe(false);
    expect(totpMatches("not base32 !", code, 1_700_000_010_000)).toBe(false);
  });
});
