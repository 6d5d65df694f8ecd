// Auth events: paging of AdminListUserAuthEvents and the feedback round trip (aws-behavior.md §7). Events come
// from real sign-ins (ADMIN_USER_PASSWORD_AUTH with ContextData: distinct IP addresses tell them apart), so paging
// and admin feedback run on every target; user feedback needs the mailed token, so it signs in through the mock's
// control API.
import type { Case } from "../../harness/case.ts";
import { control, MISSING_POOL_ID, model, ok, refused, scenario, seed } from "./build.ts";
import { adminSignIn } from "./risk-sign-ins.ts";
import { SIGNED_UP } from "./sign-in-steps.ts";

const USER = { UserPoolId: "{{userPoolId}}", Username: "{{username}}" };
const signIn = (ip: string, extra: Record<string, unknown> = {}) => control("signIn", { ...USER, IpAddress: ip, ...extra });
const list = (extra: Record<string, unknown>, expect: object, save?: Record<string, string>) => ok("AdminListUserAuthEvents", { ...USER, ...extra }, expect, save);
const ip = (address: string) => ({ EventContextData: { IpAddress: address } });

const PAGING_SOURCES = [model("AdminListUserAuthEventsRequest.MaxResults")];
const FEEDBACK_SOURCES = [seed("003_0421c04c2c663bf6.txt", "UpdateAuthEventFeedback reference")];
/** The order of listed events is undocumented (the mock lists newest first): the cases assert the set, not the order. */
const events = (...addresses: string[]) => ({ $all: addresses.map(ip) });
const threeSignIns = [adminSignIn("198.51.100.1"), adminSignIn("198.51.100.2"), adminSignIn("198.51.100.3")];

const paging: Case[] = [
  scenario({
    id: "pages",
    operation: "AdminListUserAuthEvents",
    member: "NextToken",
    rule: "paging",
    title: "three events, MaxResults 2: two events, then with NextToken the third and no further token",
    sources: PAGING_SOURCES,
    facts: ["s7.max-results", "s7.event-shape"],
    evidence: "DOC",
    notes: ["Which two come first is undocumented: the pages are asserted to split the three events, not their order."],
    fixtures: SIGNED_UP,
    steps: [
      ...threeSignIns,
      list({ MaxResults: 2 }, { body: { AuthEvents: [{}, {}] } }, { nextToken: "NextToken", first: "AuthEvents.0.EventContextData.IpAddress", second: "AuthEvents.1.EventContextData.IpAddress" }),
      list({ MaxResults: 2, NextToken: "{{nextToken}}" }, { body: { AuthEvents: [{ EventContextData: { IpAddress: { $pattern: "^198\\.51\\.100\\.[123]$", $not: { $pattern: "^({{first}}|{{second}})$" } } } }] }, bodyAbsent: ["NextToken"] }),
    ],
  }),
  ...([["absent", {}], ["zero", { MaxResults: 0 }]] as const).map(([tag, extra]) =>
    scenario({
      id: `max-results-${tag}`,
      operation: "AdminListUserAuthEvents",
      member: "MaxResults",
      rule: "max-results-default",
      title: `MaxResults ${tag} means 60: all three events in one page, no NextToken`,
      sources: PAGING_SOURCES,
      facts: ["s7.max-results"],
      evidence: "DOC",
      fixtures: SIGNED_UP,
      steps: [...threeSignIns, list(extra, { body: { AuthEvents: events("198.51.100.3", "198.51.100.2", "198.51.100.1") }, bodyAbsent: ["NextToken", "AuthEvents.3"] })],
    }),
  ),
  scenario({
    id: "no-events",
    operation: "AdminListUserAuthEvents",
    rule: "empty-list",
    title: "a user without events lists an empty AuthEvents and no NextToken",
    sources: PAGING_SOURCES,
    facts: ["s7.max-results", "s7.empty-list"],
    evidence: "INFERRED",
    fixtures: ["pool", "user"],
    steps: [list({}, { body: { AuthEvents: [] }, bodyAbsent: ["NextToken"] })],
  }),
];

const feedback: Case[] = [
  scenario({
    id: "round-trip",
    operation: "UpdateAuthEventFeedback",
    member: "FeedbackToken",
    rule: "feedback-round-trip",
    title: "a sign-in's token, sent unsigned with Invalid, shows as the event's EventFeedback",
    sources: FEEDBACK_SOURCES,
    facts: ["s7.feedback-templates", "s3.sigv4", "s7.event-shape"],
    evidence: "DOC",
    notes: ["Provider for user feedback is UNKNOWN on AWS: not asserted."],
    steps: [
      signIn("198.51.100.7"),
      ok("UpdateAuthEventFeedback", { ...USER, EventId: "{{EventId}}", FeedbackToken: "{{FeedbackToken}}", FeedbackValue: "Invalid" }, { bodyEquals: {} }, undefined, { sign: false }),
      list({}, { body: { AuthEvents: [{ ...ip("198.51.100.7"), EventFeedback: { FeedbackValue: "Invalid" } }] } }),
    ],
  }),
  scenario({
    id: "admin-feedback",
    operation: "AdminUpdateAuthEventFeedback",
    member: "FeedbackValue",
    rule: "feedback-round-trip",
    title: "AdminUpdateAuthEventFeedback Valid shows as the event's EventFeedback with Provider Admin",
    sources: [model("EventFeedbackType.Provider")],
    facts: ["s7.event-shape", "s7.admin-feedback-provider"],
    evidence: "INFERRED",
    fixtures: SIGNED_UP,
    steps: [
      adminSignIn("198.51.100.8"),
      list({}, { body: { AuthEvents: [ip("198.51.100.8")] } }, { EventId: "AuthEvents.0.EventId" }),
      ok("AdminUpdateAuthEventFeedback", { ...USER, EventId: "{{EventId}}", FeedbackValue: "Valid" }, { bodyEquals: {} }),
      list({}, { body: { AuthEvents: [{ EventFeedback: { FeedbackValue: "Valid", Provider: "Admin" } }] } }),
    ],
  }),
  scenario({
    id: "wrong-token",
    operation: "UpdateAuthEventFeedback",
    member: "FeedbackToken",
    rule: "feedback-token-checked",
    title: "a feedback token that is not the event's is refused, and the event keeps no feedback",
    sources: FEEDBACK_SOURCES,
    facts: ["s7.feedback-bad-token"],
    evidence: "INFERRED",
    notes: ["Error type INFERRED (NotAuthorizedException), text UNKNOWN: not asserted."],
    steps: [
      signIn("198.51.100.9"),
      refused("UpdateAuthEventFeedback", { ...USER, EventId: "{{EventId}}", FeedbackToken: "{{FeedbackToken}}x", FeedbackValue: "Invalid" }, "NotAuthorizedException", {}, { sign: false }),
      list({}, { bodyAbsent: ["AuthEvents.0.EventFeedback"] }),
    ],
  }),
  scenario({
    id: "unknown-event",
    operation: "UpdateAuthEventFeedback",
    member: "EventId",
    rule: "feedback-event-not-found",
    title: "feedback for an event id the user never had is refused as not found (unsigned, so the service was reached)",
    sources: FEEDBACK_SOURCES,
    facts: ["s7.feedback-unknown-event"],
    evidence: "INFERRED",
    fixtures: ["pool", "user"],
    notes: ["Error type INFERRED (ResourceNotFoundException), text UNKNOWN: not asserted."],
    steps: [
      refused("UpdateAuthEventFeedback", { ...USER, EventId: "00000000-0000-0000-0000-000000000000", FeedbackToken: "token", FeedbackValue: "Valid" }, "ResourceNotFoundException", {}, { sign: false }),
    ],
  }),
  ...(["UpdateAuthEventFeedback", "AdminUpdateAuthEventFeedback"] as const).map((operation) =>
    scenario({
      id: "unknown-user",
      operation,
      member: "Username",
      rule: "not-found",
      title: `${operation} for a user that does not exist answers UserNotFoundException`,
      facts: ["s7.feedback-unknown-user", "s4.user-not-found"],
      evidence: "INFERRED",
      fixtures: ["pool"],
      steps: [
        refused(operation, { UserPoolId: "{{userPoolId}}", Username: "nobody-here", EventId: "00000000-0000-0000-0000-000000000000", FeedbackValue: "Valid", ...(operation === "UpdateAuthEventFeedback" && { FeedbackToken: "token" }) }, "UserNotFoundException", {
          message: { equals: "User does not exist." },
          messageStrength: "advisory",
        }, { sign: operation === "AdminUpdateAuthEventFeedback" }),
      ],
    }),
  ),
  scenario({
    id: "unknown-pool",
    operation: "UpdateAuthEventFeedback",
    member: "UserPoolId",
    rule: "not-found",
    title: "unsigned feedback naming a pool that does not exist answers ResourceNotFoundException with AWS's message",
    facts: ["s4.pool-not-found", "s7.feedback-unknown-pool", "s3.sigv4"],
    evidence: "INFERRED",
    fixtures: [],
    notes: ["The pool message is CONFIRMED for other operations; on this unsigned one INFERRED."],
    steps: [
      refused("UpdateAuthEventFeedback", { UserPoolId: MISSING_POOL_ID, Username: "someone", EventId: "00000000-0000-0000-0000-000000000000", FeedbackToken: "token", FeedbackValue: "Valid" }, "ResourceNotFoundException", {
        message: { equals: `User pool ${MISSING_POOL_ID} does not exist.` },
        messageStrength: "advisory",
      }, { sign: false }),
    ],
  }),
];

export const authEventCases: Case[] = [...paging, ...feedback];
