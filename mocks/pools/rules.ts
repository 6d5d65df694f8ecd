// Cross-member rules the model can't express, shared by CreateUserPool and UpdateUserPool. Each throws
// the error AWS sends (aws-behavior.md §6), so an operation can check everything before it writes.
import type { components } from "../../generated/types.ts";
import { errors } from "../protocol/errors.ts";

type S = components["schemas"];

/** Threat protection (AUDIT or ENFORCED) is a Plus-tier feature. CONFIRMED message form. */
export function checkTierFeatures(tier: S["UserPoolTierType"], addOns: S["UserPoolAddOnsType"] | undefined): void {
  const features: string[] = [];
  if (addOns && addOns.AdvancedSecurityMode !== "OFF" && tier !== "PLUS") features.push("Threat Protection");
  if (features.length > 0) throw errors.featureUnavailableInTier(tier, features);
}

/** CONFIRMED message. */
export function checkVerificationBeforeUpdate(
  settings: S["UserAttributeUpdateSettingsType"] | undefined,
  autoVerified: S["VerifiedAttributesListType"] | undefined,
): void {
  const required = settings?.AttributesRequireVerificationBeforeUpdate ?? [];
  if (required.some((a) => !(autoVerified ?? []).includes(a))) {
    throw errors.invalidParameter("All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes");
  }
}

/** AWS reserves the `aws:` tag prefix and allows 50 tags per resource (general AWS tagging rules; Cognito's text UNKNOWN). */
export function checkTags(tags: S["UserPoolTagsType"] | undefined): void {
  const keys = Object.keys(tags ?? {});
  if (keys.length > 50) throw errors.invalidParameter("A user pool can have at most 50 tags.");
  const reserved = keys.find((k) => k.toLowerCase().startsWith("aws:"));
  if (reserved) throw errors.invalidParameter(`Tag key ${reserved} uses the reserved prefix aws:.`);
}
