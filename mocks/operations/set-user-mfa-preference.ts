// SetUserMFAPreference: the signed-in user's enabled and preferred MFA methods.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { setPreference } from "../signin/mfa-settings.ts";

export function setUserMFAPreference(input: InputOf<"SetUserMFAPreference">, ctx: OperationContext): Promise<OutputOf<"SetUserMFAPreference">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    setPreference(ctx, user, input);
    return {};
  });
}
