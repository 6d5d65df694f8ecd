// DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER (aws-behavior.md §15.4): USER_SRP_AUTH's math with the DeviceGroupKey
// in the pool-name slot, the DeviceKey in the user slot and the verifier ConfirmDevice stored; the proof is
// verified for real. Mirrors, from the server side, amazon-cognito-identity-js src/CognitoUser.js
// (getDeviceResponse) and Amplify v6 packages/auth/src/providers/cognito/utils/handleDeviceSRPAuth.ts.
import type { OperationContext } from "../../context.ts";
import { findUser } from "../../lookup.ts";
import { AwsError } from "../../protocol/errors.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { wrongPassword } from "../client-rules.ts";
import { confirmedDevice, deviceErrors, touchDevice } from "../devices.ts";
import { checkCanSignIn } from "../password-check.ts";
import { settleAuthEvent } from "../../risk/assess.ts";
import { eventById } from "../risk-hook.ts";
import { issueSession, takeSession } from "../sessions.ts";
import { acceptableA, serverChallenge, verifyPasswordClaim } from "../srp/index.ts";
import { required, type AuthCall, type Step } from "../steps.ts";

/** The names of the two challenges, for the engine's dispatch. */
export const DEVICE_CHALLENGES: ReadonlySet<string> = new Set(["DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"]);

export function answerDeviceChallenge(ctx: OperationContext, call: AuthCall, name: string, sessionId: string | undefined): Step {
  return name === "DEVICE_SRP_AUTH" ? answerDeviceSrp(ctx, call, sessionId) : answerDeviceVerifier(ctx, call, sessionId);
}

/** The user a device answer names: the session's when there is one, else USERNAME (the device must be theirs). */
function userOf(call: AuthCall, session: SessionRecord | undefined): UserRecord {
  const user = findUser(call.pool, session?.username ?? required(call.params, "USERNAME"));
  if (!user) throw deviceErrors.notFound();
  return user;
}

/**
 * {USERNAME, DEVICE_KEY, SRP_A} → DEVICE_PASSWORD_VERIFIER with SRP_B, SALT, SECRET_BLOCK, USERNAME, DEVICE_KEY.
 * The Session of the previous step is optional (INFERRED: identity-js 2018, pycognito and AWS's Java example send
 * none); with one, the key must be the one the sign-in presented.
 */
function answerDeviceSrp(ctx: OperationContext, call: AuthCall, sessionId: string | undefined): Step {
  const key = required(call.params, "DEVICE_KEY");
  const AHex = required(call.params, "SRP_A");
  const session = sessionId === undefined ? undefined : takeSession(ctx, sessionId, expectation(call, "DEVICE_SRP_AUTH"));
  const user = userOf(call, session);
  const device = confirmedDevice(user, key);
  if (!device || !device.remembered) throw deviceErrors.notFound();
  if (session && session.data.deviceKey !== key) throw deviceErrors.invalidKey();
  checkCanSignIn(user);
  if (!acceptableA(AHex)) throw new AwsError("InvalidParameterException", "Invalid SRP_A"); // text UNKNOWN, as USER_SRP_AUTH
  const { bHex, BHex } = serverChallenge(device.secret.verifierHex);
  const data: Record<string, string> = { bHex, BHex, AHex, deviceKey: key, ...(session?.data.eventId !== undefined && { eventId: session.data.eventId }) };
  // The session string is also the SECRET_BLOCK the client signs, as for PASSWORD_VERIFIER.
  const secretBlock = issueSession(ctx, call.client, { username: user.user.Username!, challenge: "DEVICE_PASSWORD_VERIFIER", data });
  return {
    challenge: "DEVICE_PASSWORD_VERIFIER",
    session: secretBlock,
    parameters: { DEVICE_KEY: key, SALT: device.secret.saltHex, SECRET_BLOCK: secretBlock, SRP_B: BHex, USERNAME: user.user.Username! },
  };
}

/** {USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY}: tokens for the device. */
function answerDeviceVerifier(ctx: OperationContext, call: AuthCall, sessionId: string | undefined): Step {
  const p = call.params;
  const secretBlock = required(p, "PASSWORD_CLAIM_SECRET_BLOCK");
  const session = takeSession(ctx, sessionId ?? secretBlock, expectation(call, "DEVICE_PASSWORD_VERIFIER"));
  const user = userOf(call, session);
  const key = session.data.deviceKey!;
  const device = confirmedDevice(user, key);
  // Forgotten (or made not_remembered) between the two steps: gone, as at any step (CONFIRMED text).
  if (!device || !device.remembered) throw deviceErrors.notFound();
  if (p.DEVICE_KEY !== undefined && p.DEVICE_KEY !== key) throw deviceErrors.invalidKey();
  checkCanSignIn(user);
  const signed = verifyPasswordClaim({
    poolName: user.deviceGroupKey!,
    userIdForSrp: key,
    saltHex: device.secret.saltHex,
    verifierHex: device.secret.verifierHex,
    bHex: session.data.bHex!,
    BHex: session.data.BHex!,
    AHex: session.data.AHex!,
    secretBlockB64: secretBlock,
    timestamp: required(p, "TIMESTAMP"),
    signatureB64: required(p, "PASSWORD_CLAIM_SIGNATURE"),
    nowMs: ctx.nowMs(),
  });
  const correct = signed && secretBlock === (sessionId ?? secretBlock);
  // The device's proof stands in for the MFA it replaces (§15.12, UNKNOWN on the wire): it settles the sign-in's
  // InProgress event as an MFA answer would, without a ChallengeResponses entry.
  const event = eventById(user, session.data.eventId);
  if (event?.event.EventResponse === "InProgress") settleAuthEvent(ctx, event, { success: correct });
  // Text UNKNOWN (§15.4): USER_SRP_AUTH's, INFERRED.
  if (!correct) throw wrongPassword();
  touchDevice(ctx, user, key);
  const eventId = session.data.eventId;
  // Pre token generation's TokenGeneration_AuthenticateDevice (DOC).
  return { grant: { pool: call.pool, client: call.client, user, ...(eventId !== undefined && { eventId }), device: { key }, tokenSource: "AuthenticateDevice" } };
}

const expectation = (call: AuthCall, challenge: string) => ({
  poolId: call.pool.pool.Id!,
  clientId: call.client.client.ClientId!,
  challenges: [challenge],
  username: findUser(call.pool, call.params.USERNAME ?? "")?.user.Username ?? call.params.USERNAME,
});
