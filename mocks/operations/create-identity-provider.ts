// CreateIdentityProvider: a SAML, OIDC or social provider of the pool, its details checked and completed per type
// (mocks/pools/identity-providers.ts). IdpIdentifiers reads back `[]` when none (DOC, CLI example).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { attributeMapping, checkIdentifiers, checkProviderName, MAX_PROVIDERS, providerDetails } from "../pools/identity-providers.ts";
import { AwsError } from "../protocol/errors.ts";

export function createIdentityProvider(input: InputOf<"CreateIdentityProvider">, ctx: OperationContext): OutputOf<"CreateIdentityProvider"> {
  const pool = getPool(ctx, input.UserPoolId);
  // DuplicateProviderException (model); text UNKNOWN, mock's choice.
  if (pool.identityProviders?.has(input.ProviderName)) throw new AwsError("DuplicateProviderException", `A provider with the name ${input.ProviderName} already exists in this user pool.`);
  if ((pool.identityProviders?.size ?? 0) >= MAX_PROVIDERS) throw new AwsError("LimitExceededException", `A user pool can have at most ${MAX_PROVIDERS} identity providers.`);
  checkProviderName(input.ProviderName, input.ProviderType);
  checkIdentifiers(pool, input.ProviderName, input.IdpIdentifiers);
  const now = ctx.now();
  const provider = {
    UserPoolId: pool.pool.Id,
    ProviderName: input.ProviderName,
    ProviderType: input.ProviderType,
    ProviderDetails: providerDetails(input.ProviderType, input.ProviderDetails),
    AttributeMapping: attributeMapping(input.ProviderType, input.AttributeMapping),
    IdpIdentifiers: input.IdpIdentifiers ?? [],
    LastModifiedDate: now,
    CreationDate: now,
  };
  pool.identityProviders ??= new Map();
  pool.identityProviders.set(input.ProviderName, provider);
  return { IdentityProvider: provider };
}
