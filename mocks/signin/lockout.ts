// Failed password attempts: after 5 failures the user is locked out, first for 1 s, doubling with each further
// failure up to about 15 minutes (aws-behavior.md §9, DOC); a locked attempt is refused without checking the
// password and does not count. A correct password clears the count. Text CONFIRMED (no final period).
import { AwsError } from "../protocol/errors.ts";
import type { UserRecord } from "../state.ts";

export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 1_000;
const MAX_LOCK_MS = 15 * 60_000;

export const attemptsExceeded = () => new AwsError("NotAuthorizedException", "Password attempts exceeded");

/** Throws while the user is locked out. */
export function checkNotLocked(user: UserRecord, nowMs: number): void {
  const until = user.lockout?.lockedUntil;
  if (until !== undefined && nowMs < until) throw attemptsExceeded();
}

export function recordFailure(user: UserRecord, nowMs: number): void {
  const failures = (user.lockout?.failures ?? 0) + 1;
  const over = failures - FREE_ATTEMPTS;
  user.lockout = over < 0 ? { failures } : { failures, lockedUntil: nowMs + Math.min(FIRST_LOCK_MS * 2 ** over, MAX_LOCK_MS) };
}

export function recordSuccess(user: UserRecord): void {
  if (user.lockout) delete user.lockout;
}
