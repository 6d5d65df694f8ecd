// What the configuration decides for a sign-in of a chosen risk level (aws-behavior.md §7, seed 002): AWS's risk
// model can't be steered, so these sign in through the mock's control API (PRECONDITION_FAILED elsewhere) and read
// the logged event back through AdminListUserAuthEvents. What AWS reproduces deterministically (the IP lists,
// modes, client scope, compromised sign-ups, events) signs in through the real API: risk-sign-ins.ts.
import type { Case, Step } from "../../harness/case.ts";
import type { FactId } from "../../evidence/facts.ts";
import { control, model, ok, scenario, seed } from "./build.ts";

const USER = { UserPoolId: "{{userPoolId}}", Username: "{{username}}" };
const SOURCES = [seed("002_d992fe9094bc9ebc.txt", "adding advanced security"), model("AccountTakeoverActionType.EventAction")];
const LEVELS = ["Low", "Medium", "High"] as const;
const ACTIONS = ["BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION"] as const;

const configure = (settings: Record<string, unknown>, clientId?: string) =>
  ok("SetRiskConfiguration", { UserPoolId: "{{userPoolId}}", ...(clientId && { ClientId: clientId }), ...settings });
const signIn = (ip: string, extra: Record<string, unknown> = {}) => control("signIn", { ...USER, IpAddress: ip, ...extra });
/** The newest event must show this. */
const lastEvent = (event: Record<string, unknown>): Step => ok("AdminListUserAuthEvents", { ...USER, MaxResults: 1 }, { body: { AuthEvents: [event] } });
const highBlocks = { AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } } };

/**
 * The fixture user has no MFA and no verified contact, so it cannot answer a challenge: MFA_IF_CONFIGURED lets it
 * through, MFA_REQUIRED blocks it (the model's action descriptions).
 */
const OUTCOME: Record<(typeof ACTIONS)[number], { response: string; decision?: string }> = {
  // A blocked sign-in recorded as Block is INFERRED (aws-behavior.md §11).
  BLOCK: { response: "Fail", decision: "Block" },
  MFA_IF_CONFIGURED: { response: "Pass" },
  MFA_REQUIRED: { response: "Fail" },
  // The decision NO_ACTION records is not asserted: the DOC examples record AccountTakeover for passed risky
  // sign-ins at Low and Medium; at High the evidence is silent.
  NO_ACTION: { response: "Pass" },
};
const ACTION_FACTS: Record<(typeof ACTIONS)[number], FactId[]> = {
  BLOCK: ["s7.enforced-actions", "s11.blocked-event"],
  MFA_IF_CONFIGURED: ["s7.enforced-actions", "s11.mfa-if-configured", "s11.risk-mfa-ordinary"],
  MFA_REQUIRED: ["s7.enforced-actions", "s11.mfa-required", "s11.risk-mfa-ordinary"],
  NO_ACTION: ["s7.enforced-actions"],
};

/** Each level gets the action under test; the other levels get an action with a different outcome. */
const perLevel: Case[] = LEVELS.flatMap((level) =>
  ACTIONS.map((action) => {
    const other = OUTCOME[action].response === "Fail" ? "NO_ACTION" : "BLOCK";
    const actions = Object.fromEntries(LEVELS.map((l) => [`${l}Action`, { EventAction: l === level ? action : other, Notify: false }]));
    const mfa = action.startsWith("MFA");
    return scenario({
      id: `enforced/${level}/${action}`,
      operation: "SetRiskConfiguration",
      member: `AccountTakeoverRiskConfiguration.Actions.${level}Action.EventAction`,
      rule: "enforced-action",
      title: `ENFORCED, ${level} risk with ${action}: the sign-in is ${OUTCOME[action].response === "Fail" ? "refused" : "let through"} (${OUTCOME[action].response})`,
      sources: SOURCES,
      facts: ACTION_FACTS[action],
      evidence: action === "NO_ACTION" ? "DOC" : "INFERRED",
      fixtures: ["pool", "user"],
      ...(mfa && { notes: ["The outcome of MFA actions for a user without MFA is INFERRED from the model's descriptions; the RiskDecision they record is not asserted."] }),
      ...(action === "NO_ACTION" && { notes: ["The RiskDecision NO_ACTION records is not asserted: the DOC examples show AccountTakeover for passed risky sign-ins (Low, Medium)."] }),
      steps: [
        configure({ AccountTakeoverRiskConfiguration: { Actions: actions } }),
        signIn("203.0.113.10", { RiskLevel: level }),
        lastEvent({ EventResponse: OUTCOME[action].response, EventRisk: { RiskLevel: level, ...(OUTCOME[action].decision && { RiskDecision: OUTCOME[action].decision }) } }),
      ],
    });
  }),
);

export const riskDecisionCases: Case[] = [
  ...perLevel,
  scenario({
    id: "skipped-ip-not-evaluated",
    operation: "SetRiskConfiguration",
    member: "RiskExceptionConfiguration.SkippedIPRangeList",
    rule: "skipped-ip",
    title: "a High-risk sign-in from an address in SkippedIPRangeList is not evaluated: Pass, NoRisk, though High blocks",
    sources: SOURCES,
    facts: ["s7.skipped-ips", "s11.lists-enforced"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      configure({ ...highBlocks, RiskExceptionConfiguration: { SkippedIPRangeList: ["203.0.113.0/24"] } }),
      signIn("203.0.113.30", { RiskLevel: "High" }),
      lastEvent({ EventResponse: "Pass", EventRisk: { RiskDecision: "NoRisk" } }),
    ],
  }),
  scenario({
    id: "audit-takes-no-action",
    operation: "UpdateUserPool",
    member: "UserPoolAddOns.AdvancedSecurityMode",
    rule: "audit-mode",
    title: "AUDIT records a High-risk sign-in but takes no action, though High blocks",
    sources: SOURCES,
    facts: ["s7.audit-no-action", "s11.audit-records"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    notes: ["The RiskDecision AUDIT records is UNKNOWN: only the response and the level are asserted."],
    steps: [
      ok("UpdateUserPool", { UserPoolId: "{{userPoolId}}", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }),
      configure(highBlocks),
      signIn("203.0.113.40", { RiskLevel: "High" }),
      lastEvent({ EventResponse: "Pass", EventRisk: { RiskLevel: "High" } }),
    ],
  }),
  // Outside the filter only the response is asserted: whether the event still records a detection is not documented.
  ...([
    ["in-filter", ["SIGN_IN"], "Fail", { CompromisedCredentialsDetected: true }],
    ["outside-filter", ["SIGN_UP"], "Pass", undefined],
  ] as const).map(([tag, filter, response, risk]) =>
    scenario({
      id: `compromised-credentials/${tag}`,
      operation: "SetRiskConfiguration",
      member: "CompromisedCredentialsRiskConfiguration.EventFilter",
      rule: "compromised-credentials",
      title: `compromised credentials on a sign-in with BLOCK and EventFilter ${filter.join(",")}: ${response}`,
      sources: [...SOURCES, model("CompromisedCredentialsRiskConfigurationType.EventFilter")],
      facts: ["s11.event-filter", "s11.compromised-block-reset", "s7.event-shape"],
      evidence: "DOC",
      fixtures: ["pool", "user"],
      steps: [
        configure({ CompromisedCredentialsRiskConfiguration: { EventFilter: filter, Actions: { EventAction: "BLOCK" } } }),
        signIn("203.0.113.60", { CompromisedCredentials: true }),
        lastEvent({ EventResponse: response, ...(risk && { EventRisk: risk }) }),
      ],
    }),
  ),
];
