// DeleteGroup: the group goes, and with it every membership (aws-behavior.md §12.3: the sources conflict on groups
// with members; the mock allows it, as the current API reference describes).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getGroup } from "../pools/groups.ts";

export function deleteGroup(input: InputOf<"DeleteGroup">, ctx: OperationContext): OutputOf<"DeleteGroup"> {
  const pool = getPool(ctx, input.UserPoolId);
  getGroup(pool, input.GroupName);
  pool.groups!.delete(input.GroupName);
  for (const user of pool.users.values()) {
    if (user.groups?.includes(input.GroupName)) user.groups = user.groups.filter((name) => name !== input.GroupName);
  }
  return {};
}
