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
  return {
    UserPoolId: poolId,
    ...(effective.clientId !== undefined && { ClientId: effective.clientId }),
    ...(stored && {
      // No copies: the dispatcher serializes an output before anything else runs (see protocol/dispatch.ts).
      ...(stored.CompromisedCredentialsRiskConfiguration && {
        CompromisedCredentialsRiskConfiguration: stored.CompromisedCredentialsRiskConfiguration,
      }),
      ...(stored.AccountTakeoverRiskConfiguration && { AccountTakeoverRiskConfiguration: stored.AccountTakeoverRiskConfiguration }),
      ...(stored.RiskExceptionConfiguration && { RiskExceptionConfiguration: stored.RiskExceptionConfiguration }),
      LastModifiedDate: stored.LastModifiedDate,
    }),
  };
}
