// DescribeUserPool: the stored pool. Pools are replaced, never changed in place, on every write, so the JSON of
// one is computed once and reused by every Describe until the next write.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { rememberedJson, Serialized } from "../protocol/serialized.ts";

export function describeUserPool(input: InputOf<"DescribeUserPool">, ctx: OperationContext): Serialized<OutputOf<"DescribeUserPool">> {
  return new Serialized(`{"UserPool":${rememberedJson(getPool(ctx, input.UserPoolId).pool)}}`);
}
