// AdminDeleteUser: the user (found by username, sub or sign-in attribute) and its auth events.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { removeUser } from "../pools/users.ts";

export function adminDeleteUser(input: InputOf<"AdminDeleteUser">, ctx: OperationContext): OutputOf<"AdminDeleteUser"> {
  const pool = getPool(ctx, input.UserPoolId);
  removeUser(pool, getUser(pool, input.Username));
  return {};
}
