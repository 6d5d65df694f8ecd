// UpdateProvisionedLimit: sets a category's provisioned rate, between its free value and the account maximum.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { setLimit } from "../pools/provisioned-limits.ts";

export function updateProvisionedLimit(input: InputOf<"UpdateProvisionedLimit">, ctx: OperationContext): OutputOf<"UpdateProvisionedLimit"> {
  return { Limit: setLimit(ctx, input.LimitDefinition, input.RequestedLimitValue) };
}
