// The step where AWS decides a sign-in (aws-behavior.md §9, §11): the user's state, the lockout, the password
// (or SRP proof) verdict, then threat protection exactly once, then the next challenge or tokens.
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { AuthFlow } from "../risk/assess.ts";
import type { UserRecord } from "../state.ts";
import { wrongPassword } from "./client-rules.ts";
import { userIdForSrp } from "./credentials.ts";
import { checkNotLocked, recordFailure, recordSuccess } from "./lockout.ts";
import { mfaStep } from "./mfa.ts";
import { assessEvent } from "./risk-hook.ts";
import { challenge, mfaOrTokens, type AuthCall, type Step } from "./steps.ts";
import { attributeOf } from "./user-state.ts";

/** Refusals that come before the password is looked at (CONFIRMED texts; "even with a wrong password"). */
export function checkCanSignIn(user: UserRecord): void {
  if (user.user.Enabled === false) throw new AwsError("NotAuthorizedException", "User is disabled.");
  if (user.user.UserStatus === "UNCONFIRMED") throw new AwsError("UserNotConfirmedException", "User is not confirmed.");
}

/**
 * `correct` is the password or SRP proof verdict; `password` the plaintext where the flow carries one (for the
 * compromised-credentials check only). Throws the answer for a refused attempt.
 */
export function passwordVerdict(ctx: OperationContext, call: AuthCall, user: UserRecord, flow: AuthFlow, correct: boolean, password?: string): Step {
  checkCanSignIn(user);
  checkNotLocked(user, ctx.nowMs());
  const facts = { eventType: "SignIn" as const, flow, ...(password !== undefined && { password }) };
  if (!correct) {
    recordFailure(user, ctx.nowMs());
    assessEvent(ctx, call, call.pool, call.client, user, { ...facts, passwordCorrect: false });
    throw wrongPassword();
  }
  recordSuccess(user);
  // INFERRED text (apps match it); asked after the password, so it reveals nothing to a guesser.
  if (user.user.UserStatus === "RESET_REQUIRED") throw new AwsError("PasswordResetRequiredException", "Password reset required for the user");
  const forceChange = user.user.UserStatus === "FORCE_CHANGE_PASSWORD";
  // INFERRED text (quoted by users of AdminCreateUser); after the password, like RESET_REQUIRED.
  if (forceChange && user.temporaryUntil !== undefined && ctx.nowMs() > user.temporaryUntil) {
    throw new AwsError("NotAuthorizedException", "Temporary password has expired and must be reset by an administrator.");
  }
  const mfaPending = !forceChange && mfaStep(call.pool, user, false) !== undefined;
  const verdict = assessEvent(ctx, call, call.pool, call.client, user, { ...facts, passwordCorrect: true, mfaPending });
  const eventId = verdict.event?.event.EventId;
  const riskWantsMfa = verdict.action === "mfa";
  if (forceChange) return newPasswordRequired(ctx, call, user, eventId, riskWantsMfa);
  return mfaOrTokens(ctx, call, user, eventId, riskWantsMfa);
}

/** NEW_PASSWORD_REQUIRED: parameters as CONFIRMED (JSON inside strings, no USERNAME key). */
function newPasswordRequired(ctx: OperationContext, call: AuthCall, user: UserRecord, eventId: string | undefined, riskWantsMfa: boolean): Step {
  const visible = Object.fromEntries((user.user.Attributes ?? []).filter((a) => a.Name !== "sub").map((a) => [a.Name, a.Value ?? ""]));
  const required = (call.pool.pool.SchemaAttributes ?? []).filter((a) => a.Required && a.Name !== "sub" && attributeOf(user, a.Name!) === undefined).map((a) => `userAttributes.${a.Name}`);
  return challenge(
    ctx,
    call,
    user,
    "NEW_PASSWORD_REQUIRED",
    { USER_ID_FOR_SRP: userIdForSrp(user), requiredAttributes: JSON.stringify(required), userAttributes: JSON.stringify(visible) },
    { ...(eventId !== undefined && { eventId }), ...(riskWantsMfa && { riskMfa: "1" }) },
  );
}
