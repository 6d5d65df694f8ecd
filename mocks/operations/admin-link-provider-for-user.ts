// AdminLinkProviderForUser: links an external identity (SourceUser) to an existing user (DestinationUser, provider
// `Cognito`, value its username), so that signing in with that identity signs in as the user (DOC, model).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser, userKey } from "../lookup.ts";
import { checkSourceIdentity, linkedUser, linkExists, MAX_LINKS, tooManyLinks } from "../pools/provider-links.ts";
import { errors } from "../protocol/errors.ts";

export function adminLinkProviderForUser(input: InputOf<"AdminLinkProviderForUser">, ctx: OperationContext): OutputOf<"AdminLinkProviderForUser"> {
  const pool = getPool(ctx, input.UserPoolId);
  const destination = input.DestinationUser;
  // DOC: the destination is a local user, ProviderName `Cognito`. Text UNKNOWN.
  if (destination.ProviderName !== "Cognito" || !destination.ProviderAttributeValue) throw errors.invalidParameter("DestinationUser must be a user of the pool (ProviderName Cognito).");
  const user = getUser(pool, destination.ProviderAttributeValue);
  checkSourceIdentity(pool, input.SourceUser);
  const owner = linkedUser(pool, input.SourceUser);
  if (owner) throw linkExists(owner.user.Username!);
  const links = user.linkedProviders ?? [];
  if (links.length >= MAX_LINKS) throw tooManyLinks();
  const source = { ProviderName: input.SourceUser.ProviderName, ProviderAttributeName: input.SourceUser.ProviderAttributeName ?? "Cognito_Subject", ProviderAttributeValue: input.SourceUser.ProviderAttributeValue };
  pool.users.set(userKey(pool, user.user.Username!), { ...user, linkedProviders: [...links, source] });
  return {};
}
