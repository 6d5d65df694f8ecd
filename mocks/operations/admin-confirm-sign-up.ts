// AdminConfirmSignUp: confirms an UNCONFIRMED user without a code.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { adminConfirmSignUp as confirm } from "../signin/lifecycle.ts";

export function adminConfirmSignUp(input: InputOf<"AdminConfirmSignUp">, ctx: OperationContext): OutputOf<"AdminConfirmSignUp"> | Promise<OutputOf<"AdminConfirmSignUp">> {
  const done = confirm(ctx, getPool(ctx, input.UserPoolId), input.Username, input.ClientMetadata);
  return done ? done.then(() => ({})) : {};
}
