// Threat protection on real sign-ins (aws-behavior.md §11): every scenario here signs in through the API itself,
// so it runs on the mock, on any endpoint and on live AWS. The address is the suite's choice, hence deterministic:
// ContextData.IpAddress on AdminInitiateAuth, and on the public operations UserContextData.IpAddress through an
// app client with a secret and EnablePropagateAdditionalUserContextData (§11 DOC). Cases that need a chosen risk
// level keep the mock's control API (risk-decisions.ts).
import type { Case, Step } from "../../harness/case.ts";
import { defineComputation } from "../../harness/compute.ts";
import { model, ok, refused } from "./build.ts";
import { adminPasswordAuth, compute, passwordAuth, POOL, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";
import { PASSWORD_FLOWS } from "../../fixtures/sign-in.ts";

const USER = { ...POOL, Username: "{{username}}" };
export const SIGN_IN_SOURCES = [model("ContextDataType"), model("UserContextDataType"), model("RiskExceptionConfigurationType")];

/** ContextData as a server-side app sends it: the model requires IpAddress, ServerName, ServerPath, HttpHeaders. */
export const contextData = (ip: string) => ({
  IpAddress: ip,
  ServerName: "app.example.com",
  ServerPath: "/login",
  HttpHeaders: [{ headerName: "User-Agent", headerValue: "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0" }],
});

/** ADMIN_USER_PASSWORD_AUTH from `ip` (the fixture user and password unless told otherwise). */
export const adminSignInBody = (ip: string, options: { client?: string; password?: string } = {}) => ({ ...adminPasswordAuth(options), ContextData: contextData(ip) });
export const adminSignIn = (ip: string, client?: string): Step => ok("AdminInitiateAuth", adminSignInBody(ip, { ...(client && { client }) }), SIGNED_IN);

/**
 * An app client whose UserContextData.IpAddress counts: a secret and EnablePropagateAdditionalUserContextData (DOC).
 * Saves {{ctxClientId}}, {{ctxClientSecret}} and the fixture user's {{ctxSecretHash}}.
 */
export const propagatingClient: Step[] = [
  ok(
    "CreateUserPoolClient",
    { ...POOL, ClientName: "conformance-context", GenerateSecret: true, EnablePropagateAdditionalUserContextData: true, ExplicitAuthFlows: PASSWORD_FLOWS },
    { body: { UserPoolClient: { EnablePropagateAdditionalUserContextData: true } } },
    { ctxClientId: "UserPoolClient.ClientId", ctxClientSecret: "UserPoolClient.ClientSecret" },
  ),
  compute("secretHash", { clientSecret: "{{ctxClientSecret}}", username: "{{username}}", clientId: "{{ctxClientId}}", as: "ctxSecretHash" }),
];
/** USER_PASSWORD_AUTH through the propagating client, from `ip`. */
const publicSignInBody = (ip: string) => ({
  ...passwordAuth({ client: "{{ctxClientId}}", extra: { SECRET_HASH: "{{ctxSecretHash}}" } }),
  UserContextData: { IpAddress: ip },
});

export const configure = (settings: Record<string, unknown>, clientId?: string) => ok("SetRiskConfiguration", { ...POOL, ...(clientId && { ClientId: clientId }), ...settings });
export const listEvents = (expect: object, save?: Record<string, string>) => ok("AdminListUserAuthEvents", USER, expect, save);
const blockList = (ranges: string[]) => configure({ RiskExceptionConfiguration: { BlockedIPRangeList: ranges } });
const BLOCKED_IP = { message: { equals: "Request not allowed due to security reasons." } };
const COMPROMISED = { message: { equals: "Provided password cannot be used for security reasons." } };
/** A breached password that meets the default policy: on the mock's seeded list, and on every breach corpus. */
const BREACHED = "Password123!";
const allLevels = (EventAction: string) =>
  Object.fromEntries(["LowAction", "MediumAction", "HighAction"].map((level) => [level, { EventAction, Notify: false }]));

/** The event_id claim of a token: what a client reads from its JWT, no secret involved. */
defineComputation("tokenEventId", (args: { token: string; as?: string }) => {
  const payload = JSON.parse(Buffer.from(String(args.token).split(".")[1] ?? "", "base64url").toString("utf8") || "{}");
  return { [args.as ?? "tokenEventId"]: String(payload.event_id ?? "") };
});

export const riskSignInCases: Case[] = [
  signInScenario({
    id: "blocked-ip",
    operation: "SetRiskConfiguration",
    member: "RiskExceptionConfiguration.BlockedIPRangeList",
    rule: "blocked-ip",
    title: "ADMIN_USER_PASSWORD_AUTH from an address in BlockedIPRangeList: NotAuthorizedException `Request not allowed due to security reasons.`; from another address, tokens",
    sources: SIGN_IN_SOURCES,
    facts: ["s7.blocked-ips", "s11.lists-enforced", "s11.blocked-ip-message", "s11.context-data"],
    evidence: "DOC",
    steps: [
      blockList(["203.0.113.0/24"]),
      refused("AdminInitiateAuth", adminSignInBody("203.0.113.20"), "NotAuthorizedException", BLOCKED_IP),
      adminSignIn("198.51.100.20"),
    ],
  }),
  signInScenario({
    id: "blocked-ipv6",
    operation: "SetRiskConfiguration",
    member: "RiskExceptionConfiguration.BlockedIPRangeList",
    rule: "blocked-ip",
    title: "an IPv6 address inside a blocked IPv6 range is refused like an IPv4 one",
    sources: SIGN_IN_SOURCES,
    facts: ["s7.blocked-ips", "s5.cidr-format", "s11.blocked-ip-message", "s11.context-data"],
    evidence: "DOC",
    steps: [blockList(["2001:db8::/32"]), refused("AdminInitiateAuth", adminSignInBody("2001:db8::1"), "NotAuthorizedException", BLOCKED_IP), adminSignIn("2001:db9::1")],
  }),
  signInScenario({
    id: "blocked-ip-public-flow",
    operation: "InitiateAuth",
    member: "UserContextData.IpAddress",
    rule: "blocked-ip",
    title: "USER_PASSWORD_AUTH through a client that propagates UserContextData, from a blocked address: refused; from another, tokens",
    sources: SIGN_IN_SOURCES,
    facts: ["s7.blocked-ips", "s11.blocked-ip-message", "s11.user-context-data"],
    evidence: "DOC",
    steps: [
      ...propagatingClient,
      blockList(["203.0.113.0/24"]),
      refused("InitiateAuth", publicSignInBody("203.0.113.21"), "NotAuthorizedException", BLOCKED_IP),
      ok("InitiateAuth", publicSignInBody("198.51.100.21"), SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "blocked-ip-events",
    operation: "AdminListUserAuthEvents",
    member: "EventRisk",
    rule: "blocked-event",
    title: "a blocked sign-in is listed once: SignIn, Fail, RiskDecision Block, no RiskLevel, the address it came from",
    sources: SIGN_IN_SOURCES,
    facts: ["s11.blocked-event", "s11.blocked-no-risk-level", "s7.event-shape"],
    evidence: "INFERRED",
    steps: [
      blockList(["203.0.113.0/24"]),
      refused("AdminInitiateAuth", adminSignInBody("203.0.113.22"), "NotAuthorizedException"),
      listEvents({
        body: { AuthEvents: [{ EventType: "SignIn", EventResponse: "Fail", EventRisk: { RiskDecision: "Block" }, EventContextData: { IpAddress: "203.0.113.22" } }] },
        bodyAbsent: ["AuthEvents.0.EventRisk.RiskLevel"],
      }),
    ],
  }),
  signInScenario({
    id: "skipped-ip",
    operation: "SetRiskConfiguration",
    member: "RiskExceptionConfiguration.SkippedIPRangeList",
    rule: "skipped-ip",
    title: "every level BLOCKs, yet a sign-in from an address in SkippedIPRangeList gets tokens and is listed as passed",
    sources: SIGN_IN_SOURCES,
    facts: ["s7.skipped-ips", "s11.lists-enforced", "s11.skip-keeps-compromised", "s11.context-data"],
    evidence: "DOC",
    steps: [
      configure({ AccountTakeoverRiskConfiguration: { Actions: allLevels("BLOCK") }, RiskExceptionConfiguration: { SkippedIPRangeList: ["198.51.100.0/24"] } }),
      adminSignIn("198.51.100.30"),
      listEvents({ body: { AuthEvents: [{ EventType: "SignIn", EventResponse: "Pass", EventContextData: { IpAddress: "198.51.100.30" } }] } }),
    ],
  }),
  signInScenario({
    id: "skipped-ip-still-checks-compromised",
    operation: "SignUp",
    member: "Password",
    rule: "skipped-ip-compromised",
    title: "a sign-up from an address in SkippedIPRangeList with a breached password is still refused (always-allow skips adaptive authentication only)",
    sources: SIGN_IN_SOURCES,
    facts: ["s11.skip-keeps-compromised", "s11.compromised-sign-up", "s11.user-context-data"],
    evidence: "DOC",
    steps: [
      ...propagatingClient,
      configure({ CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } }, RiskExceptionConfiguration: { SkippedIPRangeList: ["198.51.100.0/24"] } }),
      compute("secretHash", { clientSecret: "{{ctxClientSecret}}", username: "conformance-breached@example.com", clientId: "{{ctxClientId}}", as: "newSecretHash" }),
      refused(
        "SignUp",
        { ClientId: "{{ctxClientId}}", SecretHash: "{{newSecretHash}}", Username: "conformance-breached@example.com", Password: BREACHED, UserContextData: { IpAddress: "198.51.100.31" } },
        "InvalidPasswordException",
        COMPROMISED,
      ),
    ],
  }),
  signInScenario({
    id: "audit-lists-do-nothing",
    operation: "UpdateUserPool",
    member: "UserPoolAddOns.AdvancedSecurityMode",
    rule: "audit-mode",
    title: "AUDIT: a sign-in from an address in BlockedIPRangeList gets tokens (the lists belong to ENFORCED) and the event is recorded as passed",
    sources: SIGN_IN_SOURCES,
    facts: ["s11.lists-enforced", "s7.audit-no-action", "s11.audit-records"],
    evidence: "DOC",
    steps: [
      ok("UpdateUserPool", { ...POOL, UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }),
      blockList(["203.0.113.0/24"]),
      adminSignIn("203.0.113.40"),
      listEvents({ body: { AuthEvents: [{ EventType: "SignIn", EventResponse: "Pass", EventContextData: { IpAddress: "203.0.113.40" } }] } }),
    ],
  }),
  signInScenario({
    id: "off-records-nothing",
    operation: "UpdateUserPool",
    member: "UserPoolAddOns.AdvancedSecurityMode",
    rule: "off-mode",
    title: "OFF: a sign-in from a blocked address gets tokens and leaves no event (listed after turning AUDIT on)",
    sources: SIGN_IN_SOURCES,
    facts: ["s11.lists-enforced", "s7.event-shape", "s7.empty-list"],
    evidence: "INFERRED",
    notes: ["That OFF evaluates nothing is the mode's meaning (no threat protection); that no event is kept to be listed later is INFERRED."],
    steps: [
      blockList(["203.0.113.0/24"]),
      ok("UpdateUserPool", { ...POOL, UserPoolAddOns: { AdvancedSecurityMode: "OFF" } }),
      adminSignIn("203.0.113.41"),
      ok("UpdateUserPool", { ...POOL, UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }),
      listEvents({ body: { AuthEvents: [] } }),
    ],
  }),
  signInScenario({
    id: "client-configuration-decides",
    operation: "SetRiskConfiguration",
    member: "ClientId",
    rule: "client-override",
    title: "the pool blocks an address, the client's own configuration does not list it: through the client, tokens; through another client, refused",
    sources: SIGN_IN_SOURCES,
    facts: ["s5.scope", "s7.blocked-ips", "s11.blocked-ip-message", "s11.context-data"],
    evidence: "DOC",
    steps: [
      ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-other", ExplicitAuthFlows: PASSWORD_FLOWS }, {}, { otherClientId: "UserPoolClient.ClientId" }),
      blockList(["203.0.113.0/24"]),
      configure({ RiskExceptionConfiguration: { SkippedIPRangeList: ["192.0.2.0/24"] } }, "{{signInClientId}}"),
      adminSignIn("203.0.113.50"),
      refused("AdminInitiateAuth", adminSignInBody("203.0.113.51", { client: "{{otherClientId}}" }), "NotAuthorizedException", BLOCKED_IP),
    ],
  }),
  signInScenario({
    id: "compromised-password-sign-up",
    operation: "SignUp",
    member: "Password",
    rule: "compromised-credentials",
    title: "compromised credentials BLOCK for SIGN_UP: a breached password is InvalidPasswordException `Provided password cannot be used for security reasons.`; a fresh one signs up",
    sources: [model("CompromisedCredentialsRiskConfigurationType.EventFilter")],
    facts: ["s11.compromised-sign-up", "s11.event-filter"],
    evidence: "DOC",
    steps: [
      configure({ CompromisedCredentialsRiskConfiguration: { EventFilter: ["SIGN_UP"], Actions: { EventAction: "BLOCK" } } }),
      refused("SignUp", { ClientId: "{{signInClientId}}", Username: "conformance-breached@example.com", Password: BREACHED }, "InvalidPasswordException", COMPROMISED),
      ok("SignUp", { ClientId: "{{signInClientId}}", Username: "conformance-breached@example.com", Password: "{{password}}" }, { body: { UserConfirmed: false } }),
    ],
  }),
  signInScenario({
    id: "challenge-responses",
    operation: "AdminListUserAuthEvents",
    member: "ChallengeResponses",
    rule: "challenge-responses",
    title: "a wrong password, then the right one: exactly two SignIn events, Fail with Password/Failure and NoRisk without level, Pass with Password/Success",
    sources: SIGN_IN_SOURCES,
    facts: ["s11.failed-sign-in-event", "s11.challenged-event", "s7.event-shape"],
    evidence: "DOC",
    notes: ["The order of the two events is undocumented: the set is asserted."],
    steps: [
      refused("AdminInitiateAuth", adminSignInBody("198.51.100.60", { password: "{{password}}-not" }), "NotAuthorizedException"),
      adminSignIn("198.51.100.61"),
      listEvents({
        body: {
          AuthEvents: {
            $all: [
              {
                EventType: "SignIn",
                EventResponse: "Fail",
                EventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
                ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Failure" }],
                EventContextData: { IpAddress: "198.51.100.60" },
              },
              { EventType: "SignIn", EventResponse: "Pass", ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Success" }], EventContextData: { IpAddress: "198.51.100.61" } },
            ],
          },
        },
        bodyAbsent: ["AuthEvents.2"],
      }),
    ],
  }),
  signInScenario({
    id: "tokens-carry-event-id",
    operation: "AdminListUserAuthEvents",
    member: "EventId",
    rule: "event-id-in-tokens",
    title: "the access token of a sign-in carries, as event_id, the EventId AdminListUserAuthEvents lists for it",
    sources: SIGN_IN_SOURCES,
    facts: ["s11.token-event-id", "s7.event-shape"],
    evidence: "DOC",
    steps: [
      ok("AdminInitiateAuth", adminSignInBody("198.51.100.62"), SIGNED_IN, { accessToken: "AuthenticationResult.AccessToken" }),
      compute("tokenEventId", { token: "{{accessToken}}" }),
      listEvents({ body: { AuthEvents: [{ EventId: { $eq: "{{tokenEventId}}", $pattern: "\\S" } }] } }),
    ],
  }),
  signInScenario({
    id: "feedback-on-real-event",
    operation: "AdminUpdateAuthEventFeedback",
    member: "EventId",
    rule: "feedback-real-event",
    title: "AdminUpdateAuthEventFeedback on a real sign-in's event shows as its EventFeedback",
    sources: SIGN_IN_SOURCES,
    facts: ["s7.event-shape"],
    evidence: "DOC",
    steps: [
      adminSignIn("198.51.100.63"),
      listEvents({ body: { AuthEvents: [{ EventContextData: { IpAddress: "198.51.100.63" } }] } }, { eventId: "AuthEvents.0.EventId" }),
      ok("AdminUpdateAuthEventFeedback", { ...USER, EventId: "{{eventId}}", FeedbackValue: "Invalid" }, { bodyEquals: {} }),
      listEvents({ body: { AuthEvents: [{ EventId: "{{eventId}}", EventFeedback: { FeedbackValue: "Invalid" } }] } }),
    ],
  }),
];
