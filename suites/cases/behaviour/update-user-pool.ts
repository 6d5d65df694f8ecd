// UpdateUserPool's measured semantics for omitted members (aws-behavior.md §6, CONFIRMED on AWS in 2026), one
// member per case: set it, send an update that omits it, describe. Plus the update's own refusals.
import type { Case, Expectation } from "../../harness/case.ts";
import type { FactId } from "../../evidence/facts.ts";
import { citing, ok, refused, scenario, seed } from "./build.ts";

const SOURCES = [seed("004_38bb577746df98ec.txt", "UpdateUserPool reference")];
const POOL = { UserPoolId: "{{userPoolId}}" };
const describePool = (expect: Expectation) => ok("DescribeUserPool", POOL, expect);
/** The unrelated change every "omitted" update makes, so the request is not empty. */
const UNRELATED = { SmsAuthenticationMessage: "Your code is {####}" };

const ARN = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

interface OmissionCase {
  member: string;
  rule: string;
  title: string;
  evidence?: "CONFIRMED" | "DOC" | "INFERRED";
  facts: FactId[];
  /** The update that sets the member (UserPoolId added). */
  set: Record<string, unknown>;
  /** The follow-up update, omitting the member (UserPoolId added). */
  then?: Record<string, unknown>;
  expect: Expectation;
  notes?: string[];
}

const omission = (c: OmissionCase) =>
  scenario({
    id: `omitted/${c.member}`,
    operation: "UpdateUserPool",
    member: c.member,
    rule: c.rule,
    title: c.title,
    sources: SOURCES,
    facts: c.facts,
    evidence: c.evidence ?? "CONFIRMED",
    fixtures: ["pool"],
    ...(c.notes && { notes: c.notes }),
    steps: [
      citing(["s1.success"], ok("UpdateUserPool", { ...POOL, ...c.set }, { bodyEquals: {} })),
      citing(["s1.success"], ok("UpdateUserPool", { ...POOL, ...(c.then ?? UNRELATED) }, { bodyEquals: {} })),
      citing(c.facts, describePool(c.expect)),
    ],
  });

const omissions: Case[] = [
  omission({
    member: "AutoVerifiedAttributes",
    facts: ["s6.omitted-auto-verified"],
    rule: "omitted-reset",
    title: "AutoVerifiedAttributes set, then omitted: reset (none verified automatically)",
    set: { AutoVerifiedAttributes: ["email"] },
    expect: { bodyAbsent: ["UserPool.AutoVerifiedAttributes.0"] },
  }),
  omission({
    member: "LambdaConfig",
    facts: ["s6.omitted-lambda"],
    rule: "replaced-whole",
    title: "LambdaConfig is replaced as a whole: triggers the update omits are gone",
    set: { LambdaConfig: { PreSignUp: ARN("pre-sign-up"), PostConfirmation: ARN("post-confirmation") } },
    then: { LambdaConfig: { PreSignUp: ARN("pre-sign-up-2") } },
    expect: { body: { UserPool: { LambdaConfig: { PreSignUp: ARN("pre-sign-up-2") } } }, bodyAbsent: ["UserPool.LambdaConfig.PostConfirmation"] },
    notes: ["On a live account the Lambda functions need not exist for UpdateUserPool to store the ARNs (INFERRED)."],
  }),
  omission({
    member: "LambdaConfig.omitted",
    facts: ["s6.update-resets"],
    evidence: "DOC",
    notes: ["Measured: LambdaConfig is replaced as a whole; that an update omitting it clears it is the DOC rule (everything but UserPoolTier resets)."],
    rule: "omitted-reset",
    title: "LambdaConfig set, then omitted: no triggers left",
    set: { LambdaConfig: { PreSignUp: ARN("pre-sign-up") } },
    expect: { bodyAbsent: ["UserPool.LambdaConfig.PreSignUp"] },
  }),
  omission({
    member: "AdminCreateUserConfig",
    facts: ["s6.omitted-admin-create-only"],
    rule: "omitted-reset",
    title: "AdminCreateUserConfig.AllowAdminCreateUserOnly set, then omitted: back to false",
    set: { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } },
    expect: { body: { UserPool: { AdminCreateUserConfig: { AllowAdminCreateUserOnly: false } } } },
  }),
  omission({
    member: "UserPoolAddOns",
    facts: ["s6.omitted-add-ons"],
    rule: "omitted-reset",
    title: "UserPoolAddOns (ENFORCED on the fixture pool), then omitted: cleared",
    set: { UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } },
    expect: { bodyAbsent: ["UserPool.UserPoolAddOns"] },
  }),
  omission({
    member: "DeletionProtection",
    facts: ["s6.update-resets"],
    evidence: "DOC",
    rule: "omitted-reset",
    title: "DeletionProtection ACTIVE, then omitted: back to INACTIVE (the documented rule; no measurement yet)",
    set: { DeletionProtection: "ACTIVE" },
    expect: { body: { UserPool: { DeletionProtection: "INACTIVE" } } },
  }),
  omission({
    member: "MfaConfiguration",
    facts: ["s6.omitted-mfa-kept"],
    rule: "omitted-kept",
    title: "MfaConfiguration OPTIONAL, then omitted: still OPTIONAL",
    set: { MfaConfiguration: "OPTIONAL" },
    expect: { body: { UserPool: { MfaConfiguration: "OPTIONAL" } } },
  }),
  omission({
    member: "Policies",
    facts: ["s6.omitted-policies-kept"],
    rule: "omitted-kept",
    title: "Policies.PasswordPolicy.MinimumLength 12, then Policies omitted: still 12",
    set: {
      Policies: {
        PasswordPolicy: { MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: 7 },
      },
    },
    expect: { body: { UserPool: { Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false } } } } },
  }),
  omission({
    member: "UserPoolTier",
    facts: ["s6.omitted-tier-kept"],
    rule: "omitted-kept",
    title: "UserPoolTier PLUS, then omitted: still PLUS",
    set: { UserPoolTier: "PLUS" },
    expect: { body: { UserPool: { UserPoolTier: "PLUS" } } },
  }),
  omission({
    member: "UserPoolTier.downgraded",
    facts: ["s6.omitted-tier-kept", "s6.omitted-add-ons"],
    rule: "omitted-kept",
    title: "UserPoolTier ESSENTIALS (threat protection omitted, so off), then omitted: still ESSENTIALS",
    set: { UserPoolTier: "ESSENTIALS" },
    expect: { body: { UserPool: { UserPoolTier: "ESSENTIALS" } }, bodyAbsent: ["UserPool.UserPoolAddOns"] },
  }),
];

export const updateUserPoolCases: Case[] = [
  ...omissions,
  scenario({
    id: "mfa-on-refused",
    operation: "UpdateUserPool",
    member: "MfaConfiguration",
    rule: "mfa-on-refused",
    title: "MfaConfiguration ON on an existing pool is refused with AWS's message, and MFA stays OFF",
    sources: SOURCES,
    facts: ["s6.mfa-on-refused"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      citing(
        ["s6.mfa-on-refused"],
        refused("UpdateUserPool", { ...POOL, MfaConfiguration: "ON" }, "InvalidParameterException", {
          message: { equals: "Cannot turn MFA functionality ON, once the user pool has been created." },
        }),
      ),
      // refused, so not applied: the pool keeps its default (s6.describe-defaults)
      citing(["s6.mfa-on-refused", "s6.describe-defaults"], describePool({ body: { UserPool: { MfaConfiguration: "OFF" } } })),
    ],
  }),
  scenario({
    id: "verification-before-update-needs-auto-verified",
    operation: "UpdateUserPool",
    member: "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate",
    rule: "cross-member-check",
    title: "AttributesRequireVerificationBeforeUpdate naming an attribute not in AutoVerifiedAttributes is refused",
    sources: SOURCES,
    facts: ["s6.verification-before-update"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      refused("UpdateUserPool", { ...POOL, UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] } }, "InvalidParameterException", {
        message: { equals: "All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes" },
      }),
    ],
  }),
  scenario({
    id: "verification-before-update-accepted",
    operation: "UpdateUserPool",
    member: "UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate",
    rule: "cross-member-check",
    title: "AttributesRequireVerificationBeforeUpdate within AutoVerifiedAttributes is accepted and stored",
    sources: SOURCES,
    facts: ["s6.verification-before-update"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      ok("UpdateUserPool", { ...POOL, AutoVerifiedAttributes: ["email"], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] } }, { bodyEquals: {} }),
      describePool({ body: { UserPool: { AutoVerifiedAttributes: ["email"], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] } } } }),
    ],
  }),
  scenario({
    id: "empty-add-ons-refused",
    operation: "UpdateUserPool",
    member: "UserPoolAddOns",
    rule: "empty-add-ons-refused",
    title: "UserPoolAddOns {} is refused (AdvancedSecurityMode is required inside it)",
    sources: SOURCES,
    facts: ["s6.add-ons-empty"],
    evidence: "DOC",
    fixtures: ["pool"],
    notes: ["The nested member's name in the validation message is UNKNOWN: only the type is asserted."],
    steps: [refused("UpdateUserPool", { ...POOL, UserPoolAddOns: {} }, "InvalidParameterException")],
  }),
  scenario({
    id: "empty-output",
    operation: "UpdateUserPool",
    rule: "empty-output",
    title: "an accepted update answers {} and DescribeUserPool shows the change",
    facts: ["s1.success", "s6.update-resets"],
    evidence: "DOC",
    fixtures: ["pool"],
    notes: ["That LastModifiedDate advances is behaviour/UpdateUserPool/last-modified-advances."],
    steps: [
      citing(["s1.success"], ok("UpdateUserPool", { ...POOL, ...UNRELATED }, { bodyEquals: {} })),
      citing(["s6.update-resets"], describePool({ body: { UserPool: { SmsAuthenticationMessage: UNRELATED.SmsAuthenticationMessage } } })),
    ],
  }),
];
