import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";

export function describeUserPool(input: InputOf<"DescribeUserPool">, ctx: OperationContext): OutputOf<"DescribeUserPool"> {
  void input;
  void ctx;
  throw new AwsError("InternalErrorException", "DescribeUserPool is not implemented yet");
}
