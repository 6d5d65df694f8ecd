// Which risk configuration applies: an app client's own replaces the pool's whole (DOC: "the user pool
// configuration is overridden and the risk configuration for the client is used instead").
import type { components } from "../../generated/types.ts";
import type { PoolRecord, StoredRiskConfiguration } from "../state.ts";

type RiskConfigurationType = components["schemas"]["RiskConfigurationType"];

export interface EffectiveRiskConfiguration {
  configuration?: StoredRiskConfiguration;
  /** Set when the configuration is the client's own, not inherited from the pool. */
  clientId?: string;
}

export function effectiveRiskConfiguration(pool: PoolRecord, clientId?: string): EffectiveRiskConfiguration {
  const own = clientId === undefined ? undefined : pool.clientRisk.get(clientId);
  return own ? { configuration: own, clientId } : { configuration: pool.risk };
}

/** The wire shape: UserPoolId, ClientId only for a client's own configuration, then what is stored. */
export function toRiskConfigurationType(poolId: string, effective: EffectiveRiskConfiguration): RiskConfigurationType {
  const stored = effective.configuration;
  // Assigned in the wire's member order (the JSON keeps it); no copies: the dispatcher serializes an output before
  // anything else runs (see protocol/dispatch.ts). Assignments rather than conditional spreads: this runs per request.
  const wire: RiskConfigurationType = { UserPoolId: poolId };
  if (effective.clientId !== undefined) wire.ClientId = effective.clientId;
  if (!stored) return wire;
  if (stored.CompromisedCredentialsRiskConfiguration) wire.CompromisedCredentialsRiskConfiguration = stored.CompromisedCredentialsRiskConfiguration;
  if (stored.AccountTakeoverRiskConfiguration) wire.AccountTakeoverRiskConfiguration = stored.AccountTakeoverRiskConfiguration;
  if (stored.RiskExceptionConfiguration) wire.RiskExceptionConfiguration = stored.RiskExceptionConfiguration;
  wire.LastModifiedDate = stored.LastModifiedDate;
  return wire;
}
