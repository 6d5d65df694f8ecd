// ListUserPools: the pools of the account, a page at a time, in creation order. `sweep` uses it to find the pools
// of earlier live runs. The NextToken is opaque: the id of the first pool of the next page.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { errors } from "../protocol/errors.ts";

export function listUserPools(input: InputOf<"ListUserPools">, ctx: OperationContext): OutputOf<"ListUserPools"> {
  const ids = [...ctx.state.pools.keys()];
  let start = 0;
  if (input.NextToken !== undefined) {
    start = ids.indexOf(Buffer.from(input.NextToken, "base64url").toString("utf8"));
    // A token for a pool deleted since is as unusable as a forged one (INFERRED text).
    if (start < 0) throw errors.invalidParameter("Invalid pagination token.");
  }
  const page = ids.slice(start, start + input.MaxResults);
  const next = ids[start + input.MaxResults];
  return {
    UserPools: page.map((id) => {
      const { Id, Name, LambdaConfig, Status, LastModifiedDate, CreationDate } = ctx.state.pools.get(id)!.pool;
      return { Id, Name, LambdaConfig, ...(Status && { Status }), LastModifiedDate, CreationDate };
    }),
    ...(next !== undefined && { NextToken: Buffer.from(next, "utf8").toString("base64url") }),
  };
}
