// SetLogDeliveryConfiguration (aws-behavior.md §13.1): the request's rules, then the pool, then the tier; the list
// replaces the stored one as a whole ([] clears it). Records follow the stored configuration (mocks/logs/).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { checkLogConfigurations, checkPairing, requireTierFor, storedConfigurations } from "../logs/configuration.ts";

export function setLogDeliveryConfiguration(
  input: InputOf<"SetLogDeliveryConfiguration">,
  ctx: OperationContext,
): OutputOf<"SetLogDeliveryConfiguration"> {
  checkLogConfigurations(input.LogConfigurations);
  const pool = getPool(ctx, input.UserPoolId);
  checkPairing(input.LogConfigurations);
  requireTierFor(pool, input.LogConfigurations);
  const stored = storedConfigurations(input.LogConfigurations);
  pool.logDelivery = stored;
  return { LogDeliveryConfiguration: { UserPoolId: input.UserPoolId, LogConfigurations: stored } };
}
