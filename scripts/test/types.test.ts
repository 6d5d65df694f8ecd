// Pins the generated types: the SDK-facing shapes the mock's operations are written against.
import { expectTypeOf, test } from "vitest";
import type { InputOf, OperationMeta, OperationName, OutputOf } from "../../generated/operations.ts";

test("operation inputs and outputs", () => {
  expectTypeOf<InputOf<"SetRiskConfiguration">["UserPoolId"]>().toEqualTypeOf<string>();
  expectTypeOf<InputOf<"SetRiskConfiguration">>().toHaveProperty("ClientId");
  expectTypeOf<NonNullable<InputOf<"UpdateUserPool">["UserPoolAddOns"]>["AdvancedSecurityMode"]>().toEqualTypeOf<"OFF" | "AUDIT" | "ENFORCED">();
  expectTypeOf<InputOf<"UpdateAuthEventFeedback">["FeedbackValue"]>().toEqualTypeOf<"Valid" | "Invalid">();
  expectTypeOf<NonNullable<OutputOf<"SetRiskConfiguration">["RiskConfiguration"]>["LastModifiedDate"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<OutputOf<"UpdateUserPool">>().toEqualTypeOf<Record<string, never>>();
  expectTypeOf<"DescribeUserPool">().toExtend<OperationName>();
});

test("sign-in operations (issue 9)", () => {
  expectTypeOf<InputOf<"InitiateAuth">["AuthParameters"]>().toEqualTypeOf<{ [key: string]: string } | undefined>();
  expectTypeOf<"PASSWORD_VERIFIER" | "NEW_PASSWORD_REQUIRED" | "MFA_SETUP">().toExtend<InputOf<"RespondToAuthChallenge">["ChallengeName"]>();
  expectTypeOf<NonNullable<OutputOf<"InitiateAuth">["AuthenticationResult"]>["ExpiresIn"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<InputOf<"GetUser">["AccessToken"]>().toEqualTypeOf<string>();
  expectTypeOf<OutputOf<"ConfirmForgotPassword">>().toEqualTypeOf<Record<string, never>>();
  expectTypeOf<OperationMeta["auth"]>().toEqualTypeOf<"sigv4" | "none" | "access-token">();
  expectTypeOf<OperationMeta["accessTokenMember"]>().toEqualTypeOf<string | undefined>();
});
