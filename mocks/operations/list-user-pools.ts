// ListUserPools: the pools of the account, a page at a time, in creation order. `sweep` uses it to find the pools
// of earlier live runs. The NextToken is opaque (mocks/paging.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { pageOfKeys } from "../paging.ts";

export function listUserPools(input: InputOf<"ListUserPools">, ctx: OperationContext): OutputOf<"ListUserPools"> {
  const { page, nextToken } = pageOfKeys([...ctx.state.pools.keys()], input.MaxResults, input.NextToken);
  return {
    UserPools: page.map((id) => {
      const { Id, Name, LambdaConfig, Status, LastModifiedDate, CreationDate } = ctx.state.pools.get(id)!.pool;
      return { Id, Name, LambdaConfig, ...(Status && { Status }), LastModifiedDate, CreationDate };
    }),
    ...(nextToken !== undefined && { NextToken: nextToken }),
  };
}
