// ForgetDevice: the signed-in user drops a device; its key, device SRP and refresh tokens end (§15.5, §15.6).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { forget } from "../signin/device-views.ts";

export function forgetDevice(input: InputOf<"ForgetDevice">, ctx: OperationContext): Promise<OutputOf<"ForgetDevice">> {
  return authorize(ctx, input.AccessToken ?? "").then(({ user }) => {
    forget(user, input.DeviceKey);
    return {};
  });
}
