// SMS_MFA: SMS_MFA_CODE, the code the challenge sent to the outbox (DOC; parameters INFERRED from Amplify).
import type { OperationContext } from "../../context.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { required, type AuthCall, type Step } from "../steps.ts";
import { codeAnswered } from "./mfa-code.ts";

export function answerSmsMfa(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  return codeAnswered(ctx, call, user, session, required(call.params, "SMS_MFA_CODE") === session.data.code);
}
