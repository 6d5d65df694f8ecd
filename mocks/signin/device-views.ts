// What the device operations share (aws-behavior.md §15.6): the DeviceType views, the lookups with their
// errors, status changes and paging. The user APIs see remembered devices only (INFERRED, strong); the admin APIs
// also see not_remembered ones (mock choice where UNKNOWN).
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { findUser } from "../lookup.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import { pageOf } from "../paging.ts";
import type { DeviceRecord, PoolRecord, UserRecord } from "../state.ts";
import { confirmedDevice, deviceErrors } from "./devices.ts";
import { regionOfPool } from "./issue.ts";

type DeviceType = components["schemas"]["DeviceType"];

/**
 * The attributes in the examples' order (DOC, CLI examples): device_status, device_name, then the `dev:` ones on
 * Get/AdminGet/AdminList (`full`), last_ip_used between them. `device_status` is `valid` (other values UNKNOWN).
 */
export function deviceView(ctx: OperationContext, pool: PoolRecord, user: UserRecord, key: string, device: DeviceRecord, full: boolean): DeviceType {
  const owner = `${user.user.Username}.${pool.pool.Id}`;
  const attributes = [
    { Name: "device_status", Value: "valid" },
    ...(device.name !== undefined ? [{ Name: "device_name", Value: device.name }] : []),
    ...(full
      ? [
          { Name: "dev:device_arn", Value: `arn:aws:cognito-idp:${regionOfPool(pool.pool.Id!)}:${ctx.accountId}:owner/${owner}/device/${key}` },
          { Name: "dev:device_owner", Value: owner },
        ]
      : []),
    ...(device.lastIp !== undefined ? [{ Name: "last_ip_used", Value: device.lastIp }] : []),
    ...(full
      ? [
          { Name: "dev:device_remembered_status", Value: device.remembered ? "remembered" : "not_remembered" },
          { Name: "dev:device_sdk", Value: "aws-sdk" },
        ]
      : []),
  ];
  return {
    DeviceKey: key,
    DeviceAttributes: attributes,
    DeviceCreateDate: device.createdAt,
    DeviceLastModifiedDate: device.modifiedAt,
    DeviceLastAuthenticatedDate: device.lastAuthenticatedAt,
  };
}

/**
 * The user of AdminGetDevice / AdminListDevices, whose model lists no UserNotFoundException: an unknown user is
 * ResourceNotFoundException there (text UNKNOWN; the mock reuses `User does not exist.`).
 */
export function deviceOwner(pool: PoolRecord, username: string): UserRecord {
  const user = findUser(pool, username);
  if (!user) throw new AwsError("ResourceNotFoundException", "User does not exist.");
  return user;
}

/** A confirmed device of the user; the user APIs (`rememberedOnly`) see a not_remembered one as missing (§15.6). */
export function deviceOf(user: UserRecord, key: string, rememberedOnly: boolean): DeviceRecord {
  const device = confirmedDevice(user, key);
  if (!device || (rememberedOnly && !device.remembered)) throw deviceErrors.notFound();
  return device;
}

/** UpdateDeviceStatus / AdminUpdateDeviceStatus. An absent status: InvalidParameterException (UNKNOWN, mock choice). */
export function setRemembered(ctx: OperationContext, user: UserRecord, key: string, status: string | undefined): void {
  if (status === undefined) throw errors.invalidParameter("DeviceRememberedStatus is required.");
  const device = deviceOf(user, key, false);
  user.devices!.set(key, { ...device, remembered: status === "remembered", modifiedAt: ctx.now() });
}

/** ForgetDevice / AdminForgetDevice: the record goes, so its key, its device SRP and its refresh tokens end. */
export function forget(user: UserRecord, key: string): void {
  deviceOf(user, key, false);
  user.devices!.delete(key);
}

/** List/AdminListDevices: Limit 0..60, 0 or absent meaning 60 (UNKNOWN: mock choice), an opaque token. */
export function listDevices(ctx: OperationContext, pool: PoolRecord, user: UserRecord, limit: number | undefined, token: string | undefined, admin: boolean) {
  const page = pageOf(user.devices ?? new Map<string, DeviceRecord>(), token, limit || 60, (key, device) =>
    device.secret && (admin || device.remembered) ? deviceView(ctx, pool, user, key, device, admin) : undefined,
  );
  return { Devices: page.items, ...(page.next !== undefined && { PaginationToken: page.next }) };
}
