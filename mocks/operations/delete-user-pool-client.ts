// DeleteUserPoolClient: the client and its client-level risk configuration.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";

export function deleteUserPoolClient(input: InputOf<"DeleteUserPoolClient">, ctx: OperationContext): OutputOf<"DeleteUserPoolClient"> {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  pool.clients.delete(input.ClientId);
  pool.clientRisk.delete(input.ClientId);
  return {};
}
