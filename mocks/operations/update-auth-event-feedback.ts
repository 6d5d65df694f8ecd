// UpdateAuthEventFeedback: the user's one-click answer from a notification email; unsigned, so the feedback
// token (which must be the one issued for this very event) is the only proof.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import { eventForFeedback, recordFeedback } from "../risk/auth-events.ts";

export function updateAuthEventFeedback(
  input: InputOf<"UpdateAuthEventFeedback">,
  ctx: OperationContext,
): OutputOf<"UpdateAuthEventFeedback"> {
  const record = eventForFeedback(ctx, input);
  if (record.feedbackToken !== input.FeedbackToken) {
    throw new AwsError("NotAuthorizedException", "Invalid feedback token for the auth event.");
  }
  recordFeedback(record, input.FeedbackValue, "User", ctx.now());
  return {};
}
