// TagResource: adds or overwrites tags of a pool, named by its ARN; answers `{}` (DOC, aws-behavior.md §12.4). The
// pool is replaced, never changed in place (DescribeUserPool reuses a pool's serialized answer).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { checkTags } from "../pools/rules.ts";
import { poolOfArn } from "../pools/tags.ts";

export function tagResource(input: InputOf<"TagResource">, ctx: OperationContext): OutputOf<"TagResource"> {
  const record = poolOfArn(ctx, input.ResourceArn);
  const tags = { ...record.pool.UserPoolTags, ...input.Tags };
  checkTags(tags);
  record.pool = { ...record.pool, UserPoolTags: tags };
  return {};
}
