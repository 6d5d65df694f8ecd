// SetRiskConfiguration / DescribeRiskConfiguration: scopes, client override, resets, Notify without templates
// (aws-behavior.md §5). Two distinguishable configurations let each describe show whose settings it returns.
import type { Case } from "../../harness/case.ts";
import { model, ok, refused, scenario, seed, createPool } from "./build.ts";

/** The pool's settings: blocks at High risk. */
export const POOL_TAKEOVER = {
  Actions: { HighAction: { EventAction: "BLOCK", Notify: false }, MediumAction: { EventAction: "NO_ACTION", Notify: false } },
};
/** The client's settings: lets High risk through, and compromised credentials blocked. */
export const CLIENT_TAKEOVER = { Actions: { HighAction: { EventAction: "NO_ACTION", Notify: false } } };
export const CLIENT_COMPROMISED = { Actions: { EventAction: "BLOCK" }, EventFilter: ["SIGN_IN"] };

const setPool = ok("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", AccountTakeoverRiskConfiguration: POOL_TAKEOVER });
const setClient = ok("SetRiskConfiguration", {
  UserPoolId: "{{userPoolId}}",
  ClientId: "{{clientId}}",
  AccountTakeoverRiskConfiguration: CLIENT_TAKEOVER,
  CompromisedCredentialsRiskConfiguration: CLIENT_COMPROMISED,
});
const describe = (withClient: boolean, expect: object) =>
  ok("DescribeRiskConfiguration", { UserPoolId: "{{userPoolId}}", ...(withClient && { ClientId: "{{clientId}}" }) }, expect);

const SETTINGS = ["CompromisedCredentialsRiskConfiguration", "AccountTakeoverRiskConfiguration", "RiskExceptionConfiguration"];
const noSettings = SETTINGS.map((s) => `RiskConfiguration.${s}`);
const poolSettings = { body: { RiskConfiguration: { AccountTakeoverRiskConfiguration: POOL_TAKEOVER } } };

const SOURCES_SCOPE = [seed("000_1985bdcf5f030f2a.txt", "SetRiskConfiguration reference"), model("SetRiskConfigurationRequest.ClientId")];

export const riskConfigurationCases: Case[] = [
  scenario({
    id: "never-configured",
    operation: "DescribeRiskConfiguration",
    rule: "describe-never-configured",
    title: "a pool never configured describes as its id alone, without settings or LastModifiedDate",
    facts: ["s5.describe-unconfigured"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [ok("DescribeRiskConfiguration", { UserPoolId: "{{userPoolId}}" }, { bodyAbsent: [...noSettings, "RiskConfiguration.ClientId", "RiskConfiguration.LastModifiedDate"] })],
  }),
  scenario({
    id: "pool-scope-stored",
    operation: "SetRiskConfiguration",
    rule: "pool-scope",
    title: "with UserPoolId alone the configuration is the pool's: echoed, then described, without ClientId",
    sources: SOURCES_SCOPE,
    facts: ["s5.scope", "s5.echo"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      ok("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", AccountTakeoverRiskConfiguration: POOL_TAKEOVER }, { ...poolSettings, bodyAbsent: ["RiskConfiguration.ClientId"] }),
      describe(false, { ...poolSettings, bodyAbsent: ["RiskConfiguration.ClientId", "RiskConfiguration.CompromisedCredentialsRiskConfiguration"] }),
    ],
  }),
  scenario({
    id: "client-overrides-pool",
    operation: "DescribeRiskConfiguration",
    member: "ClientId",
    rule: "client-override",
    title: "a client's own configuration replaces the pool's for that client, and the pool keeps its own",
    sources: SOURCES_SCOPE,
    facts: ["s5.scope", "s5.echo"],
    evidence: "DOC",
    steps: [
      setPool,
      setClient,
      describe(true, {
        body: { RiskConfiguration: { AccountTakeoverRiskConfiguration: CLIENT_TAKEOVER, CompromisedCredentialsRiskConfiguration: CLIENT_COMPROMISED } },
      }),
      describe(false, { ...poolSettings, bodyAbsent: ["RiskConfiguration.ClientId", "RiskConfiguration.CompromisedCredentialsRiskConfiguration"] }),
    ],
  }),
  scenario({
    id: "client-without-own-inherits",
    operation: "DescribeRiskConfiguration",
    member: "ClientId",
    rule: "client-inherits",
    title: "describing a client without its own configuration shows the pool's, without ClientId",
    sources: [model("DescribeRiskConfigurationRequest.ClientId")],
    facts: ["s5.describe-client-fallback"],
    evidence: "INFERRED",
    fixtures: ["pool", "client"],
    steps: [setPool, describe(true, { ...poolSettings, bodyAbsent: ["RiskConfiguration.ClientId"] })],
  }),
  scenario({
    id: "reset-pool-to-defaults",
    operation: "SetRiskConfiguration",
    rule: "reset-pool",
    title: "SetRiskConfiguration with UserPoolId alone puts the pool back to defaults",
    sources: SOURCES_SCOPE,
    facts: ["s5.reset-pool", "s5.echo", "s5.describe-unconfigured"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      setPool,
      ok("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}" }, { bodyAbsent: noSettings }),
      describe(false, { bodyAbsent: noSettings }),
    ],
  }),
  scenario({
    id: "reset-client-inherits-again",
    operation: "SetRiskConfiguration",
    member: "ClientId",
    rule: "reset-client",
    title: "SetRiskConfiguration with UserPoolId + ClientId alone makes the client inherit the pool's configuration again",
    sources: SOURCES_SCOPE,
    facts: ["s5.reset-client", "s5.describe-client-fallback"],
    evidence: "INFERRED",
    fixtures: ["pool", "client"],
    steps: [
      setPool,
      setClient,
      ok("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", ClientId: "{{clientId}}" }, { bodyAbsent: noSettings }),
      describe(true, { ...poolSettings, bodyAbsent: ["RiskConfiguration.ClientId", "RiskConfiguration.CompromisedCredentialsRiskConfiguration"] }),
    ],
  }),
  scenario({
    id: "client-of-another-pool",
    operation: "SetRiskConfiguration",
    member: "ClientId",
    rule: "client-must-belong-to-pool",
    title: "a ClientId of another pool's client is not found in this pool",
    facts: ["s4.client-not-found", "s5.client-of-another-pool"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      createPool("behaviour-other"),
      ok("CreateUserPoolClient", { UserPoolId: "{{otherPoolId}}", ClientName: "other-client" }, {}, { otherClientId: "UserPoolClient.ClientId" }),
      refused("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", ClientId: "{{otherClientId}}" }, "ResourceNotFoundException", {
        message: { pattern: "^User pool client \\S+ does not exist\\.$" },
        messageStrength: "advisory",
      }),
    ],
  }),
  scenario({
    id: "notify-false-without-templates",
    operation: "SetRiskConfiguration",
    member: "AccountTakeoverRiskConfiguration.NotifyConfiguration",
    rule: "notify-false-accepted",
    title: "Notify=false without a NotifyConfiguration is accepted and stored",
    facts: ["s5.notify-false-no-config"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [setPool, describe(false, poolSettings)],
  }),
  scenario({
    id: "notify-true-without-templates",
    operation: "SetRiskConfiguration",
    member: "AccountTakeoverRiskConfiguration.NotifyConfiguration",
    rule: "notify-without-configuration-refused",
    title: "Notify=true without a NotifyConfiguration is refused, and nothing is stored",
    facts: ["s5.notify-true-no-config"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: ["AWS's answer is UNKNOWN (INFERRED InvalidParameterException); the message is not asserted."],
    steps: [
      refused("SetRiskConfiguration", {
        UserPoolId: "{{userPoolId}}",
        AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
      }, "InvalidParameterException"),
      describe(false, { bodyAbsent: noSettings }),
    ],
  }),
];
