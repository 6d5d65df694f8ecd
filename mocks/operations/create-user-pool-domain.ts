// CreateUserPoolDomain: the pool's one domain, a prefix (unique across the mock) or a custom domain with its ACM
// certificate (mocks/pools/domains.ts). DescribeUserPool then names it (Domain / CustomDomain).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { checkPrefix, describeDomain, domainAnswer, domainTaken, poolDomainMembers, poolOfDomain } from "../pools/domains.ts";
import { errors } from "../protocol/errors.ts";

export function createUserPoolDomain(input: InputOf<"CreateUserPoolDomain">, ctx: OperationContext): OutputOf<"CreateUserPoolDomain"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (poolOfDomain(ctx, input.Domain)) throw domainTaken();
  // One domain per pool (DOC); text INFERRED from published transcripts ("User pool already has a domain configured.").
  if (pool.domain) throw errors.invalidParameter("User pool already has a domain configured.");
  if (!input.CustomDomainConfig) checkPrefix(input.Domain);
  const description = describeDomain(ctx, pool, input, ctx.now());
  pool.domain = description;
  pool.pool = { ...pool.pool, ...poolDomainMembers(description) };
  return domainAnswer(description);
}
