// ListGroups: the pool's groups in creation order, a page at a time (Limit 0–60, NextToken: mocks/paging.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";
import { LIST_LIMIT } from "../pools/groups.ts";

export function listGroups(input: InputOf<"ListGroups">, ctx: OperationContext): OutputOf<"ListGroups"> {
  const groups = getPool(ctx, input.UserPoolId).groups ?? new Map();
  const { page, nextToken } = pageOfKeys([...groups.keys()], input.Limit || LIST_LIMIT, input.NextToken);
  return { Groups: page.map((name) => groups.get(name)!), ...(nextToken !== undefined && { NextToken: nextToken }) };
}
