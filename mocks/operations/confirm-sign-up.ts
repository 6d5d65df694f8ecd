// ConfirmSignUp: the code from SignUp confirms the user and verifies the attribute it went to.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { confirmSignUp as confirm } from "../signin/lifecycle.ts";

export function confirmSignUp(input: InputOf<"ConfirmSignUp">, ctx: OperationContext): OutputOf<"ConfirmSignUp"> | Promise<OutputOf<"ConfirmSignUp">> {
  return confirm(ctx, getClientAnywhere(ctx, input.ClientId), input);
}
