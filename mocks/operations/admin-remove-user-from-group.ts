// AdminRemoveUserFromGroup: the user leaves the group; a user not in it is left as is (UNKNOWN on AWS: the mock's
// choice, mocks/README.md).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { getGroup } from "../pools/groups.ts";

export function adminRemoveUserFromGroup(input: InputOf<"AdminRemoveUserFromGroup">, ctx: OperationContext): OutputOf<"AdminRemoveUserFromGroup"> {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  getGroup(pool, input.GroupName);
  if (user.groups?.includes(input.GroupName)) user.groups = user.groups.filter((name) => name !== input.GroupName);
  return {};
}
