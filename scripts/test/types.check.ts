// Pins the generated types: the SDK-facing shapes the mock's operations are written against. A compile-time check,
// run by `npm run typecheck` (tsc, a CI step), not by vitest: a plain `vitest run` never evaluates expectTypeOf,
// so as a test file this could not fail. A mismatch here is a type error; the @ts-expect-error line proves that a
// wrong expectation is one (were it not, the directive itself would be the error).
import { expectTypeOf } from "vitest";
import type { InputOf, OperationMeta, OperationName, OutputOf } from "../../generated/operations.ts";

export function pinnedTypes(): void {
  expectTypeOf<InputOf<"SetRiskConfiguration">["UserPoolId"]>().toEqualTypeOf<string>();
  expectTypeOf<InputOf<"SetRiskConfiguration">>().toHaveProperty("ClientId");
  expectTypeOf<NonNullable<InputOf<"UpdateUserPool">["UserPoolAddOns"]>["AdvancedSecurityMode"]>().toEqualTypeOf<"OFF" | "AUDIT" | "ENFORCED">();
  expectTypeOf<InputOf<"UpdateAuthEventFeedback">["FeedbackValue"]>().toEqualTypeOf<"Valid" | "Invalid">();
  expectTypeOf<NonNullable<OutputOf<"SetRiskConfiguration">["RiskConfiguration"]>["LastModifiedDate"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<OutputOf<"UpdateUserPool">>().toEqualTypeOf<Record<string, never>>();
  expectTypeOf<"DescribeUserPool">().toExtend<OperationName>();
  // @ts-expect-error: FeedbackValue is not any string
  expectTypeOf<InputOf<"UpdateAuthEventFeedback">["FeedbackValue"]>().toEqualTypeOf<string>();
}

/** The sign-in operations (issue 9). */
export function pinnedSignInTypes(): void {
  expectTypeOf<InputOf<"InitiateAuth">["AuthParameters"]>().toEqualTypeOf<{ [key: string]: string } | undefined>();
  expectTypeOf<"PASSWORD_VERIFIER" | "NEW_PASSWORD_REQUIRED" | "MFA_SETUP">().toExtend<InputOf<"RespondToAuthChallenge">["ChallengeName"]>();
  expectTypeOf<NonNullable<OutputOf<"InitiateAuth">["AuthenticationResult"]>["ExpiresIn"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<InputOf<"GetUser">["AccessToken"]>().toEqualTypeOf<string>();
  expectTypeOf<OutputOf<"ConfirmForgotPassword">>().toEqualTypeOf<Record<string, never>>();
  expectTypeOf<OperationMeta["auth"]>().toEqualTypeOf<"sigv4" | "none" | "access-token">();
  expectTypeOf<OperationMeta["accessTokenMember"]>().toEqualTypeOf<string | undefined>();
}
