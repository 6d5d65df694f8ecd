// A user's password as the mock keeps it: the SRP verifier (for USER_SRP_AUTH) and a salted HMAC digest (so
// USER_PASSWORD_AUTH needs no 3072-bit modPow). Never the password itself.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { PoolRecord, UserRecord, Credentials } from "../state.ts";
import { makeVerifier, poolNameOf } from "./srp/index.ts";

const digestOf = (saltHex: string, password: string) => createHmac("sha256", Buffer.from(saltHex, "hex")).update(password, "utf8").digest("hex");

/** SRP's USER_ID_FOR_SRP: the user's username (the `sub` in pools that sign in with email or phone). */
export const userIdForSrp = (user: UserRecord) => user.user.Username!;

/** A permanent password, or (with `temporaryFromMs`) a temporary one valid the pool's TemporaryPasswordValidityDays. */
export function setCredentials(pool: PoolRecord, user: UserRecord, password: string, temporaryFromMs?: number): void {
  const { saltHex, verifierHex } = makeVerifier(poolNameOf(pool.pool.Id!), userIdForSrp(user), password);
  user.credentials = { saltHex, verifierHex, digest: digestOf(saltHex, password) };
  delete user.temporaryUntil;
  if (temporaryFromMs !== undefined) {
    const days = pool.pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? 7;
    user.temporaryUntil = temporaryFromMs + days * 86_400_000;
  }
}

export function passwordMatches(credentials: Credentials | undefined, password: string): boolean {
  if (!credentials) return false;
  const presented = Buffer.from(digestOf(credentials.saltHex, password), "hex");
  const stored = Buffer.from(credentials.digest, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
