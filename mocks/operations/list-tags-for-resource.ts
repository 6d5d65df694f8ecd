// ListTagsForResource: a pool's tags by its ARN, `{Tags: {k: v}}` (model); the same set as DescribeUserPool's
// UserPoolTags (aws-behavior.md §12.4).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { poolOfArn } from "../pools/tags.ts";

export function listTagsForResource(input: InputOf<"ListTagsForResource">, ctx: OperationContext): OutputOf<"ListTagsForResource"> {
  return { Tags: poolOfArn(ctx, input.ResourceArn).pool.UserPoolTags ?? {} };
}
