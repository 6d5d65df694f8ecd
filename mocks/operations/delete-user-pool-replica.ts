// DeleteUserPoolReplica: the replica goes; the answer shows it DELETING (removal is instant in the mock).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getReplica } from "../pools/replicas.ts";

export function deleteUserPoolReplica(input: InputOf<"DeleteUserPoolReplica">, ctx: OperationContext): OutputOf<"DeleteUserPoolReplica"> {
  const pool = getPool(ctx, input.UserPoolId);
  const replica = getReplica(pool, input.RegionName);
  pool.replicas!.delete(input.RegionName);
  return { UserPoolReplica: { ...replica, Status: "DELETING" } };
}
