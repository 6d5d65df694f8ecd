// UpdateIdentityProvider: members the request omits keep their values (terraform-provider-aws sends only what
// changed, INFERRED); given ProviderDetails are checked and completed as at creation. The type never changes.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { attributeMapping, checkIdentifiers, getProvider, providerDetails } from "../pools/identity-providers.ts";

export function updateIdentityProvider(input: InputOf<"UpdateIdentityProvider">, ctx: OperationContext): OutputOf<"UpdateIdentityProvider"> {
  const pool = getPool(ctx, input.UserPoolId);
  const current = getProvider(pool, input.ProviderName);
  const type = current.ProviderType!;
  checkIdentifiers(pool, input.ProviderName, input.IdpIdentifiers);
  const provider = {
    ...current,
    ProviderDetails: input.ProviderDetails ? providerDetails(type, input.ProviderDetails) : current.ProviderDetails,
    AttributeMapping: input.AttributeMapping ? attributeMapping(type, input.AttributeMapping) : current.AttributeMapping,
    IdpIdentifiers: input.IdpIdentifiers ?? current.IdpIdentifiers,
    LastModifiedDate: ctx.now(),
  };
  pool.identityProviders!.set(input.ProviderName, provider);
  return { IdentityProvider: provider };
}
