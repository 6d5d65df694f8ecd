// DeleteIdentityProvider: removes the provider. App clients that named it keep the name (what AWS does to them is
// UNKNOWN; the mock changes nothing it was not asked to).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getProvider } from "../pools/identity-providers.ts";

export function deleteIdentityProvider(input: InputOf<"DeleteIdentityProvider">, ctx: OperationContext): OutputOf<"DeleteIdentityProvider"> {
  const pool = getPool(ctx, input.UserPoolId);
  getProvider(pool, input.ProviderName);
  pool.identityProviders!.delete(input.ProviderName);
  return {};
}
