// The control API's simulated authentication event: what only the service itself can cause. Decides the risk
// response for the effective configuration, logs the event (unless threat protection is off) and mails.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool, getUser } from "../lookup.ts";
import { errors } from "../protocol/errors.ts";
import type { PoolRecord, UserRecord } from "../state.ts";
import { parseIpAddress } from "./cidr.ts";
import { effectiveRiskConfiguration } from "./configuration.ts";
import { decideRisk, type EventResponse, type EventRisk, type EventType, type RiskLevel } from "./decision.ts";
import { sendRiskEmail } from "./outbox.ts";

type S = components["schemas"];

export interface SignInRequest {
  UserPoolId: string;
  Username: string;
  ClientId?: string;
  IpAddress: string;
  RiskLevel?: RiskLevel;
  CompromisedCredentials?: boolean;
  EventType?: EventType;
  DeviceName?: string;
  City?: string;
  Country?: string;
  Timezone?: string;
}

export interface SignInResult {
  EventId?: string;
  FeedbackToken?: string;
  EventResponse: EventResponse;
  EventRisk?: EventRisk;
}

const RISK_LEVELS: readonly string[] = ["Low", "Medium", "High"];
const EVENT_TYPES: readonly string[] = ["SignIn", "SignUp", "ForgotPassword", "PasswordChange", "ResendCode"];
const CONTEXT_MEMBERS = ["DeviceName", "Timezone", "City", "Country"] as const;

export function simulateSignIn(ctx: OperationContext, request: SignInRequest): SignInResult {
  checkShape(request);
  const pool = getPool(ctx, request.UserPoolId);
  if (request.ClientId !== undefined) getClient(pool, request.ClientId);
  const user = getUser(pool, request.Username);
  const ip = parseIpAddress(request.IpAddress);
  if (!ip) throw errors.invalidParameter(`Invalid IpAddress: '${request.IpAddress}'. Expected an IPv4 or IPv6 address.`);

  const { configuration } = effectiveRiskConfiguration(pool, request.ClientId);
  const eventType = request.EventType ?? "SignIn";
  const outcome = decideRisk({
    mode: pool.pool.UserPoolAddOns?.AdvancedSecurityMode ?? "OFF",
    configuration,
    ip,
    riskLevel: request.RiskLevel,
    compromisedCredentials: request.CompromisedCredentials === true,
    eventType,
    userCanMfa: userCanMfa(pool, user),
  });
  if (!outcome.record) return { EventResponse: outcome.eventResponse };

  const event = {
    EventId: ctx.ids.eventId(),
    EventType: eventType,
    CreationDate: ctx.now(),
    EventResponse: outcome.eventResponse,
    EventRisk: outcome.eventRisk,
    // The simulated attempt presented a correct password; only sign-ins answer a password challenge.
    ChallengeResponses: eventType === "SignIn" ? [{ ChallengeName: "Password", ChallengeResponse: "Success" }] : [],
    EventContextData: contextData(request),
  } satisfies S["AuthEventType"];
  const feedbackToken = ctx.ids.feedbackToken();
  user.events.push({ event, feedbackToken, ...(request.ClientId !== undefined && { clientId: request.ClientId }) });

  if (outcome.notify) {
    sendRiskEmail(ctx, {
      userPoolId: request.UserPoolId,
      user,
      event,
      feedbackToken,
      template: outcome.notify,
      notifyConfiguration: configuration?.AccountTakeoverRiskConfiguration?.NotifyConfiguration,
    });
  }
  return { EventId: event.EventId, FeedbackToken: feedbackToken, EventResponse: event.EventResponse, EventRisk: event.EventRisk };
}

/**
 * "Can do MFA" (our simplification of the model's wording): the pool has MFA ON or OPTIONAL, and the user has
 * an MFA setting or a verified email address or phone number to receive a code.
 */
export function userCanMfa(pool: PoolRecord, user: UserRecord): boolean {
  const mfa = pool.pool.MfaConfiguration ?? "OFF";
  if (mfa === "OFF") return false;
  if ((user.user.MFAOptions ?? []).length > 0) return true;
  const attribute = (name: string) => user.user.Attributes?.find((a) => a.Name === name)?.Value;
  return (!!attribute("email") && attribute("email_verified") === "true") || (!!attribute("phone_number") && attribute("phone_number_verified") === "true");
}

function contextData(request: SignInRequest): S["EventContextDataType"] {
  const data: S["EventContextDataType"] = { IpAddress: request.IpAddress };
  for (const member of CONTEXT_MEMBERS) if (request[member] !== undefined) data[member] = request[member];
  return data;
}

/** The control API hands us parsed JSON: wrong types and values get an InvalidParameterException, never a crash. */
function checkShape(request: SignInRequest): void {
  const fields = request as unknown as Record<string, unknown>;
  for (const name of ["UserPoolId", "Username", "IpAddress"]) {
    if (typeof fields[name] !== "string") throw errors.invalidParameter(`${name} is required and must be a string.`);
  }
  for (const name of ["ClientId", ...CONTEXT_MEMBERS]) {
    if (fields[name] !== undefined && typeof fields[name] !== "string") throw errors.invalidParameter(`${name} must be a string.`);
  }
  if (fields.CompromisedCredentials !== undefined && typeof fields.CompromisedCredentials !== "boolean") {
    throw errors.invalidParameter("CompromisedCredentials must be a boolean.");
  }
  if (fields.RiskLevel !== undefined && !RISK_LEVELS.includes(fields.RiskLevel as string)) {
    throw errors.invalidParameter(`RiskLevel must be one of: ${RISK_LEVELS.join(", ")}.`);
  }
  if (fields.EventType !== undefined && !EVENT_TYPES.includes(fields.EventType as string)) {
    throw errors.invalidParameter(`EventType must be one of: ${EVENT_TYPES.join(", ")}.`);
  }
}
