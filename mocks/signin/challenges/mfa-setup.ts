// MFA_SETUP (pool MFA ON, user without MFA; DOC): AssociateSoftwareToken(Session) -> SecretCode and a new session,
// VerifySoftwareToken(Session, UserCode) -> SUCCESS and a new session, then this answer with that session: TOTP
// becomes the user's enabled, preferred method and the sign-in ends in tokens.
import type { OperationContext } from "../../context.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { sessionErrors } from "../sessions.ts";
import type { AuthCall, Step } from "../steps.ts";

/** The session data key VerifySoftwareToken sets once the user proved the new secret. */
export const VERIFIED_SECRET = "verifiedSecret";

export function answerMfaSetup(_ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  const secret = session.data[VERIFIED_SECRET];
  // Answered before VerifySoftwareToken succeeded: AWS's text UNKNOWN; the session is refused.
  if (secret === undefined) throw sessionErrors.invalid();
  const enabled = new Set(user.mfa?.enabled ?? []).add("SOFTWARE_TOKEN_MFA");
  user.mfa = { ...user.mfa, totpSecret: secret, enabled: [...enabled], preferred: "SOFTWARE_TOKEN_MFA" };
  delete user.mfa.pendingTotpSecret;
  return { grant: { pool: call.pool, client: call.client, user, ...(session.data.eventId !== undefined && { eventId: session.data.eventId }) } };
}
