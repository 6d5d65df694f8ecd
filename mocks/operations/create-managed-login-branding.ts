// CreateManagedLoginBranding: a new style for an app client, one per client (facts s12.branding.*).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { createBranding } from "../pools/managed-login.ts";

export function createManagedLoginBranding(input: InputOf<"CreateManagedLoginBranding">, ctx: OperationContext): OutputOf<"CreateManagedLoginBranding"> {
  const pool = getPool(ctx, input.UserPoolId);
  return { ManagedLoginBranding: createBranding(ctx, pool, input.ClientId, input).branding };
}
