// InitiateAuth: the public entry to the flow engine (mocks/signin/flow.ts); the client names its pool.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { startAuth } from "../signin/flow.ts";

export function initiateAuth(input: InputOf<"InitiateAuth">, ctx: OperationContext) {
  const { pool, client } = getClientAnywhere(ctx, input.ClientId);
  const call = { admin: false, pool, client, clientMetadata: input.ClientMetadata, params: input.AuthParameters ?? {}, userContextData: input.UserContextData };
  return startAuth(ctx, call, input.AuthFlow) as OutputOf<"InitiateAuth"> | Promise<OutputOf<"InitiateAuth">>;
}
