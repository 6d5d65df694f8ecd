// AdminInitiateAuth: the admin (SigV4) entry to the flow engine; ContextData carries the user's address.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { startAuth } from "../signin/flow.ts";

export function adminInitiateAuth(input: InputOf<"AdminInitiateAuth">, ctx: OperationContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const client = getClient(pool, input.ClientId);
  const call = { admin: true, pool, client, clientMetadata: input.ClientMetadata, params: input.AuthParameters ?? {}, contextData: input.ContextData };
  return startAuth(ctx, call, input.AuthFlow) as OutputOf<"AdminInitiateAuth"> | Promise<OutputOf<"AdminInitiateAuth">>;
}
