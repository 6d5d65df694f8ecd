// base^exp mod m. The server's SRP step needs three 3072-bit exponentiations per sign-in; BigInt's
// square-and-multiply takes tens of milliseconds for each (bench/srp.ts), so for the group's prime N we let
// OpenSSL do it: a DiffieHellman object's computeSecret(base) is base^privateKey mod p, natively.
import { createDiffieHellman, type DiffieHellman } from "node:crypto";
import { g, N } from "./group.ts";
import { fromBytes } from "./hex.ts";

// One object, reused: setPrivateKey + computeSecret run synchronously, so no two calls interleave.
let native: DiffieHellman | undefined;
function nativeGroup(): DiffieHellman {
  native ??= createDiffieHellman(bytesOf(N), bytesOf(g));
  return native;
}

function bytesOf(n: bigint): Buffer {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
}

/** Plain square-and-multiply: for moduli other than N and the bases OpenSSL refuses (0, 1, N-1). */
export function modPowBigInt(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 1n) return 0n;
  let result = 1n;
  let b = ((base % mod) + mod) % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (exp < 0n || mod <= 0n) throw new RangeError("modPow: negative exponent or non-positive modulus");
  const b = ((base % mod) + mod) % mod;
  // OpenSSL checks a peer key lies in [2, p-2]; the other bases are trivial anyway.
  if (mod !== N || exp === 0n || b < 2n || b > N - 2n) return modPowBigInt(b, exp, mod);
  try {
    const dh = nativeGroup();
    dh.setPrivateKey(bytesOf(exp));
    return fromBytes(dh.computeSecret(bytesOf(b)));
  } catch {
    return modPowBigInt(b, exp, mod); // an OpenSSL build that refuses (a FIPS provider, say): slower, same answer
  }
}
