// AdminSetUserMFAPreference: a user's enabled and preferred MFA methods, set by an administrator.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { setPreference } from "../signin/mfa-settings.ts";

export function adminSetUserMFAPreference(input: InputOf<"AdminSetUserMFAPreference">, ctx: OperationContext): OutputOf<"AdminSetUserMFAPreference"> {
  setPreference(ctx, getUser(getPool(ctx, input.UserPoolId), input.Username), input);
  return {};
}
