import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function deleteUserPool(input: InputOf<"DeleteUserPool">, ctx: OperationContext): OutputOf<"DeleteUserPool"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "DeleteUserPool is not implemented yet");
}
