// AdminDeleteUserAttributes: removes attributes; required and immutable ones stay (mocks/pools/attributes.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { deleteAttributes } from "../pools/attributes.ts";

export function adminDeleteUserAttributes(input: InputOf<"AdminDeleteUserAttributes">, ctx: OperationContext): OutputOf<"AdminDeleteUserAttributes"> {
  const pool = getPool(ctx, input.UserPoolId);
  deleteAttributes(ctx, pool, getUser(pool, input.Username), input.UserAttributeNames, { admin: true });
  return {};
}
