// UpdateManagedLoginBranding: changes what the request names and keeps the rest (facts s12.branding.*). The model
// makes UserPoolId and ManagedLoginBrandingId optional; without them the mock finds no style (ResourceNotFoundException; AWS's answer UNKNOWN).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getBranding, updateBranding } from "../pools/managed-login.ts";

export function updateManagedLoginBranding(input: InputOf<"UpdateManagedLoginBranding">, ctx: OperationContext): OutputOf<"UpdateManagedLoginBranding"> {
  const pool = getPool(ctx, input.UserPoolId ?? "");
  const record = getBranding(pool, input.ManagedLoginBrandingId);
  return { ManagedLoginBranding: updateBranding(ctx, pool, record, input).branding };
}
