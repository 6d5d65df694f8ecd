// DeleteTerms: the document goes.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getTerms } from "../pools/managed-login.ts";

export function deleteTerms(input: InputOf<"DeleteTerms">, ctx: OperationContext): OutputOf<"DeleteTerms"> {
  const pool = getPool(ctx, input.UserPoolId);
  const { TermsId } = getTerms(pool, input.TermsId);
  pool.terms!.delete(TermsId);
  return {};
}
