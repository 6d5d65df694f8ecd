// The control API's sign-in: a shortcut over the real flow for what only the service can cause, a risk level the
// test chooses (AWS's model can't be reproduced). It takes the engine's step after a verified password (the
// user's state checks, the MFA the flow would ask, the address as ContextData gives it, then the one risk hook)
// and answers the event instead of minting tokens.
import type { OperationContext } from "../context.ts";
import { getClient, getPool, getUser } from "../lookup.ts";
import { errors } from "../protocol/errors.ts";
import { deviceErrors, presentedDevice } from "../signin/devices.ts";
import { mfaStep } from "../signin/mfa.ts";
import { checkCanSignIn } from "../signin/password-check.ts";
import { addressOf } from "../signin/risk-hook.ts";
import { assessAuthEvent } from "./assess.ts";
import type { EventResponse, EventRisk, EventType, RiskLevel } from "./decision.ts";

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
  /** A confirmed device of the user (its NewDeviceMetadata.DeviceKey), as a sign-in's DEVICE_KEY presents it. */
  DeviceKey?: string;
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
  const client = request.ClientId === undefined ? undefined : getClient(pool, request.ClientId);
  const user = getUser(pool, request.Username);
  const eventType = request.EventType ?? "SignIn";
  if (eventType === "SignIn") checkCanSignIn(user);
  const device = request.DeviceKey === undefined ? undefined : presentedDevice(pool, user, request.DeviceKey);
  // As a real sign-in answers a key that is no confirmed device of the user (CONFIRMED text, §15.4).
  if (request.DeviceKey !== undefined && !device) throw deviceErrors.notFound();
  const address = addressOf(ctx, { admin: true, contextData: { IpAddress: request.IpAddress } }, client);
  const verdict = assessAuthEvent(ctx, {
    pool,
    user,
    ...(request.ClientId !== undefined && { clientId: request.ClientId }),
    eventType,
    // The control request names the place and device directly (real requests: address.ts).
    address: {
      ...address,
      ...(request.DeviceName !== undefined && { deviceName: request.DeviceName }),
      ...(request.City !== undefined && { city: request.City }),
      ...(request.Country !== undefined && { country: request.Country }),
      ...(request.Timezone !== undefined && { timezone: request.Timezone }),
    },
    ...(device && { device }),
    // The simulated attempt presented a correct password on a password flow.
    flow: "ADMIN_USER_PASSWORD_AUTH",
    passwordCorrect: true,
    mfaPending: eventType === "SignIn" && mfaStep(pool, user, false) !== undefined,
    chosen: {
      ...(request.RiskLevel !== undefined && { riskLevel: request.RiskLevel }),
      compromisedCredentials: request.CompromisedCredentials === true,
    },
  });
  const record = verdict.event;
  if (!record) return { EventResponse: "Pass" };
  const { event } = record;
  return { EventId: event.EventId, FeedbackToken: record.feedbackToken, EventResponse: event.EventResponse!, EventRisk: event.EventRisk };
}

/** The control API hands us parsed JSON: wrong types and values get an InvalidParameterException, never a crash. */
function checkShape(request: SignInRequest): void {
  const fields = request as unknown as Record<string, unknown>;
  for (const name of ["UserPoolId", "Username", "IpAddress"]) {
    if (typeof fields[name] !== "string") throw errors.invalidParameter(`${name} is required and must be a string.`);
  }
  for (const name of ["ClientId", "DeviceKey", ...CONTEXT_MEMBERS]) {
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
