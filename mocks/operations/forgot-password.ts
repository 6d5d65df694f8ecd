// ForgotPassword: a reset code to the user's verified email or phone (mocks/signin/passwords.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { forgotPassword as forgot } from "../signin/passwords.ts";

export function forgotPassword(input: InputOf<"ForgotPassword">, ctx: OperationContext): OutputOf<"ForgotPassword"> | Promise<OutputOf<"ForgotPassword">> {
  return forgot(ctx, getClientAnywhere(ctx, input.ClientId), input);
}
