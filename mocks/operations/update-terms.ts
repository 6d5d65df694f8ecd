// UpdateTerms: the members the request names replace the stored ones (Links whole); a new TermsName must be free
// for the client (TermsExistsException).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { checkTermsName, getTerms } from "../pools/managed-login.ts";

export function updateTerms(input: InputOf<"UpdateTerms">, ctx: OperationContext): OutputOf<"UpdateTerms"> {
  const pool = getPool(ctx, input.UserPoolId);
  const old = getTerms(pool, input.TermsId);
  if (input.TermsName !== undefined) checkTermsName(pool, old.ClientId, input.TermsName, old.TermsId);
  const terms = {
    ...old,
    ...(input.TermsName !== undefined && { TermsName: input.TermsName }),
    ...(input.TermsSource !== undefined && { TermsSource: input.TermsSource }),
    ...(input.Enforcement !== undefined && { Enforcement: input.Enforcement }),
    ...(input.Links !== undefined && { Links: input.Links }),
    LastModifiedDate: ctx.now(),
  };
  pool.terms!.set(old.TermsId, terms);
  return { Terms: terms };
}
