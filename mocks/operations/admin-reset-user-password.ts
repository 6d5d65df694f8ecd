// AdminResetUserPassword: RESET_REQUIRED and a reset code (mocks/signin/passwords.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { adminResetUserPassword as reset } from "../signin/passwords.ts";

export function adminResetUserPassword(input: InputOf<"AdminResetUserPassword">, ctx: OperationContext): OutputOf<"AdminResetUserPassword"> {
  const pool = getPool(ctx, input.UserPoolId);
  reset(ctx, pool, getUser(pool, input.Username));
  return {};
}
