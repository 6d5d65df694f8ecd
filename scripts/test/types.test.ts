// Pins the generated types: the SDK-facing shapes the mock's operations are written against.
import { expectTypeOf, test } from "vitest";
import type { InputOf, OperationName, OutputOf } from "../../generated/operations.ts";

test("operation inputs and outputs", () => {
  expectTypeOf<InputOf<"SetRiskConfiguration">["UserPoolId"]>().toEqualTypeOf<string>();
  expectTypeOf<InputOf<"SetRiskConfiguration">>().toHaveProperty("ClientId");
  expectTypeOf<NonNullable<InputOf<"UpdateUserPool">["UserPoolAddOns"]>["AdvancedSecurityMode"]>().toEqualTypeOf<"OFF" | "AUDIT" | "ENFORCED">();
  expectTypeOf<InputOf<"UpdateAuthEventFeedback">["FeedbackValue"]>().toEqualTypeOf<"Valid" | "Invalid">();
  expectTypeOf<NonNullable<OutputOf<"SetRiskConfiguration">["RiskConfiguration"]>["LastModifiedDate"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<OutputOf<"UpdateUserPool">>().toEqualTypeOf<Record<string, never>>();
  expectTypeOf<"DescribeUserPool">().toExtend<OperationName>();
});
