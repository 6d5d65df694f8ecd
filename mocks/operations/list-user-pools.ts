// ListUserPools: the pools of the account, a page at a time, in creation order. `sweep` uses it to find the pools
// of earlier live runs. The NextToken is opaque (mocks/paging.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { pageOf } from "../paging.ts";

export function listUserPools(input: InputOf<"ListUserPools">, ctx: OperationContext): OutputOf<"ListUserPools"> {
  const { items, next } = pageOf(ctx.state.pools, input.NextToken, input.MaxResults, (_id, record) => {
    const { Id, Name, LambdaConfig, Status, LastModifiedDate, CreationDate } = record.pool;
    return { Id, Name, LambdaConfig, ...(Status && { Status }), LastModifiedDate, CreationDate };
  });
  return { UserPools: items, ...(next !== undefined && { NextToken: next }) };
}
