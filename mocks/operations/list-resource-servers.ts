// ListResourceServers: the pool's resource servers in creation order, MaxResults (1–50) at a time.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";

export function listResourceServers(input: InputOf<"ListResourceServers">, ctx: OperationContext): OutputOf<"ListResourceServers"> {
  const servers = getPool(ctx, input.UserPoolId).resourceServers ?? new Map();
  const { page, nextToken } = pageOfKeys([...servers.keys()], input.MaxResults ?? 50, input.NextToken);
  return { ResourceServers: page.map((id) => servers.get(id)!), ...(nextToken !== undefined && { NextToken: nextToken }) };
}
