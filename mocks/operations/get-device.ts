// GetDevice: one remembered device of the signed-in user, with the `dev:` attributes (DOC, CLI example get-device).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { deviceOf, deviceView } from "../signin/device-views.ts";

export function getDevice(input: InputOf<"GetDevice">, ctx: OperationContext): Promise<OutputOf<"GetDevice">> {
  return authorize(ctx, input.AccessToken ?? "").then(({ pool, user }) => ({
    Device: deviceView(ctx, pool, user, input.DeviceKey, deviceOf(user, input.DeviceKey, true), true),
  }));
}
