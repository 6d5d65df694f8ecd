// CreateTerms: one terms document (terms-of-use or privacy-policy) of an app client, with its links by language.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";
import { checkLinks, checkTermsName } from "../pools/managed-login.ts";

export function createTerms(input: InputOf<"CreateTerms">, ctx: OperationContext): OutputOf<"CreateTerms"> {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  checkLinks(input.Links);
  checkTermsName(pool, input.ClientId, input.TermsName);
  const now = ctx.now();
  const terms = {
    TermsId: ctx.ids.uuid(),
    UserPoolId: pool.pool.Id!,
    ClientId: input.ClientId,
    TermsName: input.TermsName,
    TermsSource: input.TermsSource,
    Enforcement: input.Enforcement,
    Links: input.Links,
    CreationDate: now,
    LastModifiedDate: now,
  };
  pool.terms ??= new Map();
  pool.terms.set(terms.TermsId, terms);
  return { Terms: terms };
}
