// AdminListGroupsForUser: the user's groups in the order the user joined them, a page at a time (mocks/paging.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";
import { groupNamesOf, LIST_LIMIT } from "../pools/groups.ts";

export function adminListGroupsForUser(input: InputOf<"AdminListGroupsForUser">, ctx: OperationContext): OutputOf<"AdminListGroupsForUser"> {
  const pool = getPool(ctx, input.UserPoolId);
  const names = groupNamesOf(pool, getUser(pool, input.Username));
  const { page, nextToken } = pageOfKeys(names, input.Limit || LIST_LIMIT, input.NextToken);
  return { Groups: page.map((name) => pool.groups!.get(name)!), ...(nextToken !== undefined && { NextToken: nextToken }) };
}
