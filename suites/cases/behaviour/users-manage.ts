// Users and attributes (aws-behavior.md §12.2): ListUsers' filters and pages, attribute updates, deletes and
// verification, custom attributes, a disabled user at sign-in, the admin password reset, admin global sign-out and
// DeleteUser. Codes the service mails are read from the mock's outbox (control steps).
import type { Case, Step } from "../../harness/case.ts";
import { citing, control, notFoundScenario, ok, refused, scenario } from "./build.ts";
import { passwordAuth, POOL, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const user = (Username: string, attributes: Record<string, string>): Step =>
  ok("AdminCreateUser", { ...POOL, Username, MessageAction: "SUPPRESS", UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) });
const people: Step[] = [
  user("jon", { given_name: "Jon", family_name: "Reddy" }),
  user("jonas", { given_name: "Jonas", family_name: "Smith" }),
  user("mary", { given_name: "Mary", family_name: "Reddy" }),
];
const list = (body: Record<string, unknown>, expect: Parameters<typeof ok>[2], save?: Record<string, string>) => ok("ListUsers", { ...POOL, ...body }, expect, save);
const attributeList = (Username: string, expectAttributes: unknown) => ok("AdminGetUser", { ...POOL, Username }, { body: { UserAttributes: expectAttributes } });
const setAttributes = (attributes: Record<string, string>) =>
  ok("AdminUpdateUserAttributes", { ...POOL, Username: "{{username}}", UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) }, { bodyEquals: {} });
const signIn = (password = "{{password}}") => ok("InitiateAuth", passwordAuth({ password }), SIGNED_IN, saveTokens());
/** The last code the mock sent this user (the steps send one at a time). */
const sentCode = (purpose: string, as: string) =>
  control("outbox", { userPoolId: "{{userPoolId}}", username: "{{username}}", kind: "code" }, { body: { codes: { $contains: { purpose } } } }, { [as]: "codes.0.code" });
const EVENTUAL = "ListUsers is eventually consistent (DOC): on AWS a user created a moment earlier may be missing from the first answer.";

export const usersManageCases: Case[] = [
  scenario({
    id: "filter-exact-and-prefix",
    operation: "ListUsers",
    member: "Filter",
    rule: "filter",
    title: 'Filter `family_name = "Reddy"` lists exactly the Reddys, `given_name ^= "Jon"` the names that start with Jon; items carry Attributes with sub',
    facts: ["s12.2.list-users-filter", "s12.2.list-users-item"],
    evidence: "DOC",
    notes: [EVENTUAL],
    fixtures: ["pool"],
    steps: [
      ...people,
      list({ Filter: 'family_name = "Reddy"' }, { body: { Users: { $all: [{ Username: "jon" }, { Username: "mary" }] } }, bodyAbsent: ["Users.2"] }),
      list({ Filter: 'given_name ^= "Jon"' }, { body: { Users: { $all: [{ Username: "jon" }, { Username: "jonas" }] } }, bodyAbsent: ["Users.2"] }),
      list({ Filter: 'username = "mary"' }, {
        body: { Users: [{ Username: "mary", Enabled: true, UserStatus: "FORCE_CHANGE_PASSWORD", Attributes: { $all: [{ Name: "given_name", Value: "Mary" }, { Name: "family_name", Value: "Reddy" }] } }] },
      }),
    ],
  }),
  scenario({
    id: "filter-parse-error",
    operation: "ListUsers",
    member: "Filter",
    rule: "filter-syntax",
    title: "a filter that is not `name = \"value\"` is InvalidParameterException `Error while parsing filter.`",
    facts: ["s12.2.filter-parse-error"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      citing(["s12.2.filter-parse-error"], refused("ListUsers", { ...POOL, Filter: "foo" }, "InvalidParameterException", { message: { equals: "Error while parsing filter." } })),
      citing(["s12.2.filter-parse-error"], refused("ListUsers", { ...POOL, Filter: "email = unquoted" }, "InvalidParameterException", { message: { equals: "Error while parsing filter." } })),
    ],
  }),
  scenario({
    id: "filter-not-searchable",
    operation: "ListUsers",
    member: "Filter",
    rule: "filter-attribute",
    title: "a filter on a custom attribute (not searchable) is InvalidParameterException",
    facts: ["s12.2.filter-not-searchable"],
    evidence: "INFERRED",
    notes: ["The text is UNKNOWN; the mock reuses `Error while parsing filter.` and the case asserts the type only."],
    fixtures: ["pool"],
    steps: [refused("ListUsers", { ...POOL, Filter: 'custom:team = "blue"' }, "InvalidParameterException")],
  }),
  scenario({
    id: "paging",
    operation: "ListUsers",
    member: "PaginationToken",
    rule: "paging",
    title: "Limit 2 over three users: two users and a PaginationToken, then the third user with the token",
    facts: ["s12.2.list-users-paging"],
    evidence: "DOC",
    notes: [EVENTUAL, "Whether the last page comes with a token is not asserted (DOC: fewer items than Limit may come with one)."],
    fixtures: ["pool"],
    steps: [
      ...people,
      list({ Limit: 2 }, { body: { Users: [{}, {}], PaginationToken: { $pattern: "." } } }, { token: "PaginationToken", first: "Users.0.Username", second: "Users.1.Username" }),
      list({ Limit: 2, PaginationToken: "{{token}}" }, { body: { Users: { $contains: { Username: { $pattern: "^(jon|jonas|mary)$", $not: { $pattern: "^({{first}}|{{second}})$" } } } } } }),
    ],
  }),
  scenario({
    id: "attributes-to-get-missing",
    operation: "ListUsers",
    member: "AttributesToGet",
    rule: "attributes-exist",
    title: "AttributesToGet naming an attribute one listed user lacks: InvalidParameterException `One or more requested attributes do not exist.`",
    facts: ["s12.2.attributes-to-get-missing"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [user("with-locale", { locale: "en" }), user("without-locale", { given_name: "Bare" }), refused("ListUsers", { ...POOL, AttributesToGet: ["locale"] }, "InvalidParameterException", { message: { equals: "One or more requested attributes do not exist." } })],
  }),
  scenario({
    id: "update-and-delete",
    operation: "AdminUpdateUserAttributes",
    member: "UserAttributes",
    rule: "update-attributes",
    title: "AdminUpdateUserAttributes stores values (email_verified true in the same call keeps a new email verified); a blank value and AdminDeleteUserAttributes delete",
    facts: ["s12.2.attribute-update"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      setAttributes({ given_name: "Al", locale: "en", email: "al@example.com", email_verified: "true" }),
      attributeList("{{username}}", { $all: [{ Name: "given_name", Value: "Al" }, { Name: "email", Value: "al@example.com" }, { Name: "email_verified", Value: "true" }] }),
      setAttributes({ given_name: "" }),
      ok("AdminDeleteUserAttributes", { ...POOL, Username: "{{username}}", UserAttributeNames: ["locale"] }, { bodyEquals: {} }),
      attributeList("{{username}}", { $not: { $contains: { Name: { $pattern: "^(given_name|locale)$" } } } }),
    ],
  }),
  scenario({
    id: "immutable-custom",
    operation: "AdminUpdateUserAttributes",
    member: "UserAttributes",
    rule: "immutable",
    title: "AddCustomAttributes adds custom:tenant (immutable); it is set at creation and an update is refused `user.custom:tenant: Attribute cannot be updated.`",
    facts: ["s12.2.custom-attributes", "s12.2.immutable"],
    evidence: "INFERRED",
    notes: ["The text's form is CONFIRMED (for email); its type InvalidParameterException is INFERRED."],
    fixtures: ["pool"],
    steps: [
      ok("AddCustomAttributes", { ...POOL, CustomAttributes: [{ Name: "tenant", AttributeDataType: "String", Mutable: false }] }, { bodyEquals: {} }),
      ok("DescribeUserPool", POOL, { body: { UserPool: { SchemaAttributes: { $contains: { Name: "custom:tenant", Mutable: false } } } } }),
      user("tenant-user", { "custom:tenant": "acme" }),
      refused("AdminUpdateUserAttributes", { ...POOL, Username: "tenant-user", UserAttributes: [{ Name: "custom:tenant", Value: "other" }] }, "InvalidParameterException", {
        message: { equals: "user.custom:tenant: Attribute cannot be updated." },
      }),
    ],
  }),
  signInScenario({
    id: "unauthorized-write",
    operation: "UpdateUserAttributes",
    member: "UserAttributes",
    rule: "client-write-attributes",
    title: "UpdateUserAttributes through a client whose WriteAttributes lack family_name: NotAuthorizedException `A client attempted to write unauthorized attribute`",
    facts: ["s12.2.unauthorized-write"],
    evidence: "CONFIRMED",
    steps: [
      ok("CreateUserPoolClient", { ...POOL, ClientName: "narrow-writer", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], WriteAttributes: ["given_name"] }, {}, { narrowClientId: "UserPoolClient.ClientId" }),
      citing(["s9.success"], ok("InitiateAuth", passwordAuth({ client: "{{narrowClientId}}" }), SIGNED_IN, saveTokens())),
      ok("UpdateUserAttributes", { AccessToken: "{{accessToken}}", UserAttributes: [{ Name: "given_name", Value: "Allowed" }] }),
      citing(
        ["s12.2.unauthorized-write"],
        refused("UpdateUserAttributes", { AccessToken: "{{accessToken}}", UserAttributes: [{ Name: "family_name", Value: "Refused" }] }, "NotAuthorizedException", {
          message: { equals: "A client attempted to write unauthorized attribute" },
        }),
      ),
    ],
  }),
  signInScenario({
    id: "verify-email",
    operation: "VerifyUserAttribute",
    member: "Code",
    rule: "verify-attribute",
    title: "UpdateUserAttributes of an auto-verified email answers its CodeDeliveryDetailsList; a wrong code is CodeMismatchException; the sent code verifies the email",
    facts: ["s12.2.verify-before-update", "s12.2.verification-codes", "s12.2.verification-mismatch", "mock.control-api"],
    evidence: "INFERRED",
    notes: ["The code is read from the mock's outbox. The wrong-code text is §9's (INFERRED for attributes): advisory."],
    steps: [
      ok("UpdateUserPool", { ...POOL, AutoVerifiedAttributes: ["email"] }),
      signIn(),
      ok("UpdateUserAttributes", { AccessToken: "{{accessToken}}", UserAttributes: [{ Name: "email", Value: "changed@example.com" }] }, {
        body: { CodeDeliveryDetailsList: [{ AttributeName: "email", DeliveryMedium: "EMAIL", Destination: { $pattern: "^c.*@" } }] },
      }),
      sentCode("VerifyUserAttribute", "verifyCode"),
      refused("VerifyUserAttribute", { AccessToken: "{{accessToken}}", AttributeName: "email", Code: "not-the-code" }, "CodeMismatchException", {
        message: { equals: "Invalid verification code provided, please try again." },
        messageStrength: "advisory",
      }),
      ok("VerifyUserAttribute", { AccessToken: "{{accessToken}}", AttributeName: "email", Code: "{{verifyCode}}" }, { bodyEquals: {} }),
      attributeList("{{username}}", { $all: [{ Name: "email", Value: "changed@example.com" }, { Name: "email_verified", Value: "true" }] }),
    ],
  }),
  signInScenario({
    id: "verify-before-update",
    operation: "UpdateUserAttributes",
    member: "UserAttributes",
    rule: "verify-before-update",
    title: "with AttributesRequireVerificationBeforeUpdate a new email is not stored until VerifyUserAttribute; then it replaces the old one, verified",
    facts: ["s12.2.verify-before-update", "mock.control-api"],
    evidence: "DOC",
    steps: [
      ok("UpdateUserPool", { ...POOL, AutoVerifiedAttributes: ["email"], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] } }),
      setAttributes({ email: "old@example.com", email_verified: "true" }),
      signIn(),
      ok("UpdateUserAttributes", { AccessToken: "{{accessToken}}", UserAttributes: [{ Name: "email", Value: "new@example.com" }] }),
      attributeList("{{username}}", { $all: [{ Name: "email", Value: "old@example.com" }, { Name: "email_verified", Value: "true" }] }),
      sentCode("VerifyUserAttribute", "verifyCode"),
      ok("VerifyUserAttribute", { AccessToken: "{{accessToken}}", AttributeName: "email", Code: "{{verifyCode}}" }, { bodyEquals: {} }),
      attributeList("{{username}}", { $all: [{ Name: "email", Value: "new@example.com" }, { Name: "email_verified", Value: "true" }] }),
    ],
  }),
  signInScenario({
    id: "disabled-refused",
    operation: "AdminDisableUser",
    member: "Username",
    rule: "disable",
    title: "a disabled user is refused at sign-in `User is disabled.` and still listed (Enabled false); AdminEnableUser restores sign-in",
    facts: ["s12.2.disable", "s9.disabled"],
    evidence: "DOC",
    notes: [EVENTUAL],
    steps: [
      signIn(),
      ok("AdminDisableUser", { ...POOL, Username: "{{username}}" }, { bodyEquals: {} }),
      refused("InitiateAuth", passwordAuth(), "NotAuthorizedException", { message: { equals: "User is disabled." } }),
      list({ Filter: 'username = "{{username}}"' }, { body: { Users: [{ Username: "{{username}}", Enabled: false }] } }),
      ok("AdminEnableUser", { ...POOL, Username: "{{username}}" }, { bodyEquals: {} }),
      signIn(),
    ],
  }),
  signInScenario({
    id: "reset-flow",
    operation: "AdminResetUserPassword",
    member: "Username",
    rule: "reset-password",
    title: "AdminResetUserPassword: RESET_REQUIRED, sign-in answers `Password reset required for the user`, the mailed code and ConfirmForgotPassword set a new password",
    facts: ["s12.2.reset", "s12.2.reset-required-sign-in", "s12.2.password-reset-required-type", "mock.control-api"],
    evidence: "INFERRED",
    notes: ["The text is CONFIRMED; the type PasswordResetRequiredException INFERRED."],
    steps: [
      setAttributes({ email: "reset-me@example.com", email_verified: "true" }),
      ok("AdminResetUserPassword", { ...POOL, Username: "{{username}}" }, { bodyEquals: {} }),
      ok("AdminGetUser", { ...POOL, Username: "{{username}}" }, { body: { UserStatus: "RESET_REQUIRED" } }),
      refused("InitiateAuth", passwordAuth(), "PasswordResetRequiredException", { message: { equals: "Password reset required for the user" } }),
      sentCode("ForgotPassword", "resetCode"),
      ok("ConfirmForgotPassword", { ClientId: "{{signInClientId}}", Username: "{{username}}", ConfirmationCode: "{{resetCode}}", Password: "Res3t-by-admin!" }, { bodyEquals: {} }),
      signIn("Res3t-by-admin!"),
    ],
  }),
  signInScenario({
    id: "admin-global-sign-out",
    operation: "AdminUserGlobalSignOut",
    member: "Username",
    rule: "global-sign-out",
    title: "after AdminUserGlobalSignOut the access token is `Access Token has been revoked` and the refresh token `Refresh Token has been revoked`",
    facts: ["s12.2.admin-global-sign-out", "s9.access-revoked", "s9.refresh-revoked"],
    evidence: "DOC",
    steps: [
      signIn(),
      ok("AdminUserGlobalSignOut", { ...POOL, Username: "{{username}}" }, { bodyEquals: {} }),
      refused("GetUser", { AccessToken: "{{accessToken}}" }, "NotAuthorizedException", { message: { equals: "Access Token has been revoked" } }),
      refused("InitiateAuth", { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { REFRESH_TOKEN: "{{refreshToken}}" } }, "NotAuthorizedException", {
        message: { equals: "Refresh Token has been revoked" },
      }),
    ],
  }),
  signInScenario({
    id: "delete-user",
    operation: "DeleteUser",
    member: "AccessToken",
    rule: "delete-self",
    title: "DeleteUser deletes the signed-in user: AdminGetUser then answers UserNotFoundException",
    facts: ["s12.2.delete-user", "s4.user-not-found"],
    evidence: "DOC",
    steps: [
      signIn(),
      ok("DeleteUser", { AccessToken: "{{accessToken}}" }, { bodyEquals: {} }),
      refused("AdminGetUser", { ...POOL, Username: "{{username}}" }, "UserNotFoundException", { message: { equals: "User does not exist." } }),
    ],
  }),
];

/** Each admin operation's smallest valid request (besides the pool and the user it names). */
const ADMIN_BODIES: Record<string, Record<string, unknown>> = {
  AdminDeleteUserAttributes: { UserAttributeNames: ["given_name"] },
  AdminDisableUser: {},
  AdminEnableUser: {},
  AdminGetUserAuthFactors: {},
  AdminResetUserPassword: {},
  AdminSetUserSettings: { MFAOptions: [] },
  AdminUpdateUserAttributes: { UserAttributes: [{ Name: "given_name", Value: "Nobody" }] },
  AdminUserGlobalSignOut: {},
};
const POOL_BODIES: Record<string, Record<string, unknown>> = {
  ...ADMIN_BODIES,
  AddCustomAttributes: { CustomAttributes: [{ Name: "team", AttributeDataType: "String" }] },
  ListUsers: {},
};

/** The lookups every admin operation starts with: the pool, then the user (CONFIRMED texts, §4). */
export const usersNotFoundCases: Case[] = [
  ...Object.entries(POOL_BODIES).map(([operation, body]) => notFoundScenario("pool", operation, { ...(operation in ADMIN_BODIES && { Username: "someone" }), ...body })),
  ...Object.entries(ADMIN_BODIES).map(([operation, body]) => notFoundScenario("user", operation, body)),
];
