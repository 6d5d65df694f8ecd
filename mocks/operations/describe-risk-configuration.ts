// DescribeRiskConfiguration: the pool's configuration, or a client's own; a client without its own gets the
// pool's, without ClientId (the model: "When this parameter isn't present, the risk configuration applies to
// all user pool app clients that don't have client-level settings").
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool, requireThreatProtectionTier } from "../lookup.ts";
import { effectiveRiskConfiguration, toRiskConfigurationType } from "../risk/configuration.ts";

export function describeRiskConfiguration(
  input: InputOf<"DescribeRiskConfiguration">,
  ctx: OperationContext,
): OutputOf<"DescribeRiskConfiguration"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ClientId !== undefined) getClient(pool, input.ClientId);
  requireThreatProtectionTier(pool);
  return { RiskConfiguration: toRiskConfigurationType(input.UserPoolId, effectiveRiskConfiguration(pool, input.ClientId)) };
}
