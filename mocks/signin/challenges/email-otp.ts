// EMAIL_OTP: EMAIL_OTP_CODE, the code the challenge sent to the outbox (DOC); as MFA, or as USER_AUTH's first factor.
// SMS_OTP (USER_AUTH's first factor only): SMS_OTP_CODE, the same way (DOC, §15.7).
import type { OperationContext } from "../../context.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { required, type AuthCall, type Step } from "../steps.ts";
import { AwsError } from "../../protocol/errors.ts";
import { assessEvent } from "../risk-hook.ts";
import { codeAnswered } from "./mfa-code.ts";
import { FIRST_FACTOR } from "./select-challenge.ts";

export function answerEmailOtp(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  const correct = required(call.params, "EMAIL_OTP_CODE") === session.data.code;
  if (session.data[FIRST_FACTOR]) return firstFactorAnswered(ctx, call, user, correct);
  return codeAnswered(ctx, call, user, session, correct);
}

export function answerSmsOtp(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  return firstFactorAnswered(ctx, call, user, required(call.params, "SMS_OTP_CODE") === session.data.code);
}

/** USER_AUTH's passwordless first factor: the code is the decisive step, so threat protection assesses it here. */
function firstFactorAnswered(ctx: OperationContext, call: AuthCall, user: UserRecord, correct: boolean): Step {
  if (!correct) throw new AwsError("CodeMismatchException", "Invalid code or auth state for the user.");
  return firstFactorGrant(ctx, call, user);
}

/** Tokens after a passwordless first factor (code or passkey), with the sign-in's auth event assessed. */
export function firstFactorGrant(ctx: OperationContext, call: AuthCall, user: UserRecord): Step {
  const verdict = assessEvent(ctx, call, call.pool, call.client, user, { eventType: "SignIn", flow: "USER_AUTH", passwordCorrect: true });
  const eventId = verdict.event?.event.EventId;
  return { grant: { pool: call.pool, client: call.client, user, ...(eventId !== undefined && { eventId }) } };
}
