// UpdateUserPool with AWS's measured semantics (aws-behavior.md §6): most omitted members go back to their
// defaults, while the name, Policies, MfaConfiguration, UserPoolTier, KEPT_WHEN_OMITTED and the members only
// CreateUserPool sets are kept. Everything is checked before anything is written.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { compact, completePasswordPolicy, KEPT_WHEN_OMITTED, settableMembers } from "../pools/defaults.ts";
import { checkTags, checkTierFeatures, checkVerificationBeforeUpdate } from "../pools/rules.ts";
import { checkSignInPolicy, checkWebAuthnBesideMfa } from "../pools/sign-in-policy.ts";
import { errors } from "../protocol/errors.ts";

type Policies = components["schemas"]["UserPoolPolicyType"];

export function updateUserPool(input: InputOf<"UpdateUserPool">, ctx: OperationContext): OutputOf<"UpdateUserPool"> {
  const record = getPool(ctx, input.UserPoolId);
  const current = record.pool;
  if (input.MfaConfiguration === "ON" && current.MfaConfiguration !== "ON") {
    throw errors.invalidParameter("Cannot turn MFA functionality ON, once the user pool has been created.");
  }
  const tier = input.UserPoolTier ?? current.UserPoolTier ?? "ESSENTIALS";
  checkTierFeatures(tier, input.UserPoolAddOns);
  const settings = settableMembers(input);
  for (const member of KEPT_WHEN_OMITTED) if (input[member] === undefined) Object.assign(settings, { [member]: current[member] });
  // The stored setting counts when the request omits it, so an update that drops AutoVerifiedAttributes can fail.
  checkVerificationBeforeUpdate(settings.UserAttributeUpdateSettings, input.AutoVerifiedAttributes);
  checkTags(input.UserPoolTags);
  // The stored policy and MFA setting count too: a tier change or a kept SignInPolicy can break a rule.
  const Policies = updatedPolicies(current.Policies, input.Policies);
  const MfaConfiguration = input.MfaConfiguration ?? current.MfaConfiguration;
  checkSignInPolicy(tier, Policies?.SignInPolicy?.AllowedFirstAuthFactors);
  checkWebAuthnBesideMfa(MfaConfiguration, Policies?.SignInPolicy?.AllowedFirstAuthFactors, record.mfaConfig?.WebAuthnConfiguration);

  record.pool = compact({
    ...current,
    ...settings,
    Name: input.PoolName ?? current.Name,
    Policies,
    MfaConfiguration,
    UserPoolTier: tier,
    LastModifiedDate: ctx.now(),
  });
  return {};
}

/**
 * Omitted policies are kept, and so is the sub-policy a request leaves out (CONFIRMED: cdkd#1982 measured both
 * directions); a given PasswordPolicy replaces the stored one whole (INFERRED).
 */
function updatedPolicies(current: Policies | undefined, requested: Policies | undefined): Policies | undefined {
  if (!requested) return current;
  return compact({
    ...current,
    PasswordPolicy: requested.PasswordPolicy ? completePasswordPolicy(requested.PasswordPolicy) : current?.PasswordPolicy,
    SignInPolicy: requested.SignInPolicy ?? current?.SignInPolicy,
  });
}
