// DescribeResourceServer: the stored resource server.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getResourceServer } from "../pools/resource-servers.ts";

export function describeResourceServer(input: InputOf<"DescribeResourceServer">, ctx: OperationContext): OutputOf<"DescribeResourceServer"> {
  return { ResourceServer: getResourceServer(getPool(ctx, input.UserPoolId), input.Identifier) };
}
