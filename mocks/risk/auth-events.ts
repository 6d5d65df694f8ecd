// A user's logged auth events: newest-first pages with an opaque NextToken, lookup by id, and feedback.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { AuthEventRecord, UserRecord } from "../state.ts";
import { requireThreatProtectionEnabled } from "./gates.ts";

type S = components["schemas"];

export const DEFAULT_PAGE_SIZE = 60;

/**
 * A token names the index (oldest = 0) of the next event to return, with that event's id, so events logged
 * between pages don't shift the listing and a token from another user or an older state is refused.
 */
interface PageCursor {
  i: number;
  e: string;
}

const encodeCursor = (cursor: PageCursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(token: string, events: readonly AuthEventRecord[]): number {
  let cursor: Partial<PageCursor> | undefined;
  try {
    cursor = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    cursor = undefined;
  }
  const index = cursor?.i;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || events[index]?.event.EventId !== cursor?.e) {
    throw errors.invalidParameter("Invalid pagination token.");
  }
  return index;
}

/** One page, newest first; copies only the page itself (a user may have 100,000 events). */
export function pageOfEvents(user: UserRecord, maxResults: number | undefined, nextToken: string | undefined) {
  const events = user.events;
  const size = maxResults || DEFAULT_PAGE_SIZE;
  const start = nextToken === undefined ? events.length - 1 : decodeCursor(nextToken, events);
  const page: S["AuthEventType"][] = [];
  for (let i = start; i >= 0 && page.length < size; i--) page.push(events[i]!.event);
  const next = start - page.length;
  return {
    AuthEvents: page,
    ...(next >= 0 && { NextToken: encodeCursor({ i: next, e: events[next]!.event.EventId! }) }),
  };
}

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
