// The server's half of the PASSWORD_VERIFIER step: B, then the check of PASSWORD_CLAIM_SIGNATURE.
// Mirrors, from the other side, amazon-cognito-identity-js src/AuthenticationHelper.js (calculateU, calculateS,
// computehkdf) and src/CognitoUser.js (the signed message), and Amplify v6
// packages/auth/src/providers/cognito/utils/srp/ (calculate/calculateU.ts, calculate/calculateS.ts, getHkdfKey.ts,
// getSignatureString.ts). Client: S = (B - k·g^x)^(a + u·x); server: S = (A·v^u)^b; both are g^(b(a + u·x)).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { g, k, N } from "./group.ts";
import { hexHash, padHex, parseHex, toBytes } from "./hex.ts";
import { modPow } from "./mod-pow.ts";
import { timestampAcceptable } from "./timestamp.ts";

const INFO = Buffer.concat([Buffer.from("Caldera Derived Key", "utf8"), Buffer.from([1])]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** b is 256 random bits (RFC 5054 asks for at least 256); the clients' a is 1024. B = k·v + g^b mod N. */
export function serverChallenge(verifierHex: string): { bHex: string; BHex: string } {
  const v = parseHex(verifierHex);
  if (v === undefined) throw new RangeError("verifier is not hex");
  for (;;) {
    const b = BigInt(`0x${randomBytes(32).toString("hex")}`);
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n && b !== 0n) return { bHex: b.toString(16), BHex: B.toString(16) };
  }
}

// A = g^a mod N is below N: 768 hex digits, a few more if a client pads. Longer values are refused before any
// arithmetic, so a megabyte of SRP_A costs nothing.
const MAX_A_HEX = 1024;

/** SRP_A as the server accepts it: hex, not too long, and not ≡ 0 mod N (SRP-6a's check; A = 0 would make S known). */
export function acceptableA(AHex: string): boolean {
  const A = typeof AHex === "string" && AHex.length <= MAX_A_HEX ? parseHex(AHex) : undefined;
  return A !== undefined && A % N !== 0n;
}

export const scramblingU = (A: bigint, B: bigint): bigint => BigInt(`0x${hexHash(padHex(A) + padHex(B))}`);

/** HKDF-SHA256 with salt padHex(u), input padHex(S), info "Caldera Derived Key" ‖ 0x01; the first 16 bytes. */
export function derivedKey(S: bigint, u: bigint): Buffer {
  const prk = createHmac("sha256", toBytes(u)).update(toBytes(S)).digest();
  return createHmac("sha256", prk).update(INFO).digest().subarray(0, 16);
}

export interface PasswordClaim {
  poolName: string;
  userIdForSrp: string;
  saltHex: string;
  verifierHex: string;
  bHex: string;
  BHex: string;
  AHex: string;
  /** The SECRET_BLOCK the server issued (the engine checks PASSWORD_CLAIM_SECRET_BLOCK names it). */
  secretBlockB64: string;
  timestamp: string;
  signatureB64: string;
  /** The server's clock for the TIMESTAMP window (ms since the epoch); Date.now() when absent. */
  nowMs?: number;
}

const TEXT_MEMBERS = ["poolName", "userIdForSrp", "saltHex", "verifierHex", "bHex", "BHex", "AHex", "secretBlockB64", "timestamp", "signatureB64"] as const;

/** True only for the signature the right password produces, over a fresh, well-formed TIMESTAMP. */
export function verifyPasswordClaim(p: PasswordClaim): boolean {
  // Absent challenge responses (a request without TIMESTAMP, say) are a wrong answer, not a crash.
  if (!TEXT_MEMBERS.every((m) => typeof p[m] === "string")) return false;
  if (!timestampAcceptable(p.timestamp, p.nowMs ?? Date.now()) || !acceptableA(p.AHex)) return false;
  const A = parseHex(p.AHex);
  const B = parseHex(p.BHex);
  const b = parseHex(p.bHex);
  const v = parseHex(p.verifierHex);
  if (A === undefined || B === undefined || b === undefined || v === undefined) return false;
  if (!BASE64.test(p.signatureB64) || !BASE64.test(p.secretBlockB64)) return false;
  const u = scramblingU(A, B);
  if (u === 0n) return false;
  const S = modPow((A * modPow(v, u, N)) % N, b, N);
  const expected = createHmac("sha256", derivedKey(S, u))
    .update(p.poolName, "utf8")
    .update(p.userIdForSrp, "utf8")
    .update(Buffer.from(p.secretBlockB64, "base64"))
    .update(p.timestamp, "utf8")
    .digest();
  const presented = Buffer.from(p.signatureB64, "base64");
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
