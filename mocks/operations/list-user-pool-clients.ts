// ListUserPoolClients: the pool's app clients in creation order, a page at a time (mocks/paging.ts). Each item is a
// UserPoolClientDescription: ClientId, UserPoolId and ClientName only (DOC, model, aws-behavior.md §12.1).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";

/** MaxResults omitted: the largest page the model allows (INFERRED; AWS documents no default). */
const DEFAULT_PAGE_SIZE = 60;

export function listUserPoolClients(input: InputOf<"ListUserPoolClients">, ctx: OperationContext): OutputOf<"ListUserPoolClients"> {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, nextToken } = pageOfKeys([...pool.clients.keys()], input.MaxResults ?? DEFAULT_PAGE_SIZE, input.NextToken);
  return {
    UserPoolClients: page.map((id) => {
      const { ClientId, UserPoolId, ClientName } = pool.clients.get(id)!.client;
      return { ClientId, UserPoolId, ClientName };
    }),
    ...(nextToken !== undefined && { NextToken: nextToken }),
  };
}
