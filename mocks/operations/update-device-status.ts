// UpdateDeviceStatus: remembered / not_remembered, by the signed-in user (§15.6).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { setRemembered } from "../signin/device-views.ts";

export function updateDeviceStatus(input: InputOf<"UpdateDeviceStatus">, ctx: OperationContext): Promise<OutputOf<"UpdateDeviceStatus">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    setRemembered(ctx, user, input.DeviceKey, input.DeviceRememberedStatus);
    return {};
  });
}
