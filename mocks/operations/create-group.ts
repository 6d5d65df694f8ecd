// CreateGroup: a new group of the pool (aws-behavior.md §12.3); its unset members stay absent.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { groupOf, limitExceeded, MAX_GROUPS_PER_POOL } from "../pools/groups.ts";
import { errors } from "../protocol/errors.ts";

export function createGroup(input: InputOf<"CreateGroup">, ctx: OperationContext): OutputOf<"CreateGroup"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.groups?.has(input.GroupName)) throw errors.groupExists(input.GroupName);
  if ((pool.groups?.size ?? 0) >= MAX_GROUPS_PER_POOL) throw limitExceeded(`A user pool can have at most ${MAX_GROUPS_PER_POOL} groups.`);
  const now = ctx.now();
  const group = groupOf({ ...input, UserPoolId: pool.pool.Id, LastModifiedDate: now, CreationDate: now });
  // Set through `pool.groups`, not through `??=`'s value: under serve --state-file only the former is tracked.
  pool.groups ??= new Map();
  pool.groups.set(input.GroupName, group);
  return { Group: group };
}
