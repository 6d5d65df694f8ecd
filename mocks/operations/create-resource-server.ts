// CreateResourceServer: a new resource server of the pool; an Identifier already used is refused.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { MAX_RESOURCE_SERVERS, resourceServerOf } from "../pools/resource-servers.ts";
import { AwsError, errors } from "../protocol/errors.ts";

export function createResourceServer(input: InputOf<"CreateResourceServer">, ctx: OperationContext): OutputOf<"CreateResourceServer"> {
  const pool = getPool(ctx, input.UserPoolId);
  // InvalidParameterException (the model lists no duplicate-specific error); text UNKNOWN, mock's choice.
  if (pool.resourceServers?.has(input.Identifier)) throw errors.invalidParameter(`${input.Identifier} already exists in user pool ${pool.pool.Id}.`);
  if ((pool.resourceServers?.size ?? 0) >= MAX_RESOURCE_SERVERS) {
    throw new AwsError("LimitExceededException", `A user pool can have at most ${MAX_RESOURCE_SERVERS} resource servers.`);
  }
  const server = resourceServerOf(pool.pool.Id!, input.Identifier, input.Name, input.Scopes);
  pool.resourceServers ??= new Map();
  pool.resourceServers.set(input.Identifier, server);
  return { ResourceServer: server };
}
