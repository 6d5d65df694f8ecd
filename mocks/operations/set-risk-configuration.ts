import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function setRiskConfiguration(input: InputOf<"SetRiskConfiguration">, ctx: OperationContext): OutputOf<"SetRiskConfiguration"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "SetRiskConfiguration is not implemented yet");
}
