// ListIdentityProviders: name, type and dates of the pool's providers in creation order (MaxResults 0–60; 0 or
// omitted: 60, as the other lists of the pool).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";

export function listIdentityProviders(input: InputOf<"ListIdentityProviders">, ctx: OperationContext): OutputOf<"ListIdentityProviders"> {
  const providers = getPool(ctx, input.UserPoolId).identityProviders ?? new Map();
  const { page, nextToken } = pageOfKeys([...providers.keys()], input.MaxResults || 60, input.NextToken);
  const Providers = page.map((name) => {
    const { ProviderName, ProviderType, LastModifiedDate, CreationDate } = providers.get(name)!;
    return { ProviderName, ProviderType, LastModifiedDate, CreationDate };
  });
  return { Providers, ...(nextToken !== undefined && { NextToken: nextToken }) };
}
