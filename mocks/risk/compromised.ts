// The compromised-credentials list: passwords the mock treats as found in breaches. AWS checks against its own
// (undisclosed) corpus; ours is a few of the most common breached passwords, extendable through the control API.
import { createHash } from "node:crypto";
import { errors } from "../protocol/errors.ts";
import type { MockState } from "../state.ts";

/**
 * Well-known breached passwords (the top of the public breach corpora). The first five also satisfy Cognito's
 * default password policy, so SignUp reaches the check instead of failing the policy.
 */
export const SEEDED_COMPROMISED_PASSWORDS: readonly string[] = [
  "Password123!",
  "P@ssw0rd123",
  "Passw0rd!",
  "Qwerty123!",
  "Welcome1!",
  "password",
  "123456",
  "12345678",
  "qwerty123",
  "iloveyou",
];

/** Digests, so neither the state file nor a dump of the state holds a password in clear. */
const digest = (password: string) => createHash("sha256").update(password, "utf8").digest("hex");
const SEEDED = new Set(SEEDED_COMPROMISED_PASSWORDS.map(digest));

export function isCompromisedPassword(state: MockState, password: string): boolean {
  const d = digest(password);
  return SEEDED.has(d) || (state.compromisedPasswords ?? []).includes(d);
}

const MAX_ADDED = 10_000;

/** Adds passwords (control API input, unchecked JSON); returns how many the list holds beyond the seeded ones. */
export function addCompromisedPasswords(state: MockState, passwords: unknown): number {
  if (!Array.isArray(passwords) || passwords.some((p) => typeof p !== "string" || p.length === 0 || p.length > 256)) {
    throw errors.invalidParameter("passwords must be a list of non-empty strings of at most 256 characters.");
  }
  const added = new Set(state.compromisedPasswords ?? []);
  for (const p of passwords as string[]) if (!SEEDED.has(digest(p))) added.add(digest(p));
  if (added.size > MAX_ADDED) throw errors.invalidParameter(`The compromised list takes at most ${MAX_ADDED} added passwords.`);
  state.compromisedPasswords = [...added];
  return added.size;
}

/** Back to the seeded list only. */
export function clearCompromisedPasswords(state: MockState): void {
  state.compromisedPasswords = [];
}
