// CreateUserPool: a new pool with every member AWS fills in (aws-behavior.md §6), after the cross-member checks.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { compact, initialPolicies, poolArn, settableMembers } from "../pools/defaults.ts";
import { checkTags, checkTierFeatures, checkVerificationBeforeUpdate } from "../pools/rules.ts";
import { poolSchema } from "../pools/schema.ts";
import { checkSignInPolicy, checkWebAuthnBesideMfa } from "../pools/sign-in-policy.ts";
import { errors } from "../protocol/errors.ts";

export function createUserPool(input: InputOf<"CreateUserPool">, ctx: OperationContext): OutputOf<"CreateUserPool"> {
  const tier = input.UserPoolTier ?? "ESSENTIALS";
  checkTierFeatures(tier, input.UserPoolAddOns);
  const factors = input.Policies?.SignInPolicy?.AllowedFirstAuthFactors;
  checkSignInPolicy(tier, factors);
  checkWebAuthnBesideMfa(input.MfaConfiguration, factors, undefined);
  checkVerificationBeforeUpdate(input.UserAttributeUpdateSettings, input.AutoVerifiedAttributes);
  checkTags(input.UserPoolTags);
  if (input.AliasAttributes?.length && input.UsernameAttributes?.length) {
    throw errors.invalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool");
  }
  const SchemaAttributes = poolSchema(input.Schema);

  const id = ctx.ids.userPoolId(ctx.region);
  const now = ctx.now();
  const pool = compact({
    Id: id,
    Name: input.PoolName,
    Policies: initialPolicies(input.Policies),
    ...settableMembers(input),
    LastModifiedDate: now,
    CreationDate: now,
    SchemaAttributes,
    AliasAttributes: input.AliasAttributes,
    UsernameAttributes: input.UsernameAttributes,
    MfaConfiguration: input.MfaConfiguration ?? "OFF",
    EstimatedNumberOfUsers: 0,
    UsernameConfiguration: input.UsernameConfiguration,
    Arn: poolArn(ctx.region, ctx.accountId, id),
    UserPoolTier: tier,
  });
  ctx.state.pools.set(id, { pool, clients: new Map(), users: new Map(), clientRisk: new Map() });
  ctx.keys.prewarm(); // a sign-in may follow: its keys start generating off the event loop now
  return { UserPool: structuredClone(pool) };
}
