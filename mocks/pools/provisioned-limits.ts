// Provisioned API rate limits (Get/UpdateProvisionedLimit, facts s12.limits.*): per account and Region, one per
// quota category (LimitClass API_CATEGORY, Attributes { Category }). The free value is the category's default quota
// (mocks/faults/quotas.ts); the provisioned value starts there. Mock choices (labelled, in mocks/README.md): a
// category the quotas table lacks or other attributes name no limit: ResourceNotFoundException; the account
// maximum AWS checks in Service Quotas is UNKNOWN here: the mock allows up to MAX_FACTOR × the free value.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { QUOTA_RPS, type QuotaCategory } from "../faults/quotas.ts";
import { AwsError, errors } from "../protocol/errors.ts";

type S = components["schemas"];

export const MAX_FACTOR = 10;

function categoryOf(definition: S["LimitDefinitionType"]): QuotaCategory {
  const keys = Object.keys(definition.Attributes ?? {});
  const category = definition.Attributes?.Category;
  if (definition.LimitClass !== "API_CATEGORY" || keys.length !== 1 || category === undefined || !Object.hasOwn(QUOTA_RPS, category)) {
    throw new AwsError("ResourceNotFoundException", "No limit matches the LimitDefinition: use LimitClass API_CATEGORY with one attribute Category naming an API category.");
  }
  return category as QuotaCategory;
}

const keyOf = (ctx: OperationContext, category: string) => `${ctx.region}/${category}`;

export function limitOf(ctx: OperationContext, definition: S["LimitDefinitionType"]): S["LimitType"] {
  const category = categoryOf(definition);
  const free = QUOTA_RPS[category];
  return {
    LimitDefinition: { LimitClass: "API_CATEGORY", Attributes: { Category: category } },
    ProvisionedLimitValue: ctx.state.provisionedLimits.get(keyOf(ctx, category)) ?? free,
    FreeLimitValue: free,
  };
}

/** DOC: "The value must be between the default limit and your account-level maximum limit in Service Quotas." */
export function setLimit(ctx: OperationContext, definition: S["LimitDefinitionType"], requested: number): S["LimitType"] {
  const category = categoryOf(definition);
  const free = QUOTA_RPS[category];
  if (requested < free) throw errors.invalidParameter(`RequestedLimitValue must be at least the default limit ${free}.`);
  if (requested > free * MAX_FACTOR) throw new AwsError("ServiceQuotaExceededException", `RequestedLimitValue exceeds the account maximum ${free * MAX_FACTOR}.`);
  ctx.state.provisionedLimits.set(keyOf(ctx, category), requested);
  return limitOf(ctx, definition);
}
