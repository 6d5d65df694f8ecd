// The control API's sign-in: an authentication event with a risk the test chooses (AWS's risk model can't be
// reproduced). Checks the control input, then goes through the same risk hook as every real flow.
import type { OperationContext } from "../context.ts";
import { getClient, getPool, getUser } from "../lookup.ts";
import { errors } from "../protocol/errors.ts";
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
  const verdict = assessAuthEvent(ctx, {
    pool,
    user,
    ...(request.ClientId !== undefined && { clientId: request.ClientId }),
    eventType: request.EventType ?? "SignIn",
    address: {
      ip: request.IpAddress,
      ...(request.DeviceName !== undefined && { deviceName: request.DeviceName }),
      ...(request.City !== undefined && { city: request.City }),
      ...(request.Country !== undefined && { country: request.Country }),
      ...(request.Timezone !== undefined && { timezone: request.Timezone }),
    },
    // The simulated attempt presented a correct password on a password flow.
    flow: "ADMIN_USER_PASSWORD_AUTH",
    passwordCorrect: true,
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
