import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function adminDeleteUser(input: InputOf<"AdminDeleteUser">, ctx: OperationContext): OutputOf<"AdminDeleteUser"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "AdminDeleteUser is not implemented yet");
}
