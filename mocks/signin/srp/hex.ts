// Hex and hash helpers of Cognito's SRP, as the clients compute them.
// Mirrors amazon-cognito-identity-js src/AuthenticationHelper.js (padHex, hash, hexHash) and Amplify v6
// packages/auth/src/providers/cognito/utils/srp/ (getPaddedHex.ts, getHashFromData.ts, getHashFromHex.ts).
import { createHash } from "node:crypto";

const HEX = /^[0-9a-fA-F]+$/;

/** Positive values only (every value the server pads is one): hex, a leading `0` to make the length even, then
 * `00` when the first nibble is 8 or more, so the bytes read as a positive two's-complement number (Java's
 * BigInteger.toByteArray, which the service uses). */
export function padHex(n: bigint): string {
  if (n < 0n) throw new RangeError("padHex: negative value");
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

/** SHA-256 of the bytes a hex string encodes, as 64 lowercase hex characters. */
export function hexHash(hex: string): string {
  return createHash("sha256").update(Buffer.from(hex, "hex")).digest("hex");
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex characters. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A hex string from the wire (SRP_A) as a number; undefined unless it is non-empty hex. */
export function parseHex(hex: string): bigint | undefined {
  return HEX.test(hex) ? BigInt(`0x${hex}`) : undefined;
}

export const toBytes = (n: bigint): Buffer => Buffer.from(padHex(n), "hex");
export const fromBytes = (bytes: Uint8Array): bigint => (bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString("hex")}`));
