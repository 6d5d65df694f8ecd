// AdminForgetDevice: an administrator drops a user's device (§15.6).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { forget } from "../signin/device-views.ts";

export function adminForgetDevice(input: InputOf<"AdminForgetDevice">, ctx: OperationContext): OutputOf<"AdminForgetDevice"> {
  forget(getUser(getPool(ctx, input.UserPoolId), input.Username), input.DeviceKey);
  return {};
}
