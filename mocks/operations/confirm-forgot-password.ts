// ConfirmForgotPassword: the reset code and a new password.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { confirmForgotPassword as confirm } from "../signin/passwords.ts";

export function confirmForgotPassword(input: InputOf<"ConfirmForgotPassword">, ctx: OperationContext): OutputOf<"ConfirmForgotPassword"> | Promise<OutputOf<"ConfirmForgotPassword">> {
  return confirm(ctx, getClientAnywhere(ctx, input.ClientId), input);
}
