// The evidence of aws-behavior.md §12.2 (users and attributes), in the registry's format; merged into FACTS by one
// spread in facts.ts. Ids `s12.2.<name>`.
import type { Fact } from "./facts.ts";

const ref = (origin?: string) => `aws-behavior.md §12.2${origin ? ` (${origin})` : ""}`;

export const FACTS_S12_USERS = {
  "s12.2.list-users-filter": {
    label: "DOC",
    says: "ListUsers Filter: one clause `name = \"value\"` (exact) or `name ^= \"value\"` (prefix), empty = all users; searchable: username, email, phone_number, name, given_name, family_name, preferred_username, cognito:user_status (case-insensitive), status, sub",
    source: ref("model + dev guide \"Managing and searching for users\""),
  },
  "s12.2.filter-parse-error": {
    label: "CONFIRMED",
    says: "a malformed filter: InvalidParameterException",
    source: ref("aws/aws-sdk-php#1088, #1961; aws/aws-aspnet-cognito-identity-provider#235"),
    text: ["Error while parsing filter."],
  },
  "s12.2.filter-not-searchable": { label: "INFERRED", says: "a filter on a custom or non-searchable attribute: InvalidParameterException (text UNKNOWN)", source: ref() },
  "s12.2.status-filter-values": { label: "INFERRED", says: "`status` filter values are Enabled / Disabled (the console labels; UNKNOWN on the wire)", source: ref() },
  "s12.2.attributes-to-get-missing": {
    label: "CONFIRMED",
    says: "AttributesToGet naming an attribute some listed user lacks: InvalidParameterException",
    source: ref("aws/aws-sdk-js#2570, #3091; DOC: \"returns an error if not all users in the results have set a value\""),
    text: ["One or more requested attributes do not exist."],
  },
  "s12.2.list-users-paging": { label: "DOC", says: "Limit 0–60; a PaginationToken while more remain (fewer items than Limit may come with one); no duplicates within one chain", source: ref("model") },
  "s12.2.list-users-item": { label: "DOC", says: "ListUsers items are {Username, Attributes, UserCreateDate, UserLastModifiedDate, Enabled, UserStatus}", source: ref("CLI example list-users.rst") },
  "s12.2.sub-listed": { label: "INFERRED", says: "AdminGetUser and ListUsers always include `sub` among the attributes", source: ref("terraform provider user.go") },
  "s12.2.disable": { label: "DOC", says: "AdminDisableUser deactivates the user and revokes its access tokens; the user still appears in ListUsers; AdminEnableUser restores sign-in", source: ref("model") },
  "s12.2.disabled-refresh": { label: "UNKNOWN", says: "the text for a refresh by a disabled user (INFERRED NotAuthorizedException)", source: ref() },
  "s12.2.reset": { label: "DOC", says: "AdminResetUserPassword sets RESET_REQUIRED and sends a reset code; the user completes ForgotPassword/ConfirmForgotPassword", source: ref("model") },
  "s12.2.reset-no-destination": {
    label: "INFERRED",
    says: "AdminResetUserPassword for a user with no verified email or phone: ForgotPassword's InvalidParameterException `Cannot reset password for the user as there is no registered/verified email or phone_number` (CONFIRMED for ForgotPassword)",
    source: ref("keboola/developer-portal#123, aws-amplify/aws-sdk-android#142, aws/aws-sdk-js-v3#7401"),
  },
  "s12.2.reset-required-sign-in": {
    label: "CONFIRMED",
    says: "sign-in of a RESET_REQUIRED user fails with this text and no challenge (type PasswordResetRequiredException INFERRED)",
    source: ref("amazon-archives/amazon-cognito-identity-js#468"),
    text: ["Password reset required for the user"],
  },
  "s12.2.password-reset-required-type": { label: "INFERRED", says: "the error type of a RESET_REQUIRED sign-in is PasswordResetRequiredException", source: ref() },
  "s12.2.admin-global-sign-out": { label: "DOC", says: "AdminUserGlobalSignOut invalidates ID, access and refresh tokens: API calls with the access token then get `Access Token has been revoked`, refreshes fail", source: ref("model; texts §9") },
  "s12.2.delete-user": { label: "DOC", says: "DeleteUser deletes the signed-in user's profile; it can no longer sign in", source: ref("model") },
  "s12.2.deleted-user-token": { label: "UNKNOWN", says: "later calls with a deleted user's access token (INFERRED NotAuthorizedException)", source: ref() },
  "s12.2.attribute-update": {
    label: "DOC",
    says: "Admin/UpdateUserAttributes delete an attribute sent with a blank value; custom attributes need `custom:`; admin may set email_verified/phone_number_verified true in the same call to skip verification",
    source: ref("model"),
  },
  "s12.2.verify-before-update": {
    label: "DOC",
    says: "with AttributesRequireVerificationBeforeUpdate the new email/phone is not stored until verified (the user keeps the old value); VerifyUserAttribute applies it and sets *_verified true; UpdateUserAttributes returns CodeDeliveryDetailsList for an auto-verified attribute",
    source: ref("model"),
  },
  "s12.2.update-unverifies": { label: "INFERRED", says: "without that setting a changed email is stored at once and email_verified becomes false", source: ref("amazon-archives/amazon-cognito-identity-js#322") },
  "s12.2.verified-values": { label: "INFERRED", says: "`email_verified: \"True\"` is stored verbatim and read as verified (case-insensitive boolean)", source: ref("aws-amplify/amplify-js#8205") },
  "s12.2.unauthorized-write": {
    label: "CONFIRMED",
    says: "writing an attribute the app client may not write: NotAuthorizedException",
    source: ref("amazon-cognito-identity-js#397, #438; DOC dev guide \"User pool attributes\""),
    text: ["A client attempted to write unauthorized attribute"],
  },
  "s12.2.immutable": {
    label: "CONFIRMED",
    says: "updating an immutable attribute after creation (type InvalidParameterException INFERRED)",
    source: ref("aws-amplify/amplify-swift#3981; aws-amplify/amplify-js#3526"),
    text: ["user.<name>: Attribute cannot be updated."],
  },
  "s12.2.custom-attributes": {
    label: "DOC",
    says: "custom attributes: up to 50 per pool, name up to 20 characters, 1–25 per AddCustomAttributes call, cannot be changed after creation, stored as custom:<Name> (dev:custom:<Name> developer-only)",
    source: ref("dev guide Quotas; model"),
  },
  "s12.2.custom-attribute-errors": { label: "UNKNOWN", says: "the error for adding an existing name or a 51st custom attribute (INFERRED InvalidParameterException / LimitExceededException)", source: ref() },
  "s12.2.verification-codes": { label: "DOC", says: "attribute verification codes are valid 24 h; GetUserAttributeVerificationCode 5 per user per hour, VerifyUserAttribute 15 attempts", source: ref("dev guide Quotas") },
  "s12.2.verification-mismatch": { label: "INFERRED", says: "a wrong attribute verification code: CodeMismatchException `Invalid verification code provided, please try again.` (the §9 confirmation-code text)", source: ref() },
  "s12.2.auth-factors": { label: "DOC", says: "Admin/GetUserAuthFactors answer {Username, PreferredMfaSetting?, UserMFASettingList?, ConfiguredUserAuthFactors}", source: ref("model") },
  "s12.2.auth-factors-password": { label: "INFERRED", says: "a password user's ConfiguredUserAuthFactors is [\"PASSWORD\"] (no transcript)", source: ref() },
  "s12.2.legacy-settings": { label: "DOC", says: "SetUserSettings / AdminSetUserSettings configure only SMS MFA through MFAOptions", source: "botocore cognito-idp model: SetUserSettings, AdminSetUserSettings" },
} as const satisfies Record<string, Fact>;
