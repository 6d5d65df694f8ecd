import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function updateUserPool(input: InputOf<"UpdateUserPool">, ctx: OperationContext): OutputOf<"UpdateUserPool"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "UpdateUserPool is not implemented yet");
}
