// SetRiskConfiguration: pool or app-client scope (aws-behavior.md §5). Everything is checked before anything
// is stored, so a refused request changes nothing.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool, requireThreatProtectionTier } from "../lookup.ts";
import { errors } from "../protocol/errors.ts";
import { requireCidrList } from "../risk/cidr.ts";
import { toRiskConfigurationType } from "../risk/configuration.ts";
import type { StoredRiskConfiguration } from "../state.ts";

type Input = InputOf<"SetRiskConfiguration">;

export function setRiskConfiguration(input: Input, ctx: OperationContext): OutputOf<"SetRiskConfiguration"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ClientId !== undefined) getClient(pool, input.ClientId);
  requireThreatProtectionTier(pool);
  requireCidrList("BlockedIPRangeList", input.RiskExceptionConfiguration?.BlockedIPRangeList);
  requireCidrList("SkippedIPRangeList", input.RiskExceptionConfiguration?.SkippedIPRangeList);
  requireNotifyConfigurationWhenNotifying(input);

  const stored = storedFrom(input, ctx.now());
  const hasSettings = Object.keys(stored).length > 1;
  if (input.ClientId === undefined) {
    // Only UserPoolId: the pool goes back to defaults (no settings), which is still a modification.
    pool.risk = stored;
    return { RiskConfiguration: toRiskConfigurationType(input.UserPoolId, { configuration: stored }) };
  }
  if (hasSettings) pool.clientRisk.set(input.ClientId, stored);
  // Only UserPoolId + ClientId: the client inherits the pool's configuration again.
  else pool.clientRisk.delete(input.ClientId);
  return { RiskConfiguration: toRiskConfigurationType(input.UserPoolId, { configuration: stored, clientId: input.ClientId }) };
}

/** Notify=true needs templates and a sender (INFERRED; Notify=false without them is accepted, CONFIRMED). */
function requireNotifyConfigurationWhenNotifying(input: Input): void {
  const takeover = input.AccountTakeoverRiskConfiguration;
  if (!takeover || takeover.NotifyConfiguration) return;
  const actions = takeover.Actions;
  if ([actions.LowAction, actions.MediumAction, actions.HighAction].some((action) => action?.Notify === true)) {
    throw errors.invalidParameter("NotifyConfiguration is required when Notify is true for an account takeover action.");
  }
}

/**
 * The request's settings, stamped with the time of the write. Kept without a copy: the dispatcher parses every
 * input fresh from the body and hands it to this operation alone.
 */
function storedFrom(input: Input, now: number): StoredRiskConfiguration {
  // Assignments rather than conditional spreads: this runs per request, and spreading `false` is a slow path.
  const stored = {} as StoredRiskConfiguration;
  if (input.CompromisedCredentialsRiskConfiguration) stored.CompromisedCredentialsRiskConfiguration = input.CompromisedCredentialsRiskConfiguration;
  if (input.AccountTakeoverRiskConfiguration) stored.AccountTakeoverRiskConfiguration = input.AccountTakeoverRiskConfiguration;
  if (input.RiskExceptionConfiguration) stored.RiskExceptionConfiguration = input.RiskExceptionConfiguration;
  stored.LastModifiedDate = now;
  return stored;
}
