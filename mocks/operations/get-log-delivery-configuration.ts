// GetLogDeliveryConfiguration (aws-behavior.md §13.1): the stored list; a pool never configured answers [] (our
// choice for an UNKNOWN: the model requires the member).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";

export function getLogDeliveryConfiguration(
  input: InputOf<"GetLogDeliveryConfiguration">,
  ctx: OperationContext,
): OutputOf<"GetLogDeliveryConfiguration"> {
  const pool = getPool(ctx, input.UserPoolId);
  return { LogDeliveryConfiguration: { UserPoolId: input.UserPoolId, LogConfigurations: pool.logDelivery ?? [] } };
}
