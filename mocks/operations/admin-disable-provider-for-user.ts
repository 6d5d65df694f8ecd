// AdminDisableProviderForUser: removes the external identity's link to a pool user (DOC, model). An identity linked
// to nobody: UserNotFoundException (the model lists it; INFERRED).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, userKey } from "../lookup.ts";
import { getProvider } from "../pools/identity-providers.ts";
import { linkedUser, sameIdentity } from "../pools/provider-links.ts";
import { errors } from "../protocol/errors.ts";

export function adminDisableProviderForUser(input: InputOf<"AdminDisableProviderForUser">, ctx: OperationContext): OutputOf<"AdminDisableProviderForUser"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (!input.User.ProviderName || !input.User.ProviderAttributeValue) throw errors.invalidParameter("User must name a provider and a ProviderAttributeValue.");
  getProvider(pool, input.User.ProviderName);
  const user = linkedUser(pool, input.User);
  if (!user) throw errors.userNotFound();
  const linkedProviders = user.linkedProviders!.filter((l) => !sameIdentity(l, input.User));
  pool.users.set(userKey(pool, user.user.Username!), { ...user, linkedProviders });
  return {};
}
