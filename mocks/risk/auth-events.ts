// A user's logged auth events: lookup by id and feedback (paging is AdminListUserAuthEvents' own).
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { AwsError } from "../protocol/errors.ts";
import type { AuthEventRecord, UserRecord } from "../state.ts";
import { requireThreatProtectionEnabled } from "./gates.ts";

type S = components["schemas"];

export function findEvent(user: UserRecord, eventId: string): AuthEventRecord {
  // Newest first: feedback usually follows a recent event.
  for (let i = user.events.length - 1; i >= 0; i--) {
    if (user.events[i]!.event.EventId === eventId) return user.events[i]!;
  }
  throw new AwsError("ResourceNotFoundException", `Auth event ${eventId} does not exist.`);
}

/** The event feedback is about, after the checks both feedback operations share: pool, add-on, user, event. */
export function eventForFeedback(ctx: OperationContext, input: { UserPoolId: string; Username: string; EventId: string }): AuthEventRecord {
  const pool = getPool(ctx, input.UserPoolId);
  requireThreatProtectionEnabled(pool);
  return findEvent(getUser(pool, input.Username), input.EventId);
}

/** Provider as the model describes it ("if you submit event feedback in the Amazon Cognito console, this value is Admin"). */
export type FeedbackProvider = "Admin" | "User";

export function recordFeedback(record: AuthEventRecord, value: S["FeedbackValueType"], provider: FeedbackProvider, now: number): void {
  record.event.EventFeedback = { FeedbackValue: value, Provider: provider, FeedbackDate: now };
}
