// AdminSetUserSettings: legacy SMS MFA settings (mocks/signin/mfa-settings.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { setLegacySettings } from "../signin/mfa-settings.ts";

export function adminSetUserSettings(input: InputOf<"AdminSetUserSettings">, ctx: OperationContext): OutputOf<"AdminSetUserSettings"> {
  setLegacySettings(ctx, getUser(getPool(ctx, input.UserPoolId), input.Username), input.MFAOptions);
  return {};
}
