// CreateUserPoolReplica: a replica of the pool in another Region (mocks/pools/replicas.ts for the mock's choices).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { addReplica } from "../pools/replicas.ts";

export function createUserPoolReplica(input: InputOf<"CreateUserPoolReplica">, ctx: OperationContext): OutputOf<"CreateUserPoolReplica"> {
  const replica = addReplica(ctx, getPool(ctx, input.UserPoolId), input.RegionName);
  // The answer shows the replica being made; it is ACTIVE from then on (replication is instant in the mock).
  return { UserPoolReplica: { ...replica, Status: "CREATING" } };
}
