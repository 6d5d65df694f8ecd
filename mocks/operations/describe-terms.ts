// DescribeTerms: one terms document by its id.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getTerms } from "../pools/managed-login.ts";

export function describeTerms(input: InputOf<"DescribeTerms">, ctx: OperationContext): OutputOf<"DescribeTerms"> {
  return { Terms: getTerms(getPool(ctx, input.UserPoolId), input.TermsId) };
}
