// UpdateGroup: members the request omits keep their stored values (DOC, CLI example update-group.rst: the output
// still carries the old RoleArn), unlike UpdateUserPool and UpdateUserPoolClient. The group is replaced, not changed.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getGroup, groupOf } from "../pools/groups.ts";

export function updateGroup(input: InputOf<"UpdateGroup">, ctx: OperationContext): OutputOf<"UpdateGroup"> {
  const pool = getPool(ctx, input.UserPoolId);
  const current = getGroup(pool, input.GroupName);
  const group = groupOf({
    ...current,
    Description: input.Description ?? current.Description,
    RoleArn: input.RoleArn ?? current.RoleArn,
    Precedence: input.Precedence ?? current.Precedence,
    LastModifiedDate: ctx.now(),
  });
  pool.groups!.set(input.GroupName, group);
  return { Group: group };
}
