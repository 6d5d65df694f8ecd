// AdminUpdateDeviceStatus: remembered / not_remembered, by an administrator (§15.6).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { setRemembered } from "../signin/device-views.ts";

export function adminUpdateDeviceStatus(input: InputOf<"AdminUpdateDeviceStatus">, ctx: OperationContext): OutputOf<"AdminUpdateDeviceStatus"> {
  setRemembered(ctx, getUser(getPool(ctx, input.UserPoolId), input.Username), input.DeviceKey, input.DeviceRememberedStatus);
  return {};
}
