// Device tracking (aws-behavior.md §15.1–15.6): the pool's DeviceConfiguration, the keys a tracked sign-in hands out
// (NewDeviceMetadata), the device records the device operations read and change, and the engine's one hook
// (`deviceStep`) that decides, before any tokens, whether the sign-in needs the device's own SRP proof.
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { DeviceRecord, PoolRecord, UserRecord } from "../state.ts";
import { tokenErrors, type RefreshClaims } from "../tokens/index.ts";
import { regionOfPool } from "./issue.ts";
import { challenge, type AuthCall, type Step } from "./steps.ts";

export const deviceErrors = {
  /** CONFIRMED text (§15.4): an unknown or forgotten key at any step, and the user APIs on a not_remembered device. */
  notFound: () => new AwsError("ResourceNotFoundException", "Device does not exist."),
  /** CONFIRMED text (§15.3): a key the service will not track for this user. */
  invalidKey: () => new AwsError("InvalidParameterException", "Invalid device key given."),
};

/** Tracking is on when the pool has a DeviceConfiguration (DOC: giving any member turns it on). */
export const trackingOn = (pool: PoolRecord): boolean => pool.pool.DeviceConfiguration != null;

/** Issued keys never confirmed are kept for the newest few sign-ins only (each untracked sign-in makes one). */
const PENDING_KEPT = 10;

/** A new key for this sign-in (a new one every time, CONFIRMED), in the user's one DeviceGroupKey (mock choice). */
export function issueDevice(ctx: OperationContext, pool: PoolRecord, user: UserRecord): { DeviceKey: string; DeviceGroupKey: string } {
  // Read back through the user: with a state file the user is a tracking view, and only its Map records the sets.
  user.devices ??= new Map();
  const devices = user.devices;
  const pending = [...devices].filter(([, d]) => !d.secret).map(([key]) => key);
  for (const key of pending.slice(0, Math.max(0, pending.length - PENDING_KEPT + 1))) devices.delete(key);
  user.deviceGroupKey ??= groupKeyOf(ctx.ids.uuid());
  const DeviceKey = `${regionOfPool(pool.pool.Id!)}_${ctx.ids.uuid().toLowerCase()}`;
  const now = ctx.now();
  devices.set(DeviceKey, { remembered: false, createdAt: now, modifiedAt: now, lastAuthenticatedAt: Math.floor(now) });
  return { DeviceKey, DeviceGroupKey: user.deviceGroupKey };
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** `-` and 8 base62 characters, like the examples' `-v7w9UcY6` (alphabet UNKNOWN). */
function groupKeyOf(uuid: string): string {
  let n = BigInt(`0x${uuid.replace(/-/g, "")}`);
  let text = "";
  for (let i = 0; i < 8; i++, n /= 62n) text += BASE62[Number(n % 62n)];
  return `-${text}`;
}

/** A device ConfirmDevice accepted (with its SRP verifier); issued-only keys are not devices yet. */
export function confirmedDevice(user: UserRecord, key: string | undefined): (DeviceRecord & { secret: NonNullable<DeviceRecord["secret"]> }) | undefined {
  const device = key === undefined ? undefined : user.devices?.get(key);
  return device?.secret ? (device as DeviceRecord & { secret: NonNullable<DeviceRecord["secret"]> }) : undefined;
}

/**
 * The device a request presents, as threat protection is given it (§15.12): the DEVICE_KEY of a confirmed device of
 * this user on a tracked pool. Any other key is no device (the flow refuses it after the risk hook).
 */
export function presentedDevice(pool: PoolRecord, user: UserRecord, key: string | undefined): { key: string } | undefined {
  const device = trackingOn(pool) ? confirmedDevice(user, key) : undefined;
  return device ? { key: key! } : undefined;
}

/** The request's DEVICE_KEY when it names a remembered device of this user on a tracked pool (§15.4). */
export function rememberedDevice(call: AuthCall, user: UserRecord): string | undefined {
  const key = call.params.DEVICE_KEY;
  return trackingOn(call.pool) && confirmedDevice(user, key)?.remembered ? key : undefined;
}

/** A DEVICE_KEY that is no confirmed device of the user fails the step that carries it (CONFIRMED, §15.4). */
export function checkPresentedDevice(call: AuthCall, user: UserRecord): void {
  const key = call.params.DEVICE_KEY;
  if (key !== undefined && key !== "" && trackingOn(call.pool) && !confirmedDevice(user, key)) throw deviceErrors.notFound();
}

/** ChallengeRequiredOnNewDevice: a remembered device signs in with device SRP instead of the MFA factor (DOC). */
export const deviceReplacesMfa = (call: AuthCall, user: UserRecord): boolean =>
  call.pool.pool.DeviceConfiguration?.ChallengeRequiredOnNewDevice === true && rememberedDevice(call, user) !== undefined;

/**
 * The hook before tokens. Tracking off, or the device already proven: unchanged. A DEVICE_KEY of a remembered
 * device: DEVICE_SRP_AUTH first (the mock asks it whether or not MFA was due, §15.4 UNKNOWN). A confirmed,
 * not_remembered key: tokens for that device. A key that is no confirmed device of the user: `Device does not
 * exist.` No key: tokens with NewDeviceMetadata for a new one.
 */
export function deviceStep(ctx: OperationContext, call: AuthCall, step: Step): Step {
  if (!("grant" in step) || !trackingOn(step.grant.pool) || step.grant.device) return step;
  const { user } = step.grant;
  const key = call.params.DEVICE_KEY;
  if (key === undefined || key === "") {
    const issued = issueDevice(ctx, step.grant.pool, user);
    return { grant: { ...step.grant, device: { key: issued.DeviceKey, newGroupKey: issued.DeviceGroupKey } } };
  }
  const device = confirmedDevice(user, key);
  if (!device) throw deviceErrors.notFound();
  if (!device.remembered) {
    touchDevice(ctx, user, key);
    return { grant: { ...step.grant, device: { key } } };
  }
  const data: Record<string, string> = { deviceKey: key, ...(step.grant.eventId !== undefined && { eventId: step.grant.eventId }) };
  return challenge(ctx, call, user, "DEVICE_SRP_AUTH", {}, data);
}

/** A sign-in on this device: when and from where (last_ip_used). */
export function touchDevice(ctx: OperationContext, user: UserRecord, key: string): void {
  const device = user.devices?.get(key);
  if (device) user.devices!.set(key, { ...device, lastAuthenticatedAt: Math.floor(ctx.now()), lastIp: ctx.caller.sourceIp });
}

/**
 * A refresh of a device's sign-in must present that device's key, still confirmed: otherwise `Invalid Refresh
 * Token.` (CONFIRMED, §15.5); ForgetDevice therefore ends the device's refresh tokens (DOC).
 */
export function checkRefreshDevice(pool: PoolRecord, user: UserRecord, claims: RefreshClaims, presented: string | undefined): void {
  if (claims.device_key === undefined || !trackingOn(pool)) return;
  if (presented !== claims.device_key || !confirmedDevice(user, presented)) throw tokenErrors.invalidRefreshToken();
}
