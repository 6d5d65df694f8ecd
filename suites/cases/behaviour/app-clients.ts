// App clients (aws-behavior.md §12.1, issue 17 §2): what a client reads back for members never set, how
// UpdateUserPoolClient replaces its settings, ListUserPoolClients' pages, and client secret rotation with sign-ins
// through the old and the new secret. Facts: suites/evidence/facts-s12-clients.ts.
import { randomBytes } from "node:crypto";
import type { Case, Expectation } from "../../harness/case.ts";
import { defineComputation } from "../../harness/compute.ts";
import { citing, later, MISSING_CLIENT_ID, MISSING_POOL_ID, ok, refused, scenario } from "./build.ts";
import { compute, passwordAuth, POOL, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

/** A caller-supplied client secret (ClientSecretType: 24–64 of `[\w+]`), random per run: never a fixed secret in public code. */
defineComputation("randomClientSecret", (args: { as?: string }) => ({ [args.as ?? "customSecret"]: randomBytes(30).toString("hex") }));

const APP = { ...POOL, ClientId: "{{appClientId}}" };
const SECRET_CLIENT = { ...POOL, ClientId: "{{secretClientId}}" };
const createApp = (settings: Record<string, unknown> = {}, expect: Expectation = {}) =>
  ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-app", ...settings }, expect, { appClientId: "UserPoolClient.ClientId" });
const describeApp = (expect: Expectation) => ok("DescribeUserPoolClient", APP, expect);

/** Members AWS answers for a client created with a name only (§12.1). */
const UNSET_PRESENT = {
  RefreshTokenValidity: 30,
  AuthSessionValidity: 3,
  EnableTokenRevocation: true,
  EnablePropagateAdditionalUserContextData: false,
  AllowedOAuthFlowsUserPoolClient: false,
};
/** Members absent (lists: absent or empty; units: no key or `{}`) for a client created with a name only (§12.1). */
const UNSET_ABSENT = [
  "AccessTokenValidity",
  "IdTokenValidity",
  "PreventUserExistenceErrors",
  "ClientSecret",
  "TokenValidityUnits.AccessToken",
  "TokenValidityUnits.IdToken",
  "TokenValidityUnits.RefreshToken",
  ...["ExplicitAuthFlows", "ReadAttributes", "WriteAttributes", "AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs", "LogoutURLs", "SupportedIdentityProviders"].map((m) => `${m}.0`),
  "DefaultRedirectURI",
  "AnalyticsConfiguration",
];
const unsetExpectation = (): Expectation => ({ body: { UserPoolClient: UNSET_PRESENT }, bodyAbsent: UNSET_ABSENT.map((m) => `UserPoolClient.${m}`) });
const UNSET_FACTS = [
  "s12.1.unset-refresh-validity",
  "s12.1.unset-auth-session",
  "s12.1.unset-token-revocation",
  "s12.1.unset-booleans",
  "s12.1.unset-prevent-user-existence",
  "s12.1.unset-lists",
  "s12.1.unset-units",
  "s12.1.no-secret",
] as const;

/** A client with a member of every kind set away from its default (the update under test omits them all). */
const CONFIGURED = {
  ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  AccessTokenValidity: 2,
  IdTokenValidity: 2,
  RefreshTokenValidity: 10,
  TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
  PreventUserExistenceErrors: "ENABLED",
  EnableTokenRevocation: false,
  AuthSessionValidity: 10,
};

const defaults: Case[] = [
  scenario({
    id: "unset-members",
    operation: "DescribeUserPoolClient",
    rule: "unset-read-back",
    title: "a client created with a name only reads back RefreshTokenValidity 30, AuthSessionValidity 3, revocation on, explicit false booleans, and no validities, units, flows, lists, PreventUserExistenceErrors or secret — in Create's answer and in Describe's",
    facts: [...UNSET_FACTS],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: ["TokenValidityUnits: AWS answers either no key or `{}` (both accepted). Lists: absent or empty (both accepted)."],
    steps: [createApp({}, unsetExpectation()), describeApp(unsetExpectation())],
  }),
  scenario({
    id: "empty-lists",
    operation: "CreateUserPoolClient",
    member: "ExplicitAuthFlows",
    rule: "empty-list-as-omitted",
    title: "empty lists (ExplicitAuthFlows, Read/WriteAttributes, OAuth flows and scopes, URLs) read back like omitted ones",
    facts: ["s12.1.unset-lists"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      createApp({ ExplicitAuthFlows: [], ReadAttributes: [], WriteAttributes: [], AllowedOAuthFlows: [], AllowedOAuthScopes: [], CallbackURLs: [], LogoutURLs: [], SupportedIdentityProviders: [] }),
      describeApp({ bodyAbsent: UNSET_ABSENT.filter((m) => m.endsWith(".0")).map((m) => `UserPoolClient.${m}`) }),
    ],
  }),
  scenario({
    id: "refresh-validity-zero",
    operation: "CreateUserPoolClient",
    member: "RefreshTokenValidity",
    rule: "zero-means-default",
    title: "RefreshTokenValidity 0 is accepted and stored as the default, 30",
    facts: ["s12.1.refresh-validity-zero"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [createApp({ RefreshTokenValidity: 0 }, { body: { UserPoolClient: { RefreshTokenValidity: 30 } } }), describeApp({ body: { UserPoolClient: { RefreshTokenValidity: 30 } } })],
  }),
  scenario({
    id: "validity-range",
    operation: "CreateUserPoolClient",
    member: "RefreshTokenValidity",
    rule: "validity-range",
    title: "RefreshTokenValidity 36500 days (beyond 10 years) is refused with `Invalid range for token validity`, and so is an access token of 2 days; 1 day and 3650 days pass",
    facts: ["s12.1.validity-range"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    notes: ["A trailing period is UNKNOWN: the pattern allows one."],
    steps: [
      citing(["s12.1.validity-range"], refused("CreateUserPoolClient", { ...POOL, ClientName: "conformance-long", AccessTokenValidity: 1, RefreshTokenValidity: 36500, TokenValidityUnits: { AccessToken: "days", RefreshToken: "days" } }, "InvalidParameterException", {
        message: { pattern: "^Invalid range for token validity\\.?$" },
      })),
      citing(["s12.1.validity-range"], refused("CreateUserPoolClient", { ...POOL, ClientName: "conformance-long", AccessTokenValidity: 2, TokenValidityUnits: { AccessToken: "days" } }, "InvalidParameterException", {
        message: { pattern: "^Invalid range for token validity\\.?$" },
      })),
      citing(["s12.1.validity-range"], ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-long", AccessTokenValidity: 1, RefreshTokenValidity: 3650, TokenValidityUnits: { AccessToken: "days", RefreshToken: "days" } })),
    ],
  }),
  scenario({
    id: "callback-urls-required",
    operation: "UpdateUserPoolClient",
    member: "AllowedOAuthFlows",
    rule: "oauth-flow",
    title: "the code flow without callback URLs is refused with InvalidOAuthFlowException `CallbackUrls can not be empty when code flow or implicit flow is selected`, at creation and on update",
    facts: ["s12.1.callback-urls-required"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      citing(["s12.1.callback-urls-required"], refused("CreateUserPoolClient", { ...POOL, ClientName: "conformance-web", AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid"] }, "InvalidOAuthFlowException", {
        message: { equals: "CallbackUrls can not be empty when code flow or implicit flow is selected" },
      })),
      createApp(),
      citing(["s12.1.callback-urls-required"], refused("UpdateUserPoolClient", { ...APP, ClientName: "conformance-app", AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["implicit"], AllowedOAuthScopes: ["openid"] }, "InvalidOAuthFlowException", {
        message: { equals: "CallbackUrls can not be empty when code flow or implicit flow is selected" },
      })),
      citing(["s12.1.callback-urls-required"], ok("UpdateUserPoolClient", { ...APP, ClientName: "conformance-app", AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["implicit"], AllowedOAuthScopes: ["openid"], CallbackURLs: ["https://example.com/callback"] }))],
  }),
  scenario({
    id: "set-members-echo",
    operation: "CreateUserPoolClient",
    member: "TokenValidityUnits",
    rule: "set-read-back",
    title: "set members read back as sent: explicit default units, validities, legacy flow names (not rewritten to ALLOW_), PreventUserExistenceErrors LEGACY",
    facts: ["s12.1.units-echo", "s12.1.legacy-flows-echo", "s12.1.unset-prevent-user-existence"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      createApp({
        TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
        AccessTokenValidity: 1,
        IdTokenValidity: 1,
        ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH"],
        PreventUserExistenceErrors: "LEGACY",
      }),
      describeApp({
        body: {
          UserPoolClient: {
            TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days" },
            AccessTokenValidity: 1,
            IdTokenValidity: 1,
            ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH"],
            PreventUserExistenceErrors: "LEGACY",
          },
        },
      }),
    ],
  }),
  scenario({
    id: "describe-secret",
    operation: "DescribeUserPoolClient",
    member: "ClientId",
    rule: "secret-read-back",
    title: "DescribeUserPoolClient answers a confidential client's ClientSecret",
    facts: ["s12.1.describe-secret"],
    evidence: "DOC",
    fixtures: ["pool", "secretClient"],
    steps: [ok("DescribeUserPoolClient", SECRET_CLIENT, { body: { UserPoolClient: { ClientId: "{{secretClientId}}", ClientSecret: "{{clientSecret}}" } } })],
  }),
  scenario({
    id: "unknown-client",
    operation: "DescribeUserPoolClient",
    member: "ClientId",
    rule: "client-not-found",
    title: "Describe and Update of a client id the pool does not have: ResourceNotFoundException `User pool client <id> does not exist.`",
    facts: ["s4.client-not-found"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      citing(["s4.client-not-found"], refused("DescribeUserPoolClient", { ...POOL, ClientId: MISSING_CLIENT_ID }, "ResourceNotFoundException", { message: { equals: `User pool client ${MISSING_CLIENT_ID} does not exist.` } })),
      citing(["s4.client-not-found"], refused("UpdateUserPoolClient", { ...POOL, ClientId: MISSING_CLIENT_ID, ClientName: "x" }, "ResourceNotFoundException", { message: { equals: `User pool client ${MISSING_CLIENT_ID} does not exist.` } }))],
  }),
];

const updates: Case[] = [
  scenario({
    id: "omitted-flows-removed",
    operation: "UpdateUserPoolClient",
    member: "ExplicitAuthFlows",
    rule: "omitted-reset",
    title: "an update that omits ExplicitAuthFlows removes them (boto/boto3#1607: ADMIN_NO_SRP_AUTH before, absent after)",
    facts: ["s12.1.update-replaces"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      createApp({ ExplicitAuthFlows: ["ADMIN_NO_SRP_AUTH"] }),
      citing(["s12.1.update-replaces"], ok("UpdateUserPoolClient", { ...APP, ClientName: "conformance-app" }, { body: { UserPoolClient: { ClientId: "{{appClientId}}" } }, bodyAbsent: ["UserPoolClient.ExplicitAuthFlows.0"] })),
      citing(["s12.1.update-replaces"], describeApp({ bodyAbsent: ["UserPoolClient.ExplicitAuthFlows.0"] })),
    ],
  }),
  scenario({
    id: "omitted-reset",
    operation: "UpdateUserPoolClient",
    rule: "omitted-reset",
    title: "an update that omits every setting puts the client back to what a new one reads: validities, units, flows, PreventUserExistenceErrors, revocation and session validity",
    facts: ["s12.1.update-replaces", "s12.1.update-omitted-units", ...UNSET_FACTS],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      createApp(CONFIGURED, { body: { UserPoolClient: CONFIGURED } }),
      ok("UpdateUserPoolClient", { ...APP, ClientName: "conformance-app" }, unsetExpectation()),
      describeApp(unsetExpectation()),
    ],
  }),
  scenario({
    id: "answer",
    operation: "UpdateUserPoolClient",
    rule: "update-answer",
    title: "the update answers the whole client as stored: same ClientId and CreationDate, the new settings, a later LastModifiedDate",
    facts: ["model.members", "s12.1.units-echo"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-app" }, {}, { appClientId: "UserPoolClient.ClientId", created: "UserPoolClient.CreationDate", modified: "UserPoolClient.LastModifiedDate" }),
      later(
        ok("UpdateUserPoolClient", { ...APP, ClientName: "renamed", AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" } }, {
          body: {
            UserPoolClient: {
              ClientId: "{{appClientId}}",
              UserPoolId: "{{userPoolId}}",
              ClientName: "renamed",
              AccessTokenValidity: 30,
              TokenValidityUnits: { AccessToken: "minutes" },
              CreationDate: { $eq: "{{created}}" },
              LastModifiedDate: { $gt: "{{modified}}" },
            },
          },
        }),
      ),
      describeApp({ body: { UserPoolClient: { ClientName: "renamed", AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" } } } }),
    ],
  }),
];

/** A UserPoolClientDescription of this pool. */
const LISTED = { ClientId: { $pattern: "^\\w+$" }, UserPoolId: "{{userPoolId}}", ClientName: { $pattern: "^conformance-" } };

const listing: Case[] = [
  scenario({
    id: "paging",
    operation: "ListUserPoolClients",
    member: "NextToken",
    rule: "paging",
    title: "three clients in pages of 2: a page of 2 with a NextToken, then a page of 1 without; items hold only ClientId, UserPoolId and ClientName",
    facts: ["s12.1.list-clients"],
    evidence: "DOC",
    fixtures: ["pool"],
    steps: [
      ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-one", GenerateSecret: true }),
      ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-two" }),
      ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-three" }),
      ok(
        "ListUserPoolClients",
        { ...POOL, MaxResults: 2 },
        {
          body: { UserPoolClients: [LISTED, LISTED], NextToken: { $pattern: "." } },
          bodyAbsent: ["UserPoolClients.0.ClientSecret", "UserPoolClients.0.CreationDate", "UserPoolClients.0.RefreshTokenValidity", "UserPoolClients.1.ClientSecret", "UserPoolClients.1.LastModifiedDate"],
        },
        { page: "NextToken" },
      ),
      ok("ListUserPoolClients", { ...POOL, MaxResults: 2, NextToken: "{{page}}" }, { body: { UserPoolClients: [LISTED] }, bodyAbsent: ["NextToken"] }),
    ],
  }),
];

/** A SECRET_HASH of the fixture user for the secret client, from the secret saved as `secretVar`. */
const hashWith = (secretVar: string, as: string) => compute("secretHash", { clientSecret: `{{${secretVar}}}`, username: "{{username}}", clientId: "{{secretClientId}}", as });
const signInWith = (hashVar: string) => ok("InitiateAuth", passwordAuth({ client: "{{secretClientId}}", extra: { SECRET_HASH: `{{${hashVar}}}` } }), SIGNED_IN);
const SECRETS = ["pool", "user", "password", "secretClient"];
const unverified = { message: { equals: "Unable to verify secret hash for client {{secretClientId}}" } };

const secrets: Case[] = [
  signInScenario({
    id: "rotation",
    operation: "AddUserPoolClientSecret",
    rule: "rotation",
    title: "a generated second secret comes back with its id, date and value; SECRET_HASH made with either the old or the new secret signs in; the list shows the new id and no values",
    facts: ["s12.1.secret-add", "s12.1.secret-rotation", "s12.1.secret-list", "s9.secret-hash-formula", "s9.success"],
    evidence: "INFERRED",
    fixtures: SECRETS,
    steps: [
      ok(
        "AddUserPoolClientSecret",
        SECRET_CLIENT,
        { body: { ClientSecretDescriptor: { ClientSecretId: { $pattern: "^\\w+--\\d+$" }, ClientSecretValue: { $pattern: "^[\\w+]{24,64}$" }, ClientSecretCreateDate: { $gt: 0 } } } },
        { newSecret: "ClientSecretDescriptor.ClientSecretValue", newSecretId: "ClientSecretDescriptor.ClientSecretId" },
      ),
      hashWith("newSecret", "newHash"),
      signInWith("secretHash"),
      signInWith("newHash"),
      ok("ListUserPoolClientSecrets", SECRET_CLIENT, {
        body: { ClientSecrets: { $contains: { ClientSecretId: "{{newSecretId}}" } } },
        bodyAbsent: ["ClientSecrets.0.ClientSecretValue", "ClientSecrets.1.ClientSecretValue", "NextToken"],
      }),
    ],
  }),
  signInScenario({
    id: "delete-secret",
    operation: "DeleteUserPoolClientSecret",
    rule: "delete-secret",
    title: "a caller-supplied secret comes back without its value and signs in; once deleted, its SECRET_HASH is refused and it leaves the list, while the original secret still signs in",
    facts: ["s12.1.secret-add", "s12.1.secret-rotation", "s12.1.secret-list", "s9.secret-hash-wrong", "s9.success"],
    evidence: "INFERRED",
    fixtures: SECRETS,
    steps: [
      compute("randomClientSecret", { as: "customSecret" }),
      ok("AddUserPoolClientSecret", { ...SECRET_CLIENT, ClientSecret: "{{customSecret}}" }, { bodyAbsent: ["ClientSecretDescriptor.ClientSecretValue"] }, { customId: "ClientSecretDescriptor.ClientSecretId" }),
      hashWith("customSecret", "customHash"),
      signInWith("customHash"),
      ok("DeleteUserPoolClientSecret", { ...SECRET_CLIENT, ClientSecretId: "{{customId}}" }, { bodyEquals: {} }),
      refused("InitiateAuth", passwordAuth({ client: "{{secretClientId}}", extra: { SECRET_HASH: "{{customHash}}" } }), "NotAuthorizedException", unverified),
      signInWith("secretHash"),
      ok("ListUserPoolClientSecrets", SECRET_CLIENT, { body: { ClientSecrets: { $not: { $contains: { ClientSecretId: "{{customId}}" } } } } }),
    ],
  }),
  scenario({
    id: "third-secret",
    operation: "AddUserPoolClientSecret",
    rule: "secret-limit",
    title: "a client with two active secrets (the one it was created with and one added) refuses a third with LimitExceededException",
    facts: ["s12.1.secret-limit"],
    evidence: "INFERRED",
    fixtures: ["pool", "secretClient"],
    notes: ["The text is UNKNOWN: not asserted."],
    steps: [ok("AddUserPoolClientSecret", SECRET_CLIENT), refused("AddUserPoolClientSecret", SECRET_CLIENT, "LimitExceededException")],
  }),
  scenario({
    id: "last-secret",
    operation: "DeleteUserPoolClientSecret",
    rule: "last-secret",
    title: "the last remaining secret can't be deleted (InvalidParameterException); the client keeps signing in with it",
    facts: ["s12.1.secret-delete-last", "s12.1.secret-original-listed"],
    evidence: "UNKNOWN",
    fixtures: ["pool", "secretClient"],
    notes: ["Rests on the client's original secret being listed (UNKNOWN): the type INFERRED, the text UNKNOWN and not asserted."],
    steps: [
      ok("ListUserPoolClientSecrets", SECRET_CLIENT, { body: { ClientSecrets: [{ ClientSecretId: { $pattern: "^{{secretClientId}}--\\d+$" } }] } }, { onlyId: "ClientSecrets.0.ClientSecretId" }),
      refused("DeleteUserPoolClientSecret", { ...SECRET_CLIENT, ClientSecretId: "{{onlyId}}" }, "InvalidParameterException"),
      ok("ListUserPoolClientSecrets", SECRET_CLIENT, { body: { ClientSecrets: [{ ClientSecretId: "{{onlyId}}" }] } }),
    ],
  }),
  scenario({
    id: "public-client",
    operation: "AddUserPoolClientSecret",
    rule: "public-client",
    title: "a client without a secret takes no added secret (the mock: InvalidParameterException) and lists none",
    facts: ["s12.1.secret-public-client", "s12.1.secret-list"],
    evidence: "UNKNOWN",
    fixtures: ["pool", "client"],
    notes: ["AWS's answer is UNKNOWN (the model calls the operation one for confidential clients): the mock's choice."],
    steps: [
      refused("AddUserPoolClientSecret", { ...POOL, ClientId: "{{clientId}}" }, "InvalidParameterException"),
      ok("ListUserPoolClientSecrets", { ...POOL, ClientId: "{{clientId}}" }, { bodyEquals: { ClientSecrets: [] } }),
    ],
  }),
];

/** Each operation's not-found answer: §4's texts (CONFIRMED for the older operations, INFERRED for the secret ones). */
const notFound = (operation: string, body: Record<string, unknown>, what: "pool" | "client", confirmed: boolean): Case =>
  scenario({
    id: `unknown-${what}`,
    operation,
    member: what === "pool" ? "UserPoolId" : "ClientId",
    rule: `${what}-not-found`,
    title: `${operation} naming a ${what === "pool" ? "pool" : "client"} that does not exist: ResourceNotFoundException \`${what === "pool" ? "User pool <id>" : "User pool client <id>"} does not exist.\``,
    facts: [what === "pool" ? "s4.pool-not-found" : "s4.client-not-found"],
    evidence: confirmed ? "CONFIRMED" : "INFERRED",
    fixtures: ["pool"],
    ...(!confirmed && { notes: ["§4's text is CONFIRMED on the older operations; on this newer one it is INFERRED: advisory."] }),
    steps: [
      refused(operation, body, "ResourceNotFoundException", {
        message: { equals: what === "pool" ? `User pool ${MISSING_POOL_ID} does not exist.` : `User pool client ${MISSING_CLIENT_ID} does not exist.` },
        ...(!confirmed && { messageStrength: "advisory" as const }),
      }),
    ],
  });

const notFoundCases: Case[] = [
  notFound("ListUserPoolClients", { UserPoolId: MISSING_POOL_ID }, "pool", true),
  notFound("UpdateUserPoolClient", { ...POOL, ClientId: MISSING_CLIENT_ID, ClientName: "x" }, "client", true),
  notFound("AddUserPoolClientSecret", { ...POOL, ClientId: MISSING_CLIENT_ID }, "client", false),
  notFound("ListUserPoolClientSecrets", { ...POOL, ClientId: MISSING_CLIENT_ID }, "client", false),
  notFound("DeleteUserPoolClientSecret", { ...POOL, ClientId: MISSING_CLIENT_ID, ClientSecretId: `${MISSING_CLIENT_ID}--1700000000000` }, "client", false),
  scenario({
    id: "unknown-secret",
    operation: "DeleteUserPoolClientSecret",
    member: "ClientSecretId",
    rule: "secret-not-found",
    title: "deleting a secret id the client does not have is refused with ResourceNotFoundException, and the client keeps its secret",
    facts: ["s12.1.secret-unknown-id"],
    evidence: "INFERRED",
    fixtures: ["pool", "secretClient"],
    notes: ["The text is UNKNOWN: not asserted."],
    steps: [
      refused("DeleteUserPoolClientSecret", { ...SECRET_CLIENT, ClientSecretId: "{{secretClientId}}--1" }, "ResourceNotFoundException"),
      ok("DescribeUserPoolClient", SECRET_CLIENT, { body: { UserPoolClient: { ClientSecret: "{{clientSecret}}" } } }),
    ],
  }),
  scenario({
    id: "scope-does-not-exist",
    operation: "UpdateUserPoolClient",
    member: "AllowedOAuthScopes",
    rule: "scope-exists",
    title: "an update naming a custom scope no resource server defines is refused with ScopeDoesNotExistException",
    facts: ["model.errors", "pub.scope-does-not-exist"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: ["The text is quoted in a public issue for CreateUserPoolClient, not in the evidence: advisory."],
    steps: [
      createApp(),
      refused(
        "UpdateUserPoolClient",
        { ...APP, ClientName: "conformance-app", AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], CallbackURLs: ["https://example.com/callback"], AllowedOAuthScopes: ["openid", "conformance-api/read"] },
        "ScopeDoesNotExistException",
        { message: { equals: "Invalid scope requested: conformance-api/read" }, messageStrength: "advisory" },
      ),
    ],
  }),
];

export const appClientCases: Case[] = [...defaults, ...updates, ...listing, ...secrets, ...notFoundCases];
