// DeleteResourceServer: removes the server; its scopes are no longer accepted in clients' AllowedOAuthScopes.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getResourceServer } from "../pools/resource-servers.ts";

export function deleteResourceServer(input: InputOf<"DeleteResourceServer">, ctx: OperationContext): OutputOf<"DeleteResourceServer"> {
  const pool = getPool(ctx, input.UserPoolId);
  getResourceServer(pool, input.Identifier);
  pool.resourceServers!.delete(input.Identifier);
  return {};
}
