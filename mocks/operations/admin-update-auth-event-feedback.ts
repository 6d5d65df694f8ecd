// AdminUpdateAuthEventFeedback: an administrator's verdict on an event (signed; no feedback token needed).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { eventForFeedback, recordFeedback } from "../risk/auth-events.ts";

export function adminUpdateAuthEventFeedback(
  input: InputOf<"AdminUpdateAuthEventFeedback">,
  ctx: OperationContext,
): OutputOf<"AdminUpdateAuthEventFeedback"> {
  recordFeedback(eventForFeedback(ctx, input), input.FeedbackValue, "Admin", ctx.now());
  return {};
}
