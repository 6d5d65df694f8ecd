// GetProvisionedLimit: a category's provisioned and free request rates (mocks/pools/provisioned-limits.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { limitOf } from "../pools/provisioned-limits.ts";

export function getProvisionedLimit(input: InputOf<"GetProvisionedLimit">, ctx: OperationContext): OutputOf<"GetProvisionedLimit"> {
  return { Limit: limitOf(ctx, input.LimitDefinition) };
}
