// Context rows for the user and attribute operations (issue 17 §2): the user an admin request names is created
// first, a token operation signs the fixture user in, and attribute lists hold names the pool's schema has.
import type { Step } from "../../harness/case.ts";
import { control, ok } from "../behaviour/build.ts";
import { passwordAuth, POOL, saveTokens } from "../behaviour/sign-in-steps.ts";
import type { Row } from "./context.ts";

const SIGNED_UP = ["pool", "user", "password", "signInClient"];
const ADMIN_LOOKUPS = [
  "AdminDeleteUserAttributes", "AdminDisableUser", "AdminEnableUser", "AdminGetUserAuthFactors", "AdminSetUserSettings",
  "AdminUpdateUserAttributes", "AdminUserGlobalSignOut",
];
const TOKEN_OPS = ["UpdateUserAttributes", "DeleteUserAttributes", "GetUserAttributeVerificationCode", "VerifyUserAttribute", "SetUserSettings", "GetUserAuthFactors", "DeleteUser", "ListWebAuthnCredentials"];
const UPDATES = ["AdminUpdateUserAttributes", "UpdateUserAttributes"];
const DELETES = ["AdminDeleteUserAttributes", "DeleteUserAttributes"];
const SETTINGS = ["AdminSetUserSettings", "SetUserSettings"];
const ISSUED = (what: string) => `${what} is issued by the service: a made-up value of the boundary length is not a valid one`;
const SCHEMA_NAME = "an attribute name must be in the pool's schema: standard names are 3–18 ASCII characters, custom ones `custom:` + at most 20 (SchemaAttributeType.Name)";

const signIn = (): Step => ok("InitiateAuth", passwordAuth(), {}, saveTokens());
const withAttributes = (username: unknown, attributes: { Name: string; Value: string }[]): Step =>
  ok("AdminCreateUser", { ...POOL, Username: username, MessageAction: "SUPPRESS", UserAttributes: attributes });
const setAttributes = (attributes: { Name: string; Value: string }[]): Step => ok("AdminUpdateUserAttributes", { ...POOL, Username: "{{username}}", UserAttributes: attributes });
const VERIFIED_EMAIL = [{ Name: "email", Value: "reset@example.com" }, { Name: "email_verified", Value: "true" }];
const PHONE = [{ Name: "phone_number", Value: "+15555550100" }];
/** The code the mock sent (control API; skipped elsewhere, where the named refusal applies). */
const sentCode: Step = { ...control("outbox", { userPoolId: "{{userPoolId}}", username: "{{username}}", kind: "code" }, {}, { sentCode: "codes.0.code" }), optional: "control-api" };

export const USER_ROWS: Row[] = [
  { ops: ADMIN_LOOKUPS, path: "Username", setup: (name) => [withAttributes(name, PHONE)] },
  // A reset needs a verified email or phone number to send its code to.
  { ops: ["AdminResetUserPassword"], path: /./, with: { Username: "accepted-admin-reset" }, setup: () => [withAttributes("accepted-admin-reset", VERIFIED_EMAIL)], fixtures: ["pool"] },
  { ops: ["AdminResetUserPassword"], path: "Username", setup: (name) => [withAttributes(name, VERIFIED_EMAIL)] },
  // Token operations: a sign-in of the fixture user, each case its own (they change or delete the user).
  { ops: TOKEN_OPS, path: /./, with: { AccessToken: "{{accessToken}}" }, setup: () => [signIn()], fixtures: SIGNED_UP },
  { ops: TOKEN_OPS, path: "AccessToken", rule: /./, unreachable: ISSUED("an access token") },
  // A passkey's id comes from an authenticator (mocks/test/signin-passkey-browser.test.ts proves the operation).
  { ops: ["DeleteWebAuthnCredential"], path: /./, rule: /./, unreachable: ISSUED("a passkey credential id") },
  // Attribute lists name attributes of the schema.
  { ops: UPDATES, path: /^UserAttributes\[\]/, items: { "UserAttributes[]": () => ({ Name: "given_name", Value: "Conformance" }) } },
  { ops: [...UPDATES, ...DELETES], path: /^(UserAttributes\[\]\.Name|UserAttributeNames\[\])$/, rule: /./, unreachable: SCHEMA_NAME },
  { ops: DELETES, path: /^UserAttributeNames/, items: { "UserAttributeNames[]": () => "given_name" } },
  // Verification: of the email the user has, with the code sent for it.
  { ops: ["GetUserAttributeVerificationCode", "VerifyUserAttribute"], path: "AttributeName", rule: /./, unreachable: "only email and phone_number are verified by a code, and the user must have the attribute" },
  {
    ops: ["GetUserAttributeVerificationCode"],
    path: /./,
    with: { AccessToken: "{{accessToken}}", AttributeName: "email" },
    setup: () => [setAttributes([{ Name: "email", Value: "verify@example.com" }]), signIn()],
  },
  {
    ops: ["VerifyUserAttribute"],
    path: /./,
    with: { AccessToken: "{{accessToken}}", AttributeName: "email", Code: "{{sentCode}}" },
    setup: () => [
      setAttributes([{ Name: "email", Value: "verify@example.com" }]),
      signIn(),
      ok("GetUserAttributeVerificationCode", { AccessToken: "{{accessToken}}", AttributeName: "email" }),
      sentCode,
    ],
    refusal: { errorType: "CodeMismatchException", reason: "the code is sent by email: only the mock's outbox shows it" },
  },
  { ops: ["VerifyUserAttribute"], path: "Code", rule: /./, unreachable: ISSUED("a verification code (six digits)") },
  // Legacy MFA settings: an SMS option needs the user's phone number.
  { ops: SETTINGS, path: /^MFAOptions/, items: { "MFAOptions[]": () => ({ DeliveryMedium: "SMS", AttributeName: "phone_number" }) } },
  { ops: ["AdminSetUserSettings"], path: /./, setup: () => [setAttributes(PHONE)] },
  { ops: ["SetUserSettings"], path: /./, setup: () => [setAttributes(PHONE), signIn()] },
  { ops: ["AdminSetUserSettings"], path: "Username", setup: (name) => [withAttributes(name, PHONE)] },
  // ListUsers: a filter of the probed length that parses; tokens come from the service.
  { ops: ["ListUsers"], path: "Filter", rule: /^length-/, shape: (v) => (v.length >= 14 ? `username ^= "${"a".repeat(v.length - 14)}"` : v) },
  { ops: ["ListUsers"], path: "PaginationToken", rule: /./, unreachable: ISSUED("a pagination token") },
  // Each case adds its attributes to a pool of its own (added attributes cannot be removed).
  { ops: ["AddCustomAttributes"], path: /./, fresh: true, items: { "CustomAttributes[]": (i) => ({ Name: `attr${i}`, AttributeDataType: "String" }) } },
];
