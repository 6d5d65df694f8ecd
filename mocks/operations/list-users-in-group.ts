// ListUsersInGroup: the group's members in the pool's user order, a page at a time (mocks/paging.ts). Items have
// ListUsers' shape: the attributes under the key `Attributes` (DOC, aws-behavior.md §12.2).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";
import { getGroup, LIST_LIMIT } from "../pools/groups.ts";

export function listUsersInGroup(input: InputOf<"ListUsersInGroup">, ctx: OperationContext): OutputOf<"ListUsersInGroup"> {
  const pool = getPool(ctx, input.UserPoolId);
  getGroup(pool, input.GroupName);
  const members = [...pool.users].filter(([, record]) => record.groups?.includes(input.GroupName)).map(([key]) => key);
  const { page, nextToken } = pageOfKeys(members, input.Limit || LIST_LIMIT, input.NextToken);
  return {
    Users: page.map((key) => {
      const { user } = pool.users.get(key)!;
      return {
        Username: user.Username,
        Attributes: user.Attributes ?? [],
        UserCreateDate: user.UserCreateDate,
        UserLastModifiedDate: user.UserLastModifiedDate,
        Enabled: user.Enabled,
        UserStatus: user.UserStatus,
      };
    }),
    ...(nextToken !== undefined && { NextToken: nextToken }),
  };
}
