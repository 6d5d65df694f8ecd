// DescribeUserPool: the stored pool. No copy: the dispatcher serializes it before anything else runs.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";

export function describeUserPool(input: InputOf<"DescribeUserPool">, ctx: OperationContext): OutputOf<"DescribeUserPool"> {
  return { UserPool: getPool(ctx, input.UserPoolId).pool };
}
