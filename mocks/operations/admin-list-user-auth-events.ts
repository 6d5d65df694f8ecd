import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function adminListUserAuthEvents(input: InputOf<"AdminListUserAuthEvents">, ctx: OperationContext): OutputOf<"AdminListUserAuthEvents"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "AdminListUserAuthEvents is not implemented yet");
}
