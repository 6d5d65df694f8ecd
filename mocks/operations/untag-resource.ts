// UntagResource: removes the named tag keys of a pool (keys it lacks are ignored), by its ARN; answers `{}`.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { poolOfArn } from "../pools/tags.ts";

export function untagResource(input: InputOf<"UntagResource">, ctx: OperationContext): OutputOf<"UntagResource"> {
  const record = poolOfArn(ctx, input.ResourceArn);
  const drop = new Set(input.TagKeys);
  const tags = Object.fromEntries(Object.entries(record.pool.UserPoolTags ?? {}).filter(([key]) => !drop.has(key)));
  record.pool = { ...record.pool, UserPoolTags: tags };
  return {};
}
