// What a sign-in step leads to: another challenge (with its session) or tokens. Shared by the flow engine and
// the challenge handlers, so every path ends in the same few functions.
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, PoolRecord, SessionRecord, UserRecord } from "../state.ts";
import { deliveryDetails, deliveryFor, newCode, sendCode } from "./codes.ts";
import { checkPresentedDevice, deviceReplacesMfa } from "./devices.ts";
import { mfaStep } from "./mfa.ts";
import type { RequestContext } from "./risk-hook.ts";
import { issueSession } from "./sessions.ts";
import { userIdForSrp } from "./credentials.ts";
import type { TokenSource } from "../triggers/pre-token.ts";

/** One InitiateAuth / RespondToAuthChallenge call as the engine sees it. */
export interface AuthCall extends RequestContext {
  pool: PoolRecord;
  client: ClientRecord;
  /** AuthParameters or ChallengeResponses. */
  params: Record<string, string>;
  /** The request's ClientMetadata, for the triggers that receive it (aws-behavior.md §14.1). */
  clientMetadata?: Record<string, string>;
}

/** Tokens for this user from this client; eventId ties them to the sign-in's auth event. */
export interface Grant {
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord;
  eventId?: string;
  /** Pre token generation's source (default Authentication). */
  tokenSource?: TokenSource;
  /** The device the tokens are for (`device_key`), once mocks/signin/devices.ts settled it; `newGroupKey` when the
   * key is new this sign-in (answered as NewDeviceMetadata). */
  device?: { key: string; newGroupKey?: string };
}

/** `available`: USER_AUTH's AvailableChallenges. */
export type Step = { challenge: string; parameters: Record<string, string>; session?: string; available?: string[] } | { grant: Grant };

/** A Promise only where a library verifies asynchronously (WEB_AUTHN); it changes state after verifying, synchronously. */
export type ChallengeHandler = (ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord) => Step | Promise<Step>;

export const missingParameter = (name: string) => new AwsError("InvalidParameterException", `Missing required parameter ${name}`);

export function required(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw missingParameter(name);
  return value;
}

/** A challenge with a new session carrying `data` (and the sign-in's event id, so the answer can settle it). */
export function challenge(ctx: OperationContext, call: AuthCall, user: UserRecord, name: string, parameters: Record<string, string>, data: Record<string, string> = {}): Step {
  const session = issueSession(ctx, call.client, { username: user.user.Username!, challenge: name, data });
  return { challenge: name, parameters, session };
}

/**
 * After the password (or a new one) is accepted: MFA if the pool, the user or threat protection asks for it
 * (`riskWantsMfa`) and no remembered device replaces it, else tokens.
 */
export function mfaOrTokens(ctx: OperationContext, call: AuthCall, user: UserRecord, eventId: string | undefined, riskWantsMfa: boolean): Step {
  checkPresentedDevice(call, user);
  // A remembered device under ChallengeRequiredOnNewDevice proves itself instead (DEVICE_SRP_AUTH, before tokens).
  const step = deviceReplacesMfa(call, user) ? undefined : mfaStep(call.pool, user, riskWantsMfa);
  const data: Record<string, string> = eventId === undefined ? {} : { eventId };
  if (!step) return { grant: { pool: call.pool, client: call.client, user, ...(eventId !== undefined && { eventId }) } };
  if ("select" in step) return challenge(ctx, call, user, "SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: JSON.stringify(step.select), USER_ID_FOR_SRP: userIdForSrp(user) }, data);
  if ("setup" in step) return challenge(ctx, call, user, "MFA_SETUP", { MFAS_CAN_SETUP: JSON.stringify(step.setup), USER_ID_FOR_SRP: userIdForSrp(user) }, data);
  return mfaChallenge(ctx, call, user, step.challenge, data);
}

/** SOFTWARE_TOKEN_MFA asks for the app's code; EMAIL_OTP and SMS_MFA send one to the outbox first. */
export function mfaChallenge(ctx: OperationContext, call: AuthCall, user: UserRecord, method: "SMS_MFA" | "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP" | "SMS_OTP", data: Record<string, string>): Step {
  if (method === "SOFTWARE_TOKEN_MFA") return challenge(ctx, call, user, method, {}, data); // ChallengeParameters UNKNOWN: none
  const delivery = deliveryFor(user, method === "EMAIL_OTP" ? ["email"] : ["phone_number"], false);
  if (!delivery) throw new AwsError("InvalidParameterException", `User does not have delivery config set to turn on ${method}`);
  const code = newCode(ctx);
  sendCode(ctx, call.pool.pool.Id!, user, method, delivery, code, { clientId: call.client.client.ClientId! });
  const details = deliveryDetails(delivery);
  return challenge(ctx, call, user, method, { CODE_DELIVERY_DELIVERY_MEDIUM: details.DeliveryMedium, CODE_DELIVERY_DESTINATION: details.Destination }, { ...data, code });
}
