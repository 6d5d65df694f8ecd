// The password verifier the server keeps instead of the password: v = g^x mod N, with
// x = H(padHex(salt) + H(poolName + userIdForSrp + ":" + password)).
// Mirrors the client's x in amazon-cognito-identity-js src/AuthenticationHelper.js (getPasswordAuthenticationKey)
// and Amplify v6 packages/auth/src/providers/cognito/utils/srp/AuthenticationHelper/AuthenticationHelper.ts.
import { createHmac, randomBytes } from "node:crypto";
import { g, N } from "./group.ts";
import { hexHash, padHex, parseHex, textHash } from "./hex.ts";
import { modPow } from "./mod-pow.ts";

/** The part of the pool id after `_` (`us-east-1_AbC123xYz` -> `AbC123xYz`): what the clients hash. */
export const poolNameOf = (userPoolId: string): string => userPoolId.slice(userPoolId.indexOf("_") + 1);

export function passwordX(poolName: string, userIdForSrp: string, password: string, saltHex: string): bigint {
  const salt = parseHex(saltHex);
  if (salt === undefined) throw new RangeError("salt is not hex");
  return BigInt(`0x${hexHash(padHex(salt) + textHash(`${poolName}${userIdForSrp}:${password}`))}`);
}

/** A fresh 16-byte salt unless one is given; SALT is sent as this hex, the clients pad it themselves. */
export function makeVerifier(
  poolName: string,
  userIdForSrp: string,
  password: string,
  saltHex: string = randomBytes(16).toString("hex"),
): { saltHex: string; verifierHex: string } {
  const v = modPow(g, passwordX(poolName, userIdForSrp, password, saltHex), N);
  return { saltHex, verifierHex: v.toString(16) };
}

/** For an unknown user under PreventUserExistenceErrors ENABLED: a PASSWORD_VERIFIER that looks like a real one,
 * with the same salt every time (aws-behavior.md §9, DOC), and that no password answers (x is a keyed hash, not
 * derived from any password). `secret` is the mock's own (per pool, say), so salts differ between mocks. */
export function decoyVerifier(poolName: string, username: string, secret: string): { saltHex: string; verifierHex: string } {
  const keyed = (label: string) => createHmac("sha256", secret).update(`${label}\0${poolName}\0${username}`).digest("hex");
  const saltHex = keyed("salt").slice(0, 32);
  return { saltHex, verifierHex: modPow(g, BigInt(`0x${keyed("x")}`), N).toString(16) };
}
