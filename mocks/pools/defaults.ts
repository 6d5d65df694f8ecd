// What AWS fills in for a user pool. Most members fall back to these defaults whenever a CreateUserPool or
// UpdateUserPool request omits them (aws-behavior.md §6: "sets it to its default value", measured on AWS).
import type { InputOf } from "../../generated/operations.ts";
import type { components } from "../../generated/types.ts";

type S = components["schemas"];
type UserPool = S["UserPoolType"];

/** The members CreateUserPool and UpdateUserPool both set; AWS fills in a default for each one omitted. */
export const SETTABLE_MEMBERS = [
  "DeletionProtection",
  "LambdaConfig",
  "AutoVerifiedAttributes",
  "SmsVerificationMessage",
  "EmailVerificationMessage",
  "EmailVerificationSubject",
  "VerificationMessageTemplate",
  "SmsAuthenticationMessage",
  "UserAttributeUpdateSettings",
  "DeviceConfiguration",
  "EmailConfiguration",
  "SmsConfiguration",
  "UserPoolTags",
  "AdminCreateUserConfig",
  "UserPoolAddOns",
  "AccountRecoverySetting",
  "KeyConfiguration",
  "IssuerConfiguration",
] as const satisfies readonly (keyof InputOf<"UpdateUserPool"> & keyof UserPool)[];

/**
 * Settable members an UpdateUserPool request keeps when it omits them; all others go back to their default.
 * UserAttributeUpdateSettings: INFERRED from aws-nuke#477 (an update omitting it and AutoVerifiedAttributes was
 * refused because the stored setting no longer matched). DeletionProtection, KeyConfiguration and
 * IssuerConfiguration follow the DOC rule ("with the exception of UserPoolTier ... sets it to its default value"):
 * no measurement contradicts it for them (the measured exceptions are MfaConfiguration and Policies, which
 * updateUserPool keeps), and amplify-cli#14683 dropped an UpdateUserPool that set only deletion protection for
 * exactly that reason. DOC outranks a choice made for convenience; a live run of
 * behaviour/UpdateUserPool/omitted/DeletionProtection would show otherwise.
 */
export const KEPT_WHEN_OMITTED = ["UserAttributeUpdateSettings"] as const;

type Settable = Pick<InputOf<"UpdateUserPool">, (typeof SETTABLE_MEMBERS)[number]>;

/** The settable members as a pool stores them: the request's values with AWS's defaults filled in. */
export function settableMembers(input: Settable): Partial<UserPool> {
  return {
    DeletionProtection: input.DeletionProtection ?? "INACTIVE",
    LambdaConfig: input.LambdaConfig ?? {},
    AutoVerifiedAttributes: input.AutoVerifiedAttributes,
    ...verificationMessages(input),
    SmsAuthenticationMessage: input.SmsAuthenticationMessage,
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [], ...input.UserAttributeUpdateSettings },
    DeviceConfiguration: input.DeviceConfiguration,
    EmailConfiguration: { EmailSendingAccount: "COGNITO_DEFAULT", ...input.EmailConfiguration },
    SmsConfiguration: input.SmsConfiguration,
    UserPoolTags: input.UserPoolTags ?? {},
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7, ...input.AdminCreateUserConfig },
    UserPoolAddOns: input.UserPoolAddOns,
    AccountRecoverySetting: input.AccountRecoverySetting,
    KeyConfiguration: input.KeyConfiguration,
    IssuerConfiguration: input.IssuerConfiguration,
  };
}

/**
 * The verification texts live twice: in the legacy members and in VerificationMessageTemplate. AWS shows each
 * given text in both places (INFERRED from DescribeUserPool outputs); the template's value wins when both are set.
 */
function verificationMessages(input: Settable) {
  const template = { DefaultEmailOption: "CONFIRM_WITH_CODE" as const, ...input.VerificationMessageTemplate };
  const EmailVerificationMessage = template.EmailMessage ?? input.EmailVerificationMessage;
  const EmailVerificationSubject = template.EmailSubject ?? input.EmailVerificationSubject;
  const SmsVerificationMessage = template.SmsMessage ?? input.SmsVerificationMessage;
  return {
    SmsVerificationMessage,
    EmailVerificationMessage,
    EmailVerificationSubject,
    VerificationMessageTemplate: compact({ ...template, SmsMessage: SmsVerificationMessage, EmailMessage: EmailVerificationMessage, EmailSubject: EmailVerificationSubject }),
  };
}

const DEFAULT_PASSWORD_POLICY: S["PasswordPolicyType"] = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

/**
 * Policies of a new pool. Without Policies, AWS's default password policy and password sign-in. A given
 * PasswordPolicy stands on its own: flags it omits are false (INFERRED: Java booleans default to false).
 */
export function initialPolicies(requested?: S["UserPoolPolicyType"]): S["UserPoolPolicyType"] {
  return {
    PasswordPolicy: requested?.PasswordPolicy ? completePasswordPolicy(requested.PasswordPolicy) : { ...DEFAULT_PASSWORD_POLICY },
    SignInPolicy: requested?.SignInPolicy ?? { AllowedFirstAuthFactors: ["PASSWORD"] },
  };
}

export function completePasswordPolicy(policy: S["PasswordPolicyType"]): S["PasswordPolicyType"] {
  return {
    MinimumLength: 8,
    RequireUppercase: false,
    RequireLowercase: false,
    RequireNumbers: false,
    RequireSymbols: false,
    TemporaryPasswordValidityDays: 7,
    ...policy,
  };
}

export const poolArn = (region: string, accountId: string, poolId: string) =>
  `arn:aws:cognito-idp:${region}:${accountId}:userpool/${poolId}`;

/** Drops undefined members, so the JSON answer and the stored state carry only what AWS would show. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
