// ListUserPoolReplicas: the pool's Region (PRIMARY), then its replicas, a page of PAGE_SIZE at a time (the request
// has no size: the page size is a mock choice).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";
import { primaryOf, primaryRegionOf } from "../pools/replicas.ts";

const PAGE_SIZE = 10;

export function listUserPoolReplicas(input: InputOf<"ListUserPoolReplicas">, ctx: OperationContext): OutputOf<"ListUserPoolReplicas"> {
  const pool = getPool(ctx, input.UserPoolId);
  const primary = primaryRegionOf(pool);
  const { page, nextToken } = pageOfKeys([primary, ...(pool.replicas?.keys() ?? [])], PAGE_SIZE, input.NextToken);
  return {
    UserPoolReplicas: page.map((region) => (region === primary ? primaryOf(ctx, pool) : pool.replicas!.get(region)!)),
    ...(nextToken !== undefined && { NextToken: nextToken }),
  };
}
