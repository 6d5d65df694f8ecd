// DescribeUserPoolClient: the client as stored, secret included (DOC, CLI example), members never set as
// aws-behavior.md §12.1 says AWS answers them (mocks/pools/client-defaults.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClient, getPool } from "../lookup.ts";

export function describeUserPoolClient(input: InputOf<"DescribeUserPoolClient">, ctx: OperationContext): OutputOf<"DescribeUserPoolClient"> {
  const record = getClient(getPool(ctx, input.UserPoolId), input.ClientId);
  return { UserPoolClient: structuredClone(record.client) };
}
