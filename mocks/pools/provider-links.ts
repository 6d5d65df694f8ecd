// Links between a pool's user and an identity of an external provider (AdminLinkProviderForUser): on the user record,
// so deleting the user drops them. Sign-in through the provider (managed login, a later issue) reads them.
import type { components } from "../../generated/types.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord, UserRecord } from "../state.ts";
import { getProvider } from "./identity-providers.ts";

type Identity = components["schemas"]["ProviderUserIdentifierType"];

/** DOC (model: "The maximum number of federated identities linked to a user is five"). Text UNKNOWN. */
export const MAX_LINKS = 5;

export const sameIdentity = (a: Identity, b: Identity) =>
  a.ProviderName === b.ProviderName && (a.ProviderAttributeName ?? "Cognito_Subject") === (b.ProviderAttributeName ?? "Cognito_Subject") && a.ProviderAttributeValue === b.ProviderAttributeValue;

/** The external identity must name one of the pool's providers (not Cognito itself) and a value; texts UNKNOWN. */
export function checkSourceIdentity(pool: PoolRecord, source: Identity): void {
  if (!source.ProviderName || source.ProviderName === "Cognito") throw errors.invalidParameter("SourceUser must name an external identity provider.");
  if (!source.ProviderAttributeValue) throw errors.invalidParameter("SourceUser must have a ProviderAttributeValue.");
  getProvider(pool, source.ProviderName);
}

/** The user (if any) an identity is linked to. */
export function linkedUser(pool: PoolRecord, identity: Identity): UserRecord | undefined {
  for (const record of pool.users.values()) if (record.linkedProviders?.some((l) => sameIdentity(l, identity))) return record;
  return undefined;
}

export const linkExists = (name: string) => new AwsError("AliasExistsException", `The identity is already linked to user ${name}.`);
export const tooManyLinks = () => new AwsError("LimitExceededException", `A user can be linked to at most ${MAX_LINKS} external identities.`);
