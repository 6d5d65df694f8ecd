import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function createUserPool(input: InputOf<"CreateUserPool">, ctx: OperationContext): OutputOf<"CreateUserPool"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "CreateUserPool is not implemented yet");
}
