// DescribeUserPool: the stored pool. Pools are replaced, never changed in place, on every write, so a pool's
// answer is serialized once and reused by every Describe until the next write.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { rememberedAnswer, type Serialized } from "../protocol/serialized.ts";

export function describeUserPool(input: InputOf<"DescribeUserPool">, ctx: OperationContext): Serialized<OutputOf<"DescribeUserPool">> {
  return rememberedAnswer("UserPool", getPool(ctx, input.UserPoolId).pool);
}
