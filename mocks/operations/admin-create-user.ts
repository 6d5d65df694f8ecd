import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function adminCreateUser(input: InputOf<"AdminCreateUser">, ctx: OperationContext): OutputOf<"AdminCreateUser"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "AdminCreateUser is not implemented yet");
}
