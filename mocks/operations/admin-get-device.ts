// AdminGetDevice: any confirmed device of a user, not_remembered ones too (INFERRED, §15.6).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { deviceOf, deviceOwner, deviceView } from "../signin/device-views.ts";

export function adminGetDevice(input: InputOf<"AdminGetDevice">, ctx: OperationContext): OutputOf<"AdminGetDevice"> {
  const pool = getPool(ctx, input.UserPoolId);
  const user = deviceOwner(pool, input.Username);
  return { Device: deviceView(ctx, pool, user, input.DeviceKey, deviceOf(user, input.DeviceKey, false), true) };
}
