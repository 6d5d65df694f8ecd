// EMAIL_OTP: EMAIL_OTP_CODE, the code the challenge sent to the outbox (DOC).
import type { OperationContext } from "../../context.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { required, type AuthCall, type Step } from "../steps.ts";
import { codeAnswered } from "./mfa-code.ts";

export function answerEmailOtp(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  return codeAnswered(ctx, call, user, session, required(call.params, "EMAIL_OTP_CODE") === session.data.code);
}
