// A user's password as the mock keeps it: the SRP verifier (for USER_SRP_AUTH) and a salted HMAC digest (so
// USER_PASSWORD_AUTH needs no 3072-bit modPow). Never the password itself.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { OperationContext } from "../context.ts";
import type { Credentials, PoolRecord, UserRecord } from "../state.ts";
import { makeVerifier, poolNameOf } from "./srp/index.ts";

const digestOf = (saltHex: string, password: string) => createHmac("sha256", Buffer.from(saltHex, "hex")).update(password, "utf8").digest("hex");

/** SRP's USER_ID_FOR_SRP: the user's username (the `sub` in pools that sign in with email or phone). */
export const userIdForSrp = (user: UserRecord) => user.user.Username!;

/**
 * A permanent password, or a temporary one valid the pool's TemporaryPasswordValidityDays. The salt comes from the
 * seeded ids, so a seeded run stores the same state every time.
 */
export function setCredentials(ctx: OperationContext, pool: PoolRecord, user: UserRecord, password: string, temporary = false): void {
  const salt = ctx.ids.uuid().replaceAll("-", "");
  const { saltHex, verifierHex } = makeVerifier(poolNameOf(pool.pool.Id!), userIdForSrp(user), password, salt);
  user.credentials = { saltHex, verifierHex, digest: digestOf(saltHex, password) };
  delete user.temporaryUntil;
  if (temporary) {
    const days = pool.pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? 7;
    user.temporaryUntil = ctx.nowMs() + days * 86_400_000;
  }
}

export function passwordMatches(credentials: Credentials | undefined, password: string): boolean {
  if (!credentials) return false;
  const presented = Buffer.from(digestOf(credentials.saltHex, password), "hex");
  const stored = Buffer.from(credentials.digest, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
