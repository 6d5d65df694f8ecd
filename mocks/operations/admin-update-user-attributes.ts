// AdminUpdateUserAttributes: attribute writes by an administrator (mocks/pools/attributes.ts has the rules).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { updateAttributes } from "../pools/attributes.ts";

export function adminUpdateUserAttributes(input: InputOf<"AdminUpdateUserAttributes">, ctx: OperationContext): OutputOf<"AdminUpdateUserAttributes"> {
  const pool = getPool(ctx, input.UserPoolId);
  updateAttributes(ctx, pool, getUser(pool, input.Username), input.UserAttributes, { admin: true });
  return {};
}
