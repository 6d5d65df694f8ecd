// SignUp: a new UNCONFIRMED user with a code to confirm (mocks/signin/lifecycle.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { signUp as register } from "../signin/lifecycle.ts";

export function signUp(input: InputOf<"SignUp">, ctx: OperationContext): OutputOf<"SignUp"> | Promise<OutputOf<"SignUp">> {
  return register(ctx, getClientAnywhere(ctx, input.ClientId), input);
}
