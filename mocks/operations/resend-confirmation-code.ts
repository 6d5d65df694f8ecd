// ResendConfirmationCode: a new sign-up code for an UNCONFIRMED user.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { resendConfirmationCode as resend } from "../signin/lifecycle.ts";

export function resendConfirmationCode(input: InputOf<"ResendConfirmationCode">, ctx: OperationContext): OutputOf<"ResendConfirmationCode"> {
  return resend(ctx, getClientAnywhere(ctx, input.ClientId), input);
}
