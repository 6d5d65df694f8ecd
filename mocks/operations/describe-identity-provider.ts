// DescribeIdentityProvider: the stored provider.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getProvider } from "../pools/identity-providers.ts";

export function describeIdentityProvider(input: InputOf<"DescribeIdentityProvider">, ctx: OperationContext): OutputOf<"DescribeIdentityProvider"> {
  return { IdentityProvider: getProvider(getPool(ctx, input.UserPoolId), input.ProviderName) };
}
