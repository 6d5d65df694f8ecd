// The risk hook: the flow engine's only call into threat protection (docs/sign-in.md, "Risk hook"). Once per
// authentication event: gather the facts decideRisk needs, decide, record the event, mail, and tell the flow
// what to do. The control API's sign-in comes through here too (one path).
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { AuthEventRecord, PoolRecord, UserRecord } from "../state.ts";
import { parseIpAddress } from "./cidr.ts";
import { effectiveRiskConfiguration } from "./configuration.ts";
import { decideRisk, type EventType, type RiskAction, type RiskLevel } from "./decision.ts";
import { isCompromisedPassword } from "./compromised.ts";
import { sendRiskEmail } from "./outbox.ts";
import type { TakeoverAction } from "../triggers/takeover-sender.ts";
import { exportAuthEvent } from "../logs/export.ts";
import { riskLevelFor } from "./rules.ts";
import { mfaStep } from "../signin/mfa.ts";

type S = components["schemas"];

export type AuthFlow = "USER_PASSWORD_AUTH" | "ADMIN_USER_PASSWORD_AUTH" | "USER_SRP_AUTH" | "REFRESH_TOKEN_AUTH" | "CUSTOM_AUTH" | "USER_AUTH";

/** Where the request came from, as mocks/risk/address.ts resolves it. */
export interface AuthEventAddress {
  ip: string;
  deviceName?: string;
  city?: string;
  country?: string;
  timezone?: string;
  /** The client's device fingerprint as sent (matched by DeviceMarker risk rules; never recorded). */
  encodedData?: string;
}

/** The device the request presents (a confirmed device of the user, mocks/signin/devices.ts `presentedDevice`). */
export interface AuthEventDevice {
  key: string;
}

export interface AuthEventFacts {
  pool: PoolRecord;
  /** For SignUp: the record about to be stored; a refused sign-up stores neither it nor its event. */
  user: UserRecord;
  clientId?: string;
  /** SignIn | SignUp | ForgotPassword | PasswordChange | ResendCode (ConfirmForgotPassword is a ForgotPassword event). */
  eventType: EventType;
  address: AuthEventAddress;
  /**
   * Matched by DeviceKey risk rules; never recorded: AuthEventType and EventContextData have no device member (DOC,
   * §15.12), and EventContextData.DeviceName stays the user agent's (address.ts), not the ConfirmDevice name.
   */
  device?: AuthEventDevice;
  /** Plaintext, for the compromised-credentials check only; never stored or logged. */
  password?: string;
  flow?: AuthFlow;
  /** False records a failed sign-in (ChallengeResponses Password/Failure); the flow answers its own error. */
  passwordCorrect: boolean;
  /** The flow asks for the user's own MFA anyway: the event stays InProgress until settleAuthEvent. */
  mfaPending?: boolean;
  /** A risk chosen by the caller (the control API's shortcut) instead of the state's risk rules and list. */
  chosen?: { riskLevel?: RiskLevel; compromisedCredentials?: boolean };
}

export interface AuthEventVerdict {
  /** Recorded in the user's events; absent when threat protection is OFF (or for token refresh). */
  event?: AuthEventRecord;
  /** The engine turns block-* into verdictError(...), "mfa" into the user's MFA challenge. */
  action: RiskAction;
}

/** Flows whose password the server sees, so the compromised-credentials check can run (DOC, §11: not SRP, not custom). */
const PASSWORD_FLOWS: ReadonlySet<AuthFlow | undefined> = new Set(["USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH"]);

export function assessAuthEvent(ctx: OperationContext, facts: AuthEventFacts): AuthEventVerdict {
  // "The lists don't affect token refresh" (DOC) and a refresh logs no event of its own.
  if (facts.flow === "REFRESH_TOKEN_AUTH") return { action: "allow" };
  const ip = parseIpAddress(facts.address.ip);
  if (!ip) throw errors.invalidParameter(`Invalid IpAddress: '${facts.address.ip}'. Expected an IPv4 or IPv6 address.`);
  const { pool, user } = facts;
  const { configuration } = effectiveRiskConfiguration(pool, facts.clientId);
  const outcome = decideRisk({
    mode: modeFor(pool, facts.flow),
    configuration,
    ip,
    riskLevel: facts.chosen?.riskLevel ?? riskLevelFor(ctx.state, { userPoolId: pool.pool.Id!, username: user.user.Username!, ip, encodedData: facts.address.encodedData, deviceKey: facts.device?.key }),
    compromisedCredentials: compromised(ctx, facts),
    eventType: facts.eventType,
    userCanMfa: userCanMfa(pool, user),
    passwordCorrect: facts.passwordCorrect,
  });
  if (!outcome.record) return { action: outcome.action };

  const eventResponse = outcome.eventResponse === "Pass" && facts.mfaPending ? "InProgress" : outcome.eventResponse;
  const event = {
    EventId: ctx.ids.eventId(),
    EventType: facts.eventType,
    CreationDate: ctx.now(),
    EventResponse: eventResponse,
    EventRisk: outcome.eventRisk,
    ChallengeResponses: facts.eventType === "SignIn" ? [{ ChallengeName: "Password", ChallengeResponse: facts.passwordCorrect ? "Success" : "Failure" }] : [],
    EventContextData: contextData(facts.address),
  } satisfies S["AuthEventType"];
  const record: AuthEventRecord = { event, feedbackToken: ctx.ids.feedbackToken(), ...(facts.clientId !== undefined && { clientId: facts.clientId }) };
  user.events.push(record);
  // One exported record per event, at creation (mocks/logs/): enqueued, never awaited.
  exportAuthEvent(ctx, pool, user, record, facts.address.encodedData !== undefined);
  // "BLOCK sets the user to RESET_REQUIRED" on sign-in (DOC, §11); state objects are replaced, not changed.
  if (outcome.action === "block-compromised" && facts.eventType === "SignIn") {
    user.user = { ...user.user, UserStatus: "RESET_REQUIRED", UserLastModifiedDate: ctx.now() };
  }

  if (outcome.notify) {
    sendRiskEmail(ctx, {
      userPoolId: pool.pool.Id!,
      user,
      event,
      feedbackToken: record.feedbackToken,
      template: outcome.notify,
      notifyConfiguration: configuration?.AccountTakeoverRiskConfiguration?.NotifyConfiguration,
      ...takeoverActionOf(configuration, outcome.eventRisk?.RiskLevel),
    });
  }
  return { event: record, action: outcome.action };
}

/**
 * The answer to a challenge of an InProgress event: Pass or Fail, and its ChallengeResponse when the model's
 * ChallengeName (`Password|Mfa`) has a value for it (a device's proof has none).
 */
export function settleAuthEvent(_ctx: OperationContext, record: AuthEventRecord, challenge: { name?: "Mfa" | "Password"; success: boolean }): void {
  const event = record.event;
  const answered: S["ChallengeResponseType"][] = challenge.name === undefined ? [] : [{ ChallengeName: challenge.name, ChallengeResponse: challenge.success ? "Success" : "Failure" }];
  record.event = { ...event, EventResponse: challenge.success ? "Pass" : "Fail", ChallengeResponses: [...(event.ChallengeResponses ?? []), ...answered] };
}

/** The §11 error for a blocking verdict; undefined for allow and mfa. */
export function verdictError(verdict: AuthEventVerdict, eventType: EventType): AwsError | undefined {
  switch (verdict.action) {
    case "block-ip":
      return new AwsError("NotAuthorizedException", "Request not allowed due to security reasons.");
    case "block-risk":
      return new AwsError("NotAuthorizedException", "Unable to login because of security reasons.");
    case "block-compromised":
      // SignUp, password change and reset: CONFIRMED. Sign-in (the user is now RESET_REQUIRED): text UNKNOWN, our choice.
      return eventType === "SignIn"
        ? new AwsError("PasswordResetRequiredException", "Password reset required for the user")
        : new AwsError("InvalidPasswordException", "Provided password cannot be used for security reasons.");
    default:
      return undefined;
  }
}

/**
 * Custom authentication has its own mode, AdvancedSecurityAdditionalFlows.CustomAuthMode (DOC, §14.4), AUDIT when
 * omitted (INFERRED); nothing acts while the pool's threat protection is OFF.
 */
function modeFor(pool: PoolRecord, flow: AuthFlow | undefined): S["AdvancedSecurityModeType"] {
  const addOns = pool.pool.UserPoolAddOns;
  const mode = addOns?.AdvancedSecurityMode ?? "OFF";
  if (flow !== "CUSTOM_AUTH" || mode === "OFF") return mode;
  return addOns?.AdvancedSecurityAdditionalFlows?.CustomAuthMode ?? "AUDIT";
}

/** Whether the presented password is known to be compromised; sign-ins are checked on the password flows only. */
function compromised(ctx: OperationContext, facts: AuthEventFacts): boolean {
  if (facts.chosen?.compromisedCredentials !== undefined) return facts.chosen.compromisedCredentials;
  if (facts.password === undefined || (facts.eventType === "SignIn" && !PASSWORD_FLOWS.has(facts.flow))) return false;
  return isCompromisedPassword(ctx.state, facts.password);
}

/**
 * "Can do MFA": the flow has an MFA challenge to ask if threat protection wants one (mocks/signin/mfa.ts decides,
 * so the decision and the challenge never disagree); MFA_SETUP alone is not an MFA answer.
 */
export function userCanMfa(pool: PoolRecord, user: UserRecord): boolean {
  const step = mfaStep(pool, user, true);
  return step !== undefined && !("setup" in step);
}

function contextData(address: AuthEventAddress): S["EventContextDataType"] {
  return {
    IpAddress: address.ip,
    ...(address.deviceName !== undefined && { DeviceName: address.deviceName }),
    ...(address.timezone !== undefined && { Timezone: address.timezone }),
    ...(address.city !== undefined && { City: address.city }),
    ...(address.country !== undefined && { Country: address.country }),
  };
}

/** The account-takeover action configured for the event's risk level, as a custom email sender is told it. */
function takeoverActionOf(configuration: S["RiskConfigurationType"] | undefined, level: S["RiskLevelType"] | undefined): { action?: TakeoverAction } {
  const action = level && configuration?.AccountTakeoverRiskConfiguration?.Actions?.[`${level}Action`]?.EventAction;
  return action ? { action } : {};
}
