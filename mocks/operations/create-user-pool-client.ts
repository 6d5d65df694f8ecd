import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function createUserPoolClient(input: InputOf<"CreateUserPoolClient">, ctx: OperationContext): OutputOf<"CreateUserPoolClient"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "CreateUserPoolClient is not implemented yet");
}
