// UpdateResourceServer replaces Name and Scopes: omitted Scopes leave none (DOC, model: "If you don't provide a value
// for an attribute, Amazon Cognito sets it to its default value"). Clients keep the scopes they named.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getResourceServer, resourceServerOf } from "../pools/resource-servers.ts";

export function updateResourceServer(input: InputOf<"UpdateResourceServer">, ctx: OperationContext): OutputOf<"UpdateResourceServer"> {
  const pool = getPool(ctx, input.UserPoolId);
  getResourceServer(pool, input.Identifier);
  const server = resourceServerOf(pool.pool.Id!, input.Identifier, input.Name, input.Scopes);
  pool.resourceServers!.set(input.Identifier, server);
  return { ResourceServer: server };
}
