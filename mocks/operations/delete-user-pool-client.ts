import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function deleteUserPoolClient(input: InputOf<"DeleteUserPoolClient">, ctx: OperationContext): OutputOf<"DeleteUserPoolClient"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "DeleteUserPoolClient is not implemented yet");
}
