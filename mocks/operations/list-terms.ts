// ListTerms: the pool's terms documents in creation order, summarized (TermsDescriptionType), a page at a time
// (MaxResults 1–60; absent: 60, the model's maximum, a choice; NextToken: mocks/paging.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";
import { termsDescription } from "../pools/managed-login.ts";

export function listTerms(input: InputOf<"ListTerms">, ctx: OperationContext): OutputOf<"ListTerms"> {
  const terms = getPool(ctx, input.UserPoolId).terms ?? new Map();
  const { page, nextToken } = pageOfKeys([...terms.keys()], input.MaxResults ?? 60, input.NextToken);
  return { Terms: page.map((id) => termsDescription(terms.get(id)!)), ...(nextToken !== undefined && { NextToken: nextToken }) };
}
