// What the three code challenges share: settle the sign-in's auth event (InProgress -> Pass / Fail) and answer
// a wrong code with CodeMismatchException `Invalid code or auth state for the user.` (CONFIRMED).
import type { OperationContext } from "../../context.ts";
import { AwsError } from "../../protocol/errors.ts";
import { settleAuthEvent } from "../../risk/assess.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { eventById } from "../risk-hook.ts";
import type { AuthCall, Step } from "../steps.ts";

export function codeAnswered(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord, correct: boolean): Step {
  const event = eventById(user, session.data.eventId);
  if (event) settleAuthEvent(ctx, event, { name: "Mfa", success: correct });
  if (!correct) throw new AwsError("CodeMismatchException", "Invalid code or auth state for the user.");
  return { grant: { pool: call.pool, client: call.client, user, ...(session.data.eventId !== undefined && { eventId: session.data.eventId }) } };
}
