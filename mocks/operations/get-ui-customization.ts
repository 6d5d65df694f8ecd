// GetUICustomization: a client's settings, the pool's ALL settings it falls back to, or `{}` when none is set.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { effectiveCustomization } from "../pools/ui-customization.ts";

export function getUICustomization(input: InputOf<"GetUICustomization">, ctx: OperationContext): OutputOf<"GetUICustomization"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ClientId && input.ClientId !== "ALL") getClient(pool, input.ClientId);
  return { UICustomization: effectiveCustomization(pool, input.ClientId) };
}
