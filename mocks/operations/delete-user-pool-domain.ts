// DeleteUserPoolDomain: frees the domain (another pool may take it at once) and drops it from DescribeUserPool.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { ownedDomain } from "../pools/domains.ts";

export function deleteUserPoolDomain(input: InputOf<"DeleteUserPoolDomain">, ctx: OperationContext): OutputOf<"DeleteUserPoolDomain"> {
  const pool = getPool(ctx, input.UserPoolId);
  ownedDomain(pool, input.Domain);
  delete pool.domain;
  const { Domain: _domain, CustomDomain: _custom, ...rest } = pool.pool;
  pool.pool = rest;
  return {};
}
