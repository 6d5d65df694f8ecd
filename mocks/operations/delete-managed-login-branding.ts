// DeleteManagedLoginBranding: the style goes; its client may get a new one (CreateManagedLoginBranding).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getBranding, removeBranding } from "../pools/managed-login.ts";

export function deleteManagedLoginBranding(input: InputOf<"DeleteManagedLoginBranding">, ctx: OperationContext): OutputOf<"DeleteManagedLoginBranding"> {
  const pool = getPool(ctx, input.UserPoolId);
  const record = getBranding(pool, input.ManagedLoginBrandingId);
  removeBranding(pool, record);
  return {};
}
