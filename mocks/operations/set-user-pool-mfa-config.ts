// SetUserPoolMfaConfig: the pool's MFA methods and MfaConfiguration (OFF / ON / OPTIONAL), shown by
// GetUserPoolMfaConfig and DescribeUserPool.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { compact } from "../pools/defaults.ts";
import { checkMfaConfig } from "../pools/sign-in-policy.ts";

export function setUserPoolMfaConfig(input: InputOf<"SetUserPoolMfaConfig">, ctx: OperationContext): OutputOf<"SetUserPoolMfaConfig"> {
  const pool = getPool(ctx, input.UserPoolId);
  const { UserPoolId: _, MfaConfiguration, ...methods } = input;
  checkMfaConfig(pool, MfaConfiguration ?? pool.pool.MfaConfiguration, methods.WebAuthnConfiguration, methods.WebAuthnConfiguration ?? pool.mfaConfig?.WebAuthnConfiguration);
  // Omitted methods keep their setting (AWS UNKNOWN; the SDKs send what they change).
  pool.mfaConfig = compact({ ...pool.mfaConfig, ...methods });
  // Pool objects are replaced, never changed in place (protocol/serialized.ts).
  if (MfaConfiguration !== undefined) pool.pool = { ...pool.pool, MfaConfiguration, LastModifiedDate: ctx.now() };
  // No copy: the dispatcher serializes at once (and under --state-file the stored object is a tracking proxy, which
  // structuredClone cannot copy).
  return { ...pool.mfaConfig, MfaConfiguration: pool.pool.MfaConfiguration ?? "OFF" };
}
