// DescribeUserPool: the stored pool, as a copy so callers can't reach into the state.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";

export function describeUserPool(input: InputOf<"DescribeUserPool">, ctx: OperationContext): OutputOf<"DescribeUserPool"> {
  return { UserPool: structuredClone(getPool(ctx, input.UserPoolId).pool) };
}
