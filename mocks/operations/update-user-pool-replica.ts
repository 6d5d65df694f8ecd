// UpdateUserPoolReplica: activates or deactivates a replica (the primary Region is not a replica: not found).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getReplica } from "../pools/replicas.ts";

export function updateUserPoolReplica(input: InputOf<"UpdateUserPoolReplica">, ctx: OperationContext): OutputOf<"UpdateUserPoolReplica"> {
  const pool = getPool(ctx, input.UserPoolId);
  const replica = { ...getReplica(pool, input.RegionName), Status: input.Status };
  pool.replicas!.set(input.RegionName, replica);
  return { UserPoolReplica: replica };
}
