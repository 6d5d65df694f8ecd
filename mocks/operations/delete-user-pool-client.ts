// DeleteUserPoolClient: the client, its client-level risk configuration, its branding style and terms.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { removeClientExtras } from "../pools/managed-login.ts";

export function deleteUserPoolClient(input: InputOf<"DeleteUserPoolClient">, ctx: OperationContext): OutputOf<"DeleteUserPoolClient"> {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  removeClientExtras(pool, input.ClientId);
  pool.clients.delete(input.ClientId);
  pool.clientRisk.delete(input.ClientId);
  return {};
}
