// AdminDeleteUser: the user (found by username, sub or sign-in attribute) and its auth events.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { recountUsers } from "../pools/users.ts";

export function adminDeleteUser(input: InputOf<"AdminDeleteUser">, ctx: OperationContext): OutputOf<"AdminDeleteUser"> {
  const pool = getPool(ctx, input.UserPoolId);
  const record = getUser(pool, input.Username);
  for (const [key, candidate] of pool.users) if (candidate === record) pool.users.delete(key);
  recountUsers(pool);
  return {};
}
