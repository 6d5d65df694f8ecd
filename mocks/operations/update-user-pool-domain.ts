// UpdateUserPoolDomain: changes the managed login version or a custom domain's certificate. Omitted
// ManagedLoginVersion keeps the stored one (INFERRED: tf sends only what changed); the domain's name never changes.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { describeDomain, domainAnswer, ownedDomain } from "../pools/domains.ts";
import { errors } from "../protocol/errors.ts";

export function updateUserPoolDomain(input: InputOf<"UpdateUserPoolDomain">, ctx: OperationContext): OutputOf<"UpdateUserPoolDomain"> {
  const pool = getPool(ctx, input.UserPoolId);
  const current = ownedDomain(pool, input.Domain);
  const custom = Boolean(current.CustomDomainConfig?.CertificateArn);
  // A prefix domain can't become custom nor the reverse (DOC: the certificate is for custom domains). Text UNKNOWN.
  if (input.CustomDomainConfig && !custom) throw errors.invalidParameter("CustomDomainConfig can only be updated for a custom domain.");
  const description = describeDomain(
    ctx,
    pool,
    {
      Domain: input.Domain,
      ManagedLoginVersion: input.ManagedLoginVersion ?? current.ManagedLoginVersion,
      CustomDomainConfig: input.CustomDomainConfig ?? (custom ? current.CustomDomainConfig : undefined),
    },
    ctx.now(),
  );
  pool.domain = description;
  return domainAnswer(description);
}
