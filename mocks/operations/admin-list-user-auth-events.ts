// AdminListUserAuthEvents: the user's threat-protection event log, newest first (aws-behavior.md §7), in pages.
// NextToken has the documented shape `<EventId>#<ISO time>` (§11, DOC): the first event of the next page, by id and
// creation time. Clients treat it as opaque; a token that names no event of this user is refused.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { errors } from "../protocol/errors.ts";
import { requireThreatProtectionEnabled } from "../risk/gates.ts";
import type { AuthEventRecord, UserRecord } from "../state.ts";

type S = components["schemas"];

/** MaxResults 0 or absent (DOC). */
export const DEFAULT_PAGE_SIZE = 60;

export function adminListUserAuthEvents(
  input: InputOf<"AdminListUserAuthEvents">,
  ctx: OperationContext,
): OutputOf<"AdminListUserAuthEvents"> {
  const pool = getPool(ctx, input.UserPoolId);
  requireThreatProtectionEnabled(pool);
  const user = getUser(pool, input.Username);
  return pageOfEvents(user, input.MaxResults, input.NextToken);
}

const millis = (record: AuthEventRecord) => Math.round((record.event.CreationDate ?? 0) * 1000);

export function encodeToken(record: AuthEventRecord): string {
  return `${record.event.EventId}#${new Date(millis(record)).toISOString()}`;
}

/**
 * The index (oldest = 0) of the event a token names. Events are logged in time order, so a binary search finds its
 * time; a log out of order (a restored or edited state) falls back to a scan.
 */
function decodeToken(token: string, events: readonly AuthEventRecord[]): number {
  const hash = token.lastIndexOf("#");
  const id = token.slice(0, hash);
  const time = hash > 0 ? Date.parse(token.slice(hash + 1)) : NaN;
  if (Number.isNaN(time)) throw errors.invalidParameter("Invalid pagination token.");
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (millis(events[mid]!) < time) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < events.length && millis(events[i]!) === time; i++) if (events[i]!.event.EventId === id) return i;
  const scanned = events.findLastIndex((e) => e.event.EventId === id && millis(e) === time);
  if (scanned < 0) throw errors.invalidParameter("Invalid pagination token.");
  return scanned;
}

/** One page, newest first; copies only the page itself (a user may have 100,000 events). */
export function pageOfEvents(user: UserRecord, maxResults: number | undefined, nextToken: string | undefined) {
  const events = user.events;
  const size = maxResults || DEFAULT_PAGE_SIZE;
  const start = nextToken === undefined ? events.length - 1 : decodeToken(nextToken, events);
  const page: S["AuthEventType"][] = [];
  for (let i = start; i >= 0 && page.length < size; i--) page.push(events[i]!.event);
  const next = start - page.length;
  return { AuthEvents: page, ...(next >= 0 && { NextToken: encodeToken(events[next]!) }) };
}
