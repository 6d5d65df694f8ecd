// SetUserSettings: the signed-in user's legacy SMS MFA settings (mocks/signin/mfa-settings.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { setLegacySettings } from "../signin/mfa-settings.ts";

export function setUserSettings(input: InputOf<"SetUserSettings">, ctx: OperationContext): Promise<OutputOf<"SetUserSettings">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    setLegacySettings(ctx, user, input.MFAOptions);
    return {};
  });
}
