// Sessions between sign-in calls: an opaque string (AWS's begin `AYABe`, CONFIRMED) naming a record kept in the
// state, so nothing in the string can be forged or edited. Single use, expiring after the app client's
// AuthSessionValidity minutes (DOC 3–15; default 3, INFERRED), bound to pool, client and user (§9 texts, CONFIRMED).
import { randomBytes } from "node:crypto";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, SessionRecord } from "../state.ts";

export const sessionErrors = {
  invalid: () => new AwsError("NotAuthorizedException", "Invalid session for the user."),
  expired: () => new AwsError("NotAuthorizedException", "Invalid session for the user, session is expired."),
};

/** Expired records linger until this many sessions exist, then a sweep drops them (bounded memory, cheap issue). */
const SWEEP_AT = 10_000;

/** Validity of a client's sessions in milliseconds. */
export const sessionValidityMs = (client: ClientRecord) => (client.client.AuthSessionValidity ?? 3) * 60_000;

/**
 * A new session. Its text is valid base64 of random bytes behind AWS's prefix, so it also serves as SRP's
 * SECRET_BLOCK (the client signs its decoded bytes). Random, not seeded: a session must never be guessable.
 */
export function issueSession(
  ctx: OperationContext,
  client: ClientRecord,
  record: Omit<SessionRecord, "expiresAt" | "poolId" | "clientId">,
  validityMs = sessionValidityMs(client),
): string {
  const sessions = ctx.state.sessions;
  if (sessions.size >= SWEEP_AT) sweep(ctx);
  // "AYABe" + 3 base64 chars = 8 (a whole base64 quantum), then 192 random bytes.
  const id = `AYABeA${randomBytes(1).toString("base64").slice(0, 2)}${randomBytes(192).toString("base64")}`;
  sessions.set(id, { ...record, poolId: client.client.UserPoolId!, clientId: client.client.ClientId!, expiresAt: ctx.nowMs() + validityMs });
  return id;
}

export interface SessionExpectation {
  /** Absent where the request names no pool or client (AssociateSoftwareToken / VerifySoftwareToken by Session). */
  poolId?: string;
  clientId?: string;
  /** The challenges whose answer this may be (RespondToAuthChallenge names one; VerifySoftwareToken several). */
  challenges: readonly string[];
  /** The USERNAME the answer names, when it names one (a session of another user is refused). */
  username?: string;
}

/** Takes a session: refused when unknown, expired, of another pool, client, user or challenge; gone after (single use). */
export function takeSession(ctx: OperationContext, id: string | undefined, expect: SessionExpectation): SessionRecord {
  const record = id === undefined ? undefined : ctx.state.sessions.get(id);
  if (!record) throw sessionErrors.invalid();
  const other =
    (expect.poolId !== undefined && record.poolId !== expect.poolId) ||
    (expect.clientId !== undefined && record.clientId !== expect.clientId) ||
    !expect.challenges.includes(record.challenge) ||
    (expect.username !== undefined && !sameUser(record.username, expect.username, record.data));
  if (other) throw sessionErrors.invalid();
  ctx.state.sessions.delete(id!);
  if (ctx.nowMs() > record.expiresAt) throw sessionErrors.expired();
  return record;
}

/** The answer may name the user by the username or by the alias the client signed in with (kept in data.alias). */
const sameUser = (stored: string, named: string, data: Record<string, string>) => named === stored || named === data.alias;

function sweep(ctx: OperationContext): void {
  const now = ctx.nowMs();
  for (const [id, record] of ctx.state.sessions) if (record.expiresAt < now) ctx.state.sessions.delete(id);
}

/** The same step under a new session with new data (AssociateSoftwareToken, VerifySoftwareToken in MFA_SETUP). */
export function continueSession(ctx: OperationContext, previous: SessionRecord, data: Record<string, string>): string {
  const client = ctx.state.pools.get(previous.poolId)?.clients.get(previous.clientId);
  if (!client) throw sessionErrors.invalid();
  return issueSession(ctx, client, { username: previous.username, challenge: previous.challenge, data });
}
