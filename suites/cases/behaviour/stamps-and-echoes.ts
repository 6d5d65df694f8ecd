// What answers carry besides the settings: LastModifiedDate advancing on every write (and DescribeUserPool
// showing it), the UserPoolId / ClientId echo of risk configurations, and the EventId a sign-in returned being
// the one listed. Saved values (`{{before}}`) and order matchers (`$gt`) express "later than".
import type { Case } from "../../harness/case.ts";
import { control, later, model, ok, scenario, seed } from "./build.ts";
import { CLIENT_TAKEOVER, POOL_TAKEOVER } from "./risk-configuration.ts";

const POOL = { UserPoolId: "{{userPoolId}}" };
const CLIENT = { ...POOL, ClientId: "{{clientId}}" };
const RISK_SOURCES = [seed("000_1985bdcf5f030f2a.txt", "SetRiskConfiguration reference"), model("RiskConfigurationType")];
const setRisk = (scope: object, save?: Record<string, string>, expect: object = {}) =>
  ok("SetRiskConfiguration", { ...scope, AccountTakeoverRiskConfiguration: "ClientId" in scope ? CLIENT_TAKEOVER : POOL_TAKEOVER }, expect, save);
/** A stamp is an epoch-seconds number; any real one is far above 0. */
const STAMPED = { $gt: 0 };

export const stampAndEchoCases: Case[] = [
  scenario({
    id: "last-modified-advances",
    operation: "UpdateUserPool",
    member: "LastModifiedDate",
    rule: "last-modified-advances",
    title: "after an update DescribeUserPool shows a LastModifiedDate later than before, and the same CreationDate",
    sources: [model("UserPoolType.LastModifiedDate")],
    facts: ["model.members", "s1.success"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      ok("DescribeUserPool", POOL, { body: { UserPool: { LastModifiedDate: STAMPED } } }, { before: "UserPool.LastModifiedDate", created: "UserPool.CreationDate" }),
      later(ok("UpdateUserPool", { ...POOL, SmsAuthenticationMessage: "Your code is {####}" }, { bodyEquals: {} })),
      ok("DescribeUserPool", POOL, { body: { UserPool: { LastModifiedDate: { $gt: "{{before}}" }, CreationDate: { $eq: "{{created}}" } } } }),
    ],
  }),
  scenario({
    id: "last-modified-advances",
    operation: "SetRiskConfiguration",
    member: "RiskConfiguration.LastModifiedDate",
    rule: "last-modified-advances",
    title: "a second SetRiskConfiguration answers a later LastModifiedDate, and DescribeRiskConfiguration shows that one",
    sources: RISK_SOURCES,
    facts: ["s5.echo"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      setRisk(POOL, { first: "RiskConfiguration.LastModifiedDate" }, { body: { RiskConfiguration: { LastModifiedDate: STAMPED } } }),
      later(setRisk(POOL, { second: "RiskConfiguration.LastModifiedDate" }, { body: { RiskConfiguration: { LastModifiedDate: { $gt: "{{first}}" } } } })),
      ok("DescribeRiskConfiguration", POOL, { body: { RiskConfiguration: { LastModifiedDate: { $eq: "{{second}}" } } } }),
    ],
  }),
  scenario({
    id: "echo/pool",
    operation: "SetRiskConfiguration",
    member: "UserPoolId",
    rule: "echo-ids",
    title: "a pool-scope configuration answers and describes with the pool's UserPoolId and a LastModifiedDate, without ClientId",
    sources: RISK_SOURCES,
    facts: ["s5.echo", "s5.scope"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      setRisk(POOL, undefined, { body: { RiskConfiguration: { UserPoolId: "{{userPoolId}}", LastModifiedDate: STAMPED } }, bodyAbsent: ["RiskConfiguration.ClientId"] }),
      ok("DescribeRiskConfiguration", POOL, { body: { RiskConfiguration: { UserPoolId: "{{userPoolId}}", LastModifiedDate: STAMPED } }, bodyAbsent: ["RiskConfiguration.ClientId"] }),
    ],
  }),
  scenario({
    id: "echo/client",
    operation: "SetRiskConfiguration",
    member: "ClientId",
    rule: "echo-ids",
    title: "a client-scope configuration answers and describes with both the UserPoolId and the ClientId",
    sources: RISK_SOURCES,
    facts: ["s5.echo", "s5.scope"],
    evidence: "DOC",
    fixtures: ["pool", "client"],
    steps: [
      setRisk(CLIENT, undefined, { body: { RiskConfiguration: { UserPoolId: "{{userPoolId}}", ClientId: "{{clientId}}", LastModifiedDate: STAMPED } } }),
      ok("DescribeRiskConfiguration", CLIENT, { body: { RiskConfiguration: { UserPoolId: "{{userPoolId}}", ClientId: "{{clientId}}", LastModifiedDate: STAMPED } } }),
    ],
  }),
  scenario({
    id: "echo/client-reset",
    operation: "SetRiskConfiguration",
    member: "ClientId",
    rule: "echo-ids",
    title: "resetting a client (UserPoolId + ClientId alone) answers both ids and a LastModifiedDate",
    sources: RISK_SOURCES,
    facts: ["s5.echo", "s5.reset-client"],
    evidence: "DOC",
    fixtures: ["pool", "client"],
    notes: ["That the reset answer carries LastModifiedDate is the mock's choice (the reset is a write): only the ids are asserted."],
    steps: [setRisk(CLIENT), ok("SetRiskConfiguration", CLIENT, { body: { RiskConfiguration: { UserPoolId: "{{userPoolId}}", ClientId: "{{clientId}}" } } })],
  }),
  scenario({
    id: "event-id-of-sign-in",
    operation: "AdminListUserAuthEvents",
    member: "AuthEvents.EventId",
    rule: "event-id-matches",
    title: "the listed event's EventId is the one the sign-in returned, and its CreationDate is stamped",
    sources: [model("AuthEventType.EventId")],
    facts: ["s7.event-shape", "mock.control-api"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      control("signIn", { UserPoolId: "{{userPoolId}}", Username: "{{username}}", IpAddress: "198.51.100.40" }, { body: { EventId: { $pattern: "\\S" } } }),
      ok("AdminListUserAuthEvents", { UserPoolId: "{{userPoolId}}", Username: "{{username}}", MaxResults: 1 }, { body: { AuthEvents: [{ EventId: "{{EventId}}", CreationDate: STAMPED }] } }),
    ],
  }),
];
