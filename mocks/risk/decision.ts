// The risk decision for one authentication event, as Cognito documents threat protection (seeds 001/002,
// aws-behavior.md §7). Pure: everything it needs arrives in RiskFacts.
import type { components } from "../../generated/types.ts";
import type { RiskConfigurationBody } from "../state.ts";
import { inRanges, type IpAddress } from "./cidr.ts";

type S = components["schemas"];
export type RiskLevel = S["RiskLevelType"];
export type EventType = S["EventType"];
export type EventResponse = S["EventResponseType"];
export type EventRisk = S["EventRiskType"];
export type NotifyTemplate = "BlockEmail" | "MfaEmail" | "NoActionEmail";

export interface RiskFacts {
  mode: S["AdvancedSecurityModeType"];
  configuration?: RiskConfigurationBody;
  ip: IpAddress;
  riskLevel?: RiskLevel;
  compromisedCredentials: boolean;
  eventType: EventType;
  /** Whether the user could answer an MFA challenge (see assess.ts for the definition). */
  userCanMfa: boolean;
  /** False for a wrong password: the event is recorded as failed, without risk (CONFIRMED, §11). Default true. */
  passwordCorrect?: boolean;
}

/** What the flow does next: go on, refuse with one of §11's errors, or ask for the user's MFA. */
export type RiskAction = "allow" | "block-ip" | "block-risk" | "mfa" | "block-compromised";

export interface RiskOutcome {
  /** False when threat protection is off: Cognito logs no event. */
  record: boolean;
  action: RiskAction;
  eventResponse: EventResponse;
  eventRisk?: EventRisk;
  /** The template to mail, when the account-takeover action for the risk level says Notify (ENFORCED only). */
  notify?: NotifyTemplate;
}

/**
 * EventFilter values and the event types they cover. ForgotPassword carries a password only when it is the
 * reset's confirmation (ConfirmForgotPassword), checked as a password change (INFERRED); ResendCode never does.
 */
const FILTER_OF: Partial<Record<EventType, S["EventFilterType"]>> = {
  SignIn: "SIGN_IN",
  SignUp: "SIGN_UP",
  PasswordChange: "PASSWORD_CHANGE",
  ForgotPassword: "PASSWORD_CHANGE",
};
const ALL_FILTERS: S["EventFilterType"][] = ["SIGN_IN", "SIGN_UP", "PASSWORD_CHANGE"];

const PASS: RiskOutcome = { record: false, action: "allow", eventResponse: "Pass" };

export function decideRisk(facts: RiskFacts): RiskOutcome {
  if (facts.mode === "OFF") return PASS;
  const enforced = facts.mode === "ENFORCED";
  // The always-block and always-allow lists belong to ENFORCED ("full-function") mode (DOC, §11).
  const exceptions = enforced ? facts.configuration?.RiskExceptionConfiguration : undefined;

  // A blocked address gets no risk level (DOC). Block wins over skip for an address in both (our choice: the safer).
  if (inRanges(facts.ip, exceptions?.BlockedIPRangeList)) {
    return recorded("Fail", { RiskDecision: "Block", CompromisedCredentialsDetected: false }, "block-ip");
  }
  // A wrong password is a failed sign-in, not a risk: `NoRisk`, no RiskLevel, nothing checked (CONFIRMED, §11).
  if (facts.passwordCorrect === false) return recorded("Fail", { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false });

  // Always-allow skips adaptive authentication (no risk level) but not the compromised-credentials check (DOC).
  const skipped = inRanges(facts.ip, exceptions?.SkippedIPRangeList);
  const level = skipped ? undefined : facts.riskLevel;
  const risk: EventRisk = { ...(level && { RiskLevel: level }), CompromisedCredentialsDetected: compromisedDetected(facts) };
  // A detected risk level is an AccountTakeover risk, whatever is done about it (DOC examples: passed sign-ins
  // with AccountTakeover); AUDIT "records risk but takes no action".
  const decision = level ? "AccountTakeover" : "NoRisk";
  if (!enforced) return recorded("Pass", { RiskDecision: decision, ...risk });

  if (risk.CompromisedCredentialsDetected && facts.configuration?.CompromisedCredentialsRiskConfiguration?.Actions.EventAction === "BLOCK") {
    return recorded("Fail", { RiskDecision: "Block", ...risk }, "block-compromised");
  }
  if (!level) return recorded("Pass", { RiskDecision: "NoRisk", ...risk });

  // No action configured for the level: no action taken, nothing mailed (our default, AWS UNKNOWN).
  const action = facts.configuration?.AccountTakeoverRiskConfiguration?.Actions[`${level}Action`] ?? { EventAction: "NO_ACTION", Notify: false };
  const [eventResponse, riskDecision] = applyAction(action.EventAction, facts.userCanMfa);
  const outcome = recorded(eventResponse, { RiskDecision: riskDecision, ...risk }, ACTION_FOR[eventResponse]);
  return action.Notify ? { ...outcome, notify: TEMPLATE_FOR[eventResponse] } : outcome;
}

/** MFA_REQUIRED without a way to do MFA blocks: the model's wording (the console page says it prompts setup). */
function applyAction(action: S["AccountTakeoverEventActionType"], userCanMfa: boolean): [EventResponse, S["RiskDecisionType"]] {
  switch (action) {
    case "BLOCK":
      return ["Fail", "Block"];
    case "MFA_REQUIRED":
      return [userCanMfa ? "InProgress" : "Fail", "AccountTakeover"];
    case "MFA_IF_CONFIGURED":
      return [userCanMfa ? "InProgress" : "Pass", "AccountTakeover"];
    case "NO_ACTION":
      return ["Pass", "AccountTakeover"];
  }
}

const ACTION_FOR: Record<EventResponse, RiskAction> = { Fail: "block-risk", InProgress: "mfa", Pass: "allow" };

/** The mail says what happened: blocked, challenged, or let through (so MFA_REQUIRED without MFA mails BlockEmail). */
const TEMPLATE_FOR: Record<EventResponse, NotifyTemplate> = { Fail: "BlockEmail", InProgress: "MfaEmail", Pass: "NoActionEmail" };

/**
 * Whether a compromised password counts for this event: EventFilter is an ENFORCED-mode setting ("Defaults to all
 * events", an empty list too); AUDIT checks every password event.
 */
function compromisedDetected(facts: RiskFacts): boolean {
  const configured = facts.mode === "ENFORCED" ? facts.configuration?.CompromisedCredentialsRiskConfiguration?.EventFilter : undefined;
  const filter = configured?.length ? configured : ALL_FILTERS;
  const source = FILTER_OF[facts.eventType];
  return facts.compromisedCredentials && source !== undefined && filter.includes(source);
}

const recorded = (eventResponse: EventResponse, eventRisk: EventRisk, action: RiskAction = "allow"): RiskOutcome => ({
  record: true,
  action,
  eventResponse,
  eventRisk,
});
