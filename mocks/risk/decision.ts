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

/** EventFilter values and the event types they cover; ForgotPassword and ResendCode carry no password to check. */
const FILTER_OF: Partial<Record<EventType, S["EventFilterType"]>> = {
  SignIn: "SIGN_IN",
  SignUp: "SIGN_UP",
  PasswordChange: "PASSWORD_CHANGE",
};
const ALL_FILTERS: S["EventFilterType"][] = ["SIGN_IN", "SIGN_UP", "PASSWORD_CHANGE"];

const PASS: RiskOutcome = { record: false, action: "allow", eventResponse: "Pass" };

export function decideRisk(facts: RiskFacts): RiskOutcome {
  if (facts.mode === "OFF") return PASS;
  const exceptions = facts.configuration?.RiskExceptionConfiguration;
  const enforced = facts.mode === "ENFORCED";

  // Always-block wins over always-allow when an address is in both lists (our choice: the safer reading).
  if (enforced && inRanges(facts.ip, exceptions?.BlockedIPRangeList)) {
    return recorded("Fail", { RiskDecision: "Block", ...assessed(facts) }, "block-ip");
  }
  // A wrong password is a failed sign-in, not a risk: `NoRisk`, no RiskLevel, nothing checked (CONFIRMED, §11).
  if (facts.passwordCorrect === false) return recorded("Fail", { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false });
  // "Risk detection isn't performed on the IP addresses in this range list."
  if (inRanges(facts.ip, exceptions?.SkippedIPRangeList)) {
    return recorded("Pass", { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false });
  }
  const risk = assessed(facts);
  // AUDIT: "records risk but takes no action".
  if (!enforced) return recorded("Pass", { RiskDecision: "NoRisk", ...risk });

  const compromised = facts.configuration?.CompromisedCredentialsRiskConfiguration;
  if (risk.CompromisedCredentialsDetected && compromised?.Actions.EventAction === "BLOCK") {
    return recorded("Fail", { RiskDecision: "Block", ...risk }, "block-compromised");
  }
  if (!facts.riskLevel) return recorded("Pass", { RiskDecision: "NoRisk", ...risk });

  // No action configured for the level: no action taken, nothing mailed (our default, AWS UNKNOWN).
  const action = facts.configuration?.AccountTakeoverRiskConfiguration?.Actions[`${facts.riskLevel}Action`] ?? {
    EventAction: "NO_ACTION",
    Notify: false,
  };
  const [eventResponse, decision] = applyAction(action.EventAction, facts.userCanMfa);
  const outcome = recorded(eventResponse, { RiskDecision: decision, ...risk }, ACTION_FOR[eventResponse]);
  return action.Notify ? { ...outcome, notify: TEMPLATE_FOR[eventResponse] } : outcome;
}

function applyAction(action: S["AccountTakeoverEventActionType"], userCanMfa: boolean): [EventResponse, S["RiskDecisionType"]] {
  switch (action) {
    case "BLOCK":
      return ["Fail", "Block"];
    case "MFA_REQUIRED":
      return [userCanMfa ? "InProgress" : "Fail", "AccountTakeover"];
    case "MFA_IF_CONFIGURED":
      return [userCanMfa ? "InProgress" : "Pass", "AccountTakeover"];
    case "NO_ACTION":
      return ["Pass", "NoRisk"];
  }
}

const ACTION_FOR: Record<EventResponse, RiskAction> = { Fail: "block-risk", InProgress: "mfa", Pass: "allow" };

/** The mail says what happened: blocked, challenged, or let through (so MFA_REQUIRED without MFA mails BlockEmail). */
const TEMPLATE_FOR: Record<EventResponse, NotifyTemplate> = { Fail: "BlockEmail", InProgress: "MfaEmail", Pass: "NoActionEmail" };

/** The risk level and compromised-credentials verdict, before any action. */
function assessed(facts: RiskFacts): Pick<EventRisk, "RiskLevel" | "CompromisedCredentialsDetected"> {
  // EventFilter is an ENFORCED-mode setting ("Defaults to all events", an empty list too); AUDIT checks every
  // password event.
  const configured = facts.mode === "ENFORCED" ? facts.configuration?.CompromisedCredentialsRiskConfiguration?.EventFilter : undefined;
  const filter = configured?.length ? configured : ALL_FILTERS;
  const source = FILTER_OF[facts.eventType];
  const checked = source !== undefined && filter.includes(source);
  return {
    ...(facts.riskLevel && { RiskLevel: facts.riskLevel }),
    CompromisedCredentialsDetected: checked && facts.compromisedCredentials,
  };
}

const recorded = (eventResponse: EventResponse, eventRisk: EventRisk, action: RiskAction = "allow"): RiskOutcome => ({
  record: true,
  action,
  eventResponse,
  eventRisk,
});
