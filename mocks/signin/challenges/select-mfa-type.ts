// SELECT_MFA_TYPE: ANSWER names one of MFAS_CAN_CHOOSE (DOC); that method's challenge follows.
import type { OperationContext } from "../../context.ts";
import { AwsError } from "../../protocol/errors.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { userMethods } from "../mfa.ts";
import { mfaChallenge, required, type AuthCall, type Step } from "../steps.ts";

export function answerSelectMfaType(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  const answer = required(call.params, "ANSWER");
  const method = userMethods(call.pool, user).find((m) => m === answer);
  // Text UNKNOWN, our choice.
  if (!method) throw new AwsError("InvalidParameterException", `Invalid MFA type: ${answer}`);
  return mfaChallenge(ctx, call, user, method, session.data.eventId !== undefined ? { eventId: session.data.eventId } : {});
}
