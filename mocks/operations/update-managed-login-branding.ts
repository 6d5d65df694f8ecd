// UpdateManagedLoginBranding: changes what the request names and keeps the rest (facts s12.branding.*). The model
// makes UserPoolId and ManagedLoginBrandingId optional; the mock needs both to find the style (text UNKNOWN).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getBranding, updateBranding } from "../pools/managed-login.ts";
import { errors } from "../protocol/errors.ts";

export function updateManagedLoginBranding(input: InputOf<"UpdateManagedLoginBranding">, ctx: OperationContext): OutputOf<"UpdateManagedLoginBranding"> {
  if (input.UserPoolId === undefined) throw errors.invalidParameter("UserPoolId is required.");
  const pool = getPool(ctx, input.UserPoolId);
  const record = getBranding(pool, input.ManagedLoginBrandingId);
  return { ManagedLoginBranding: updateBranding(ctx, pool, record, input).branding };
}
