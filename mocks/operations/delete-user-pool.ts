// DeleteUserPool: the pool goes with its clients, users, risk configurations and auth events (all held in
// its record); refused while deletion protection is on (CONFIRMED message).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { errors } from "../protocol/errors.ts";

export function deleteUserPool(input: InputOf<"DeleteUserPool">, ctx: OperationContext): OutputOf<"DeleteUserPool"> {
  const record = getPool(ctx, input.UserPoolId);
  if (record.pool.DeletionProtection === "ACTIVE") throw errors.deletionProtected();
  ctx.state.pools.delete(input.UserPoolId);
  return {};
}
