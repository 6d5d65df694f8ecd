import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function describeRiskConfiguration(input: InputOf<"DescribeRiskConfiguration">, ctx: OperationContext): OutputOf<"DescribeRiskConfiguration"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "DescribeRiskConfiguration is not implemented yet");
}
