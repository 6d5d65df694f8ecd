// AdminSetUserPassword: Permanent -> CONFIRMED, else a temporary password (FORCE_CHANGE_PASSWORD).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { adminSetUserPassword as setPassword } from "../signin/passwords.ts";

export function adminSetUserPassword(input: InputOf<"AdminSetUserPassword">, ctx: OperationContext): OutputOf<"AdminSetUserPassword"> {
  setPassword(ctx, getPool(ctx, input.UserPoolId), input);
  return {};
}
