import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function updateAuthEventFeedback(input: InputOf<"UpdateAuthEventFeedback">, ctx: OperationContext): OutputOf<"UpdateAuthEventFeedback"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "UpdateAuthEventFeedback is not implemented yet");
}
