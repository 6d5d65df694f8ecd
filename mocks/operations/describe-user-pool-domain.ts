// DescribeUserPoolDomain: the domain's description, or an empty one for a domain nobody has — not an error
// (INFERRED: terraform-provider-aws treats a description without Status as "gone").
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { poolOfDomain } from "../pools/domains.ts";

export function describeUserPoolDomain(input: InputOf<"DescribeUserPoolDomain">, ctx: OperationContext): OutputOf<"DescribeUserPoolDomain"> {
  return { DomainDescription: poolOfDomain(ctx, input.Domain)?.domain ?? {} };
}
