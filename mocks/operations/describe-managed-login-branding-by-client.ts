// DescribeManagedLoginBrandingByClient: the style of an app client (the client must exist; no style: not found).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { brandingNotFound, brandingOfClient, brandingView } from "../pools/managed-login.ts";

export function describeManagedLoginBrandingByClient(input: InputOf<"DescribeManagedLoginBrandingByClient">, ctx: OperationContext): OutputOf<"DescribeManagedLoginBrandingByClient"> {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  const record = brandingOfClient(pool, input.ClientId);
  if (!record) throw brandingNotFound();
  return { ManagedLoginBranding: brandingView(record, input.ReturnMergedResources) };
}
