// The resource the tagging operations name: a pool, by the ARN DescribeUserPool shows
// (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`, aws-behavior.md §12.4). Its tags are the pool's
// `UserPoolTags`: one stored set, whichever operation writes or reads it.
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

/**
 * An ARN naming no pool of this account and region: ResourceNotFoundException (INFERRED); the text is UNKNOWN
 * (the mock's, mocks/README.md).
 */
export function poolOfArn(ctx: OperationContext, arn: string): PoolRecord {
  const id = arn.slice(arn.lastIndexOf("/") + 1);
  const pool = ctx.state.pools.get(id);
  if (!pool || pool.pool.Arn !== arn) throw new AwsError("ResourceNotFoundException", `Resource ${arn} does not exist.`);
  return pool;
}
