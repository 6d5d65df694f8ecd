// AdminAddUserToGroup: the user joins the group (again: no change). Tokens show it from the next sign-in or refresh
// (aws-behavior.md §12.3, INFERRED); tokens already issued keep their claims.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { getGroup, groupNamesOf, limitExceeded, MAX_GROUPS_PER_USER } from "../pools/groups.ts";

export function adminAddUserToGroup(input: InputOf<"AdminAddUserToGroup">, ctx: OperationContext): OutputOf<"AdminAddUserToGroup"> {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  getGroup(pool, input.GroupName);
  const current = groupNamesOf(pool, user);
  if (current.includes(input.GroupName)) return {};
  if (current.length >= MAX_GROUPS_PER_USER) throw limitExceeded(`A user can be in at most ${MAX_GROUPS_PER_USER} groups.`);
  user.groups = [...current, input.GroupName];
  return {};
}
