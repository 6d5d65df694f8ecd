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

/** Tag keys and values: letters, digits, spaces and `_ . : / = + - @` (DOC, dev guide "Tagging", 2023). */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/**
 * A pool's tag set, whichever operation writes it (UserPoolTags, TagResource): at most 50 tags, no `aws:` prefix,
 * the allowed characters (DOC, aws-behavior.md §12.4; Cognito's texts UNKNOWN: the mock's, mocks/README.md).
 */
export function checkTags(tags: S["UserPoolTagsType"] | undefined): void {
  const entries = Object.entries(tags ?? {});
  if (entries.length > 50) throw errors.invalidParameter("A user pool can have at most 50 tags.");
  const reserved = entries.find(([k]) => k.toLowerCase().startsWith("aws:"));
  if (reserved) throw errors.invalidParameter(`Tag key ${reserved[0]} uses the reserved prefix aws:.`);
  const bad = entries.find(([k, v]) => !TAG_CHARACTERS.test(k) || !TAG_CHARACTERS.test(v));
  if (bad) throw errors.invalidParameter("Tag keys and values may hold only letters, digits, spaces and _ . : / = + - @.");
}
