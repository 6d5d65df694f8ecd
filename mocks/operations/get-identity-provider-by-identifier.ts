// GetIdentityProviderByIdentifier: the provider whose IdpIdentifiers hold the identifier.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { AwsError } from "../protocol/errors.ts";

export function getIdentityProviderByIdentifier(input: InputOf<"GetIdentityProviderByIdentifier">, ctx: OperationContext): OutputOf<"GetIdentityProviderByIdentifier"> {
  const pool = getPool(ctx, input.UserPoolId);
  for (const provider of pool.identityProviders?.values() ?? []) {
    if (provider.IdpIdentifiers?.includes(input.IdpIdentifier)) return { IdentityProvider: provider };
  }
  // Text UNKNOWN (mock's choice).
  throw new AwsError("ResourceNotFoundException", `No identity provider with the identifier ${input.IdpIdentifier}.`);
}
