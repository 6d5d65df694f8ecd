// GetUserPoolMfaConfig: what SetUserPoolMfaConfig stored, and the pool's MfaConfiguration.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";

export function getUserPoolMfaConfig(input: InputOf<"GetUserPoolMfaConfig">, ctx: OperationContext): OutputOf<"GetUserPoolMfaConfig"> {
  const pool = getPool(ctx, input.UserPoolId);
  return { ...structuredClone(pool.mfaConfig ?? {}), MfaConfiguration: pool.pool.MfaConfiguration ?? "OFF" };
}
