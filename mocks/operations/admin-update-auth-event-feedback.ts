import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function adminUpdateAuthEventFeedback(input: InputOf<"AdminUpdateAuthEventFeedback">, ctx: OperationContext): OutputOf<"AdminUpdateAuthEventFeedback"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "AdminUpdateAuthEventFeedback is not implemented yet");
}
