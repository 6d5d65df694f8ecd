// DescribeManagedLoginBranding: a style by its id, as stored or merged over the defaults (ReturnMergedResources).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { brandingView, getBranding } from "../pools/managed-login.ts";

export function describeManagedLoginBranding(input: InputOf<"DescribeManagedLoginBranding">, ctx: OperationContext): OutputOf<"DescribeManagedLoginBranding"> {
  const record = getBranding(getPool(ctx, input.UserPoolId), input.ManagedLoginBrandingId);
  return { ManagedLoginBranding: brandingView(record, input.ReturnMergedResources) };
}
