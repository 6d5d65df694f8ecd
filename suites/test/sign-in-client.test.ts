// The suite's client-side sign-in code agrees with implementations we did not write: amazon-cognito-identity-js's
// AuthenticationHelper derives the same PASSWORD_VERIFIER key from the same a, B and salt; a server computing S
// from the verifier agrees too; TOTP codes equal otplib's and RFC 6238's test vector.
import { createHash, createHmac, randomBytes } from "node:crypto";
// @ts-expect-error: exported at run time, absent from the package's type declarations
import { AuthenticationHelper } from "amazon-cognito-identity-js";
// @ts-expect-error: the package ships no types for its BigInteger module
import BigIntegerModule from "amazon-cognito-identity-js/lib/BigInteger.js";
import { generateSync } from "otplib";
import { describe, expect, test } from "vitest";
import { padHex, secretHash, srpClaim, srpStart, srpTimestamp, totp } from "../cases/behaviour/sign-in-client.ts";

const BigInteger = (BigIntegerModule as { default?: any }).default ?? BigIntegerModule;

// The group once more, independently of the module under test: RFC 5054 3072-bit, g = 2.
const N = BigInt(`0x${new AuthenticationHelper("x").N.toString(16)}`);
const modPow = (b: bigint, e: bigint, m: bigint) => {
  let r = 1n;
  for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
};
const hexHash = (hex: string) => createHash("sha256").update(Buffer.from(hex, "hex")).digest("hex");
const H = (hex: string) => BigInt(`0x${hexHash(hex)}`);

describe("SRP (Cognito's variant)", () => {
  const poolId = "eu-west-1_AbCdEfGh1";
  const poolName = "AbCdEfGh1";
  const userId = "7f3a-user-id";
  const password = "Corr3ct-horse!";
  const saltHex = randomBytes(16).toString("hex");
  const secretBlock = randomBytes(64).toString("base64");
  const x = H(padHex(BigInt(`0x${saltHex}`)) + createHash("sha256").update(`${poolName}${userId}:${password}`).digest("hex"));
  const v = modPow(2n, x, N);
  const k = H(padHex(N) + padHex(2n));
  const b = BigInt(`0x${randomBytes(32).toString("hex")}`);
  const B = (k * v + modPow(2n, b, N)) % N;

  test("the signature equals one made with amazon-cognito-identity-js's key for the same a", async () => {
    const { SRP_A, srpSecret } = srpStart();
    const { PASSWORD_CLAIM_SIGNATURE, TIMESTAMP } = srpClaim({ poolId, userId, password, SRP_B: B.toString(16), SALT: saltHex, SECRET_BLOCK: secretBlock, srpSecret });
    const helper = new AuthenticationHelper(poolName) as any;
    helper.smallAValue = new BigInteger(srpSecret, 16);
    helper.largeAValue = new BigInteger(SRP_A, 16);
    const key: Buffer = await new Promise((resolve, reject) =>
      helper.getPasswordAuthenticationKey(userId, password, new BigInteger(B.toString(16), 16), new BigInteger(saltHex, 16), (e: Error | null, hkdf: Buffer) =>
        e ? reject(e) : resolve(hkdf),
      ),
    );
    const message = Buffer.concat([Buffer.from(poolName), Buffer.from(userId), Buffer.from(secretBlock, "base64"), Buffer.from(TIMESTAMP)]);
    expect(PASSWORD_CLAIM_SIGNATURE).toBe(createHmac("sha256", key).update(message).digest("base64"));
  });

  test("a server holding only the verifier derives the same key: S = (A·v^u)^b", () => {
    const { SRP_A, srpSecret } = srpStart();
    const A = BigInt(`0x${SRP_A}`);
    const u = H(padHex(A) + padHex(B));
    const S = modPow((A * modPow(v, u, N)) % N, b, N);
    const prk = createHmac("sha256", Buffer.from(padHex(u), "hex")).update(Buffer.from(padHex(S), "hex")).digest();
    const key = createHmac("sha256", prk).update(Buffer.concat([Buffer.from("Caldera Derived Key"), Buffer.from([1])])).digest().subarray(0, 16);
    const claim = srpClaim({ poolId, userId, password, SRP_B: B.toString(16), SALT: saltHex, SECRET_BLOCK: secretBlock, srpSecret });
    const message = Buffer.concat([Buffer.from(poolName), Buffer.from(userId), Buffer.from(secretBlock, "base64"), Buffer.from(claim.TIMESTAMP)]);
    expect(claim.PASSWORD_CLAIM_SIGNATURE).toBe(createHmac("sha256", key).update(message).digest("base64"));
    const wrong = srpClaim({ poolId, userId, password: `${password}x`, SRP_B: B.toString(16), SALT: saltHex, SECRET_BLOCK: secretBlock, srpSecret });
    expect(wrong.PASSWORD_CLAIM_SIGNATURE).not.toBe(claim.PASSWORD_CLAIM_SIGNATURE);
  });

  test("padHex and the timestamp follow §10", () => {
    expect([padHex(0x1n), padHex(0x7fn), padHex(0x80n), padHex(0xabcn)]).toEqual(["01", "7f", "0080", "0abc"]);
    const march5 = new Date(Date.UTC(2023, 2, 5, 9, 7, 3));
    expect(srpTimestamp(march5)).toBe("Sun Mar 5 09:07:03 UTC 2023");
    expect(srpTimestamp(march5, { padDay: true })).toBe("Sun Mar 05 09:07:03 UTC 2023");
    expect(srpClaim({ poolId, userId, password, SRP_B: B.toString(16), SALT: saltHex, SECRET_BLOCK: secretBlock, srpSecret: "5", timestamp: "padded-day" }).TIMESTAMP).toMatch(
      /^\w{3} \w{3} 0\d+ /,
    );
  });
});

test("SECRET_HASH is Base64(HMAC-SHA256(secret, username + clientId))", () => {
  expect(secretHash("s3cret", "bob", "client1")).toBe(createHmac("sha256", "s3cret").update("bobclient1").digest("base64"));
});

test("TOTP: RFC 6238's SHA-1 vector (59 s -> 287082) and otplib's codes", () => {
  const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of "12345678901234567890"
  expect(totp(rfcSecret, 0, 59_000)).toBe("287082");
  const now = Date.now();
  expect(totp(rfcSecret, 0, now)).toBe(generateSync({ secret: rfcSecret, epoch: Math.floor(now / 1000) }));
});
