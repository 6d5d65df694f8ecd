// The managed login configuration (issue 18 §2; facts s12.domain.*, s12.resource-server.*, s12.idp.*, s12.ui.*,
// s12.signing-cert.*): one domain per pool and a prefix nobody else holds, resource servers whose scopes clients may
// name, identity providers clients may support and users may be linked to, UI customization behind a domain, and a
// stable signing certificate. Every scenario that creates a domain deletes it (AWS refuses to delete a pool with one).
import type { Case } from "../../harness/case.ts";
import { citing, createPool, ok, poolNotFoundCases, refused, scenario } from "./build.ts";

const POOL = { UserPoolId: "{{userPoolId}}" };
/** A prefix unique to the fixture set: client ids are lowercase alphanumerics. */
const DOMAIN = "cc-{{clientId}}";
const GOOGLE = { ProviderName: "Google", ProviderType: "Google", ProviderDetails: { client_id: "conformance-id", client_secret: "conformance-secret", authorize_scopes: "email openid" } };
const OIDC = (ProviderName: string, IdpIdentifiers: string[]) => ({
  ProviderName,
  ProviderType: "OIDC",
  ProviderDetails: { client_id: "conformance-id", client_secret: "conformance-secret", authorize_scopes: "openid", attributes_request_method: "GET", oidc_issuer: "https://idp.example.com" },
  IdpIdentifiers,
});
const OAUTH_CLIENT = { ...POOL, ClientName: "oauth", AllowedOAuthFlows: ["code"], AllowedOAuthFlowsUserPoolClient: true, CallbackURLs: ["https://example.com/callback"] };
const GOOGLE_IDENTITY = { ProviderName: "Google", ProviderAttributeName: "Cognito_Subject", ProviderAttributeValue: "100000000000000000001" };
const CSS = ".label-customizable {font-weight: 400;}";

export const managedLoginCases: Case[] = [
  scenario({
    id: "one-domain-per-pool",
    operation: "CreateUserPoolDomain",
    rule: "domain-unique",
    title: "a pool holds one domain, a prefix another pool holds is refused (`Domain already associated with another user pool.`), a deleted domain is gone",
    facts: ["s12.domain.one-per-pool", "s12.domain.taken", "s12.domain.describe-shape", "s12.domain.pool-names-it", "s12.domain.unknown-empty", "s12.domain.not-owned"],
    evidence: "INFERRED",
    notes: ["The one-domain text and the not-owned text are not asserted (INFERRED / UNKNOWN)."],
    fixtures: ["pool", "client"],
    steps: [
      citing(["s12.domain.prefix-answer"], ok("CreateUserPoolDomain", { ...POOL, Domain: DOMAIN })),
      citing(["s12.domain.describe-shape"], ok("DescribeUserPoolDomain", { Domain: DOMAIN }, { body: { DomainDescription: { UserPoolId: "{{userPoolId}}", Domain: DOMAIN, CustomDomainConfig: {} } } })),
      citing(["s12.domain.pool-names-it"], ok("DescribeUserPool", POOL, { body: { UserPool: { Domain: DOMAIN } } })),
      citing(["s12.domain.one-per-pool"], refused("CreateUserPoolDomain", { ...POOL, Domain: `cc2-{{clientId}}` }, "InvalidParameterException")),
      createPool("domain"),
      citing(["s12.domain.taken"], refused("CreateUserPoolDomain", { UserPoolId: "{{otherPoolId}}", Domain: DOMAIN }, "InvalidParameterException", { message: { equals: "Domain already associated with another user pool." } })),
      citing(["s12.domain.not-owned"], refused("UpdateUserPoolDomain", { UserPoolId: "{{otherPoolId}}", Domain: DOMAIN, ManagedLoginVersion: 2 }, "ResourceNotFoundException")),
      citing(["s12.domain.not-owned"], refused("DeleteUserPoolDomain", { UserPoolId: "{{otherPoolId}}", Domain: DOMAIN }, "ResourceNotFoundException")),
      citing(["s12.domain.pool-names-it"], ok("DeleteUserPoolDomain", { ...POOL, Domain: DOMAIN })),
      citing(["s12.domain.unknown-empty"], ok("DescribeUserPoolDomain", { Domain: DOMAIN }, { bodyEquals: { DomainDescription: {} } })),
    ],
  }),
  scenario({
    id: "servers-and-scopes",
    operation: "CreateResourceServer",
    rule: "resource-server-scopes",
    title: "a resource server's Identifier is unique in the pool; clients may name its scopes, an unknown scope is ScopeDoesNotExistException; a deleted server is not found",
    facts: ["s12.resource-server.shape", "s12.resource-server.duplicate", "s12.resource-server.client-scopes", "s12.resource-server.unknown-scope", "s12.resource-server.scopes-empty", "s12.resource-server.not-found"],
    evidence: "INFERRED",
    notes: ["The duplicate's and not-found texts are UNKNOWN: not asserted."],
    fixtures: ["pool"],
    steps: [
      citing(["s12.resource-server.shape"], ok("CreateResourceServer", { ...POOL, Identifier: "conformance-api", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "read things" }] }, { body: { ResourceServer: { UserPoolId: "{{userPoolId}}", Identifier: "conformance-api", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "read things" }] } } })),
      citing(["s12.resource-server.duplicate"], refused("CreateResourceServer", { ...POOL, Identifier: "conformance-api", Name: "again" }, "InvalidParameterException")),
      citing(["s12.resource-server.client-scopes"], ok("CreateUserPoolClient", { ...OAUTH_CLIENT, AllowedOAuthScopes: ["openid", "conformance-api/read"] })),
      citing(["s12.resource-server.unknown-scope"], refused("CreateUserPoolClient", { ...OAUTH_CLIENT, AllowedOAuthScopes: ["openid", "conformance-api/write"] }, "ScopeDoesNotExistException", { message: { equals: "Invalid scope requested: conformance-api/write" } })),
      citing(["s12.resource-server.scopes-empty", "s12.resource-server.shape"], ok("UpdateResourceServer", { ...POOL, Identifier: "conformance-api", Name: "api v2" }, { body: { ResourceServer: { Name: "api v2", Scopes: [] } } })),
      citing(["s12.resource-server.shape"], ok("DescribeResourceServer", { ...POOL, Identifier: "conformance-api" }, { body: { ResourceServer: { Name: "api v2" } } })),
      citing(["s12.resource-server.shape"], ok("ListResourceServers", { ...POOL, MaxResults: 10 }, { body: { ResourceServers: [{ Identifier: "conformance-api" }] } })),
      citing(["s12.resource-server.shape"], ok("DeleteResourceServer", { ...POOL, Identifier: "conformance-api" })),
      citing(["s12.resource-server.not-found"], refused("DescribeResourceServer", { ...POOL, Identifier: "conformance-api" }, "ResourceNotFoundException")),
      citing(["s12.resource-server.not-found"], refused("UpdateResourceServer", { ...POOL, Identifier: "conformance-api", Name: "api" }, "ResourceNotFoundException")),
      citing(["s12.resource-server.not-found"], refused("DeleteResourceServer", { ...POOL, Identifier: "conformance-api" }, "ResourceNotFoundException")),
    ],
  }),
  scenario({
    id: "providers-unique",
    operation: "CreateIdentityProvider",
    rule: "provider-unique",
    title: "provider names and IdpIdentifiers are unique in the pool (DuplicateProviderException); a social provider is named after its type; clients may support only the pool's providers",
    facts: ["s12.idp.duplicate", "s12.idp.identifier-unique", "s12.idp.social-name", "s12.idp.client-supported", "s12.idp.not-found"],
    evidence: "INFERRED",
    notes: ["The DuplicateProviderException and not-found texts are UNKNOWN: not asserted."],
    fixtures: ["pool"],
    steps: [
      citing(["s12.idp.duplicate"], ok("CreateIdentityProvider", { ...POOL, ...GOOGLE }, { body: { IdentityProvider: { UserPoolId: "{{userPoolId}}", ProviderName: "Google", ProviderType: "Google" } } })),
      citing(["s12.idp.duplicate"], refused("CreateIdentityProvider", { ...POOL, ...GOOGLE }, "DuplicateProviderException")),
      citing(["s12.idp.social-name"], refused("CreateIdentityProvider", { ...POOL, ...GOOGLE, ProviderName: "NameOfGP" }, "InvalidParameterException", { message: { equals: "Provider NameOfGP cannot be of type Google." } })),
      citing(["s12.idp.identifier-unique"], ok("CreateIdentityProvider", { ...POOL, ...OIDC("corp", ["corp.example.com"]) })),
      citing(["s12.idp.identifier-unique"], refused("CreateIdentityProvider", { ...POOL, ...OIDC("other", ["corp.example.com"]) }, "DuplicateProviderException")),
      citing(["s12.idp.identifier-unique"], ok("GetIdentityProviderByIdentifier", { ...POOL, IdpIdentifier: "corp.example.com" }, { body: { IdentityProvider: { ProviderName: "corp", ProviderType: "OIDC" } } })),
      citing(["s12.idp.not-found"], refused("GetIdentityProviderByIdentifier", { ...POOL, IdpIdentifier: "nobody.example.com" }, "ResourceNotFoundException")),
      citing(["s12.idp.client-supported"], ok("CreateUserPoolClient", { ...POOL, ClientName: "federated", SupportedIdentityProviders: ["COGNITO", "Google", "corp"] })),
      citing(["s12.idp.client-supported"], refused("CreateUserPoolClient", { ...POOL, ClientName: "federated", SupportedIdentityProviders: ["COGNITO", "Nope"] }, "InvalidParameterException", { message: { pattern: "^The provider .+ does not exist for User Pool .+$" } })),
      citing(["s12.idp.duplicate"], ok("DeleteIdentityProvider", { ...POOL, ProviderName: "corp" })),
      citing(["s12.idp.not-found"], refused("DescribeIdentityProvider", { ...POOL, ProviderName: "corp" }, "ResourceNotFoundException")),
      citing(["s12.idp.not-found"], refused("UpdateIdentityProvider", { ...POOL, ProviderName: "corp", IdpIdentifiers: [] }, "ResourceNotFoundException")),
      citing(["s12.idp.not-found"], refused("DeleteIdentityProvider", { ...POOL, ProviderName: "corp" }, "ResourceNotFoundException")),
    ],
  }),
  scenario({
    id: "link-to-user",
    operation: "AdminLinkProviderForUser",
    rule: "link-destination",
    title: "an external identity links to a user of the pool; an unknown destination user is UserNotFoundException",
    facts: ["s12.idp.link"],
    evidence: "DOC",
    fixtures: ["pool", "user"],
    steps: [
      citing(["s12.idp.link"], ok("CreateIdentityProvider", { ...POOL, ...GOOGLE })),
      citing(["s12.idp.link"], refused("AdminLinkProviderForUser", { ...POOL, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "nobody-here" }, SourceUser: GOOGLE_IDENTITY }, "UserNotFoundException")),
      citing(["s12.idp.link"], ok("AdminLinkProviderForUser", { ...POOL, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "{{username}}" }, SourceUser: GOOGLE_IDENTITY }, { bodyEquals: {} })),
    ],
  }),
  scenario({
    id: "disable-link",
    operation: "AdminDisableProviderForUser",
    rule: "disable-link",
    title: "AdminDisableProviderForUser removes a link; the identity then names no user (UserNotFoundException)",
    facts: ["s12.idp.link", "s12.idp.disable"],
    evidence: "INFERRED",
    notes: ["The text is UNKNOWN: not asserted."],
    fixtures: ["pool", "user"],
    steps: [
      citing(["s12.idp.link"], ok("CreateIdentityProvider", { ...POOL, ...GOOGLE })),
      citing(["s12.idp.link"], ok("AdminLinkProviderForUser", { ...POOL, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "{{username}}" }, SourceUser: GOOGLE_IDENTITY })),
      citing(["s12.idp.disable"], ok("AdminDisableProviderForUser", { ...POOL, User: GOOGLE_IDENTITY }, { bodyEquals: {} })),
      citing(["s12.idp.disable"], refused("AdminDisableProviderForUser", { ...POOL, User: GOOGLE_IDENTITY }, "UserNotFoundException")),
    ],
  }),
  scenario({
    id: "needs-domain",
    operation: "SetUICustomization",
    rule: "ui-needs-domain",
    title: "UI customization needs the pool's domain; a client without its own settings reads the pool's ALL settings",
    facts: ["s12.ui.needs-domain", "s12.ui.scope", "s12.ui.empty"],
    evidence: "INFERRED",
    notes: ["The refusal's text is UNKNOWN: not asserted."],
    fixtures: ["pool", "client"],
    steps: [
      citing(["s12.ui.needs-domain"], refused("SetUICustomization", { ...POOL, ClientId: "ALL", CSS }, "InvalidParameterException")),
      citing(["s12.ui.empty"], ok("GetUICustomization", POOL, { bodyEquals: { UICustomization: {} } })),
      citing(["s12.ui.needs-domain"], ok("CreateUserPoolDomain", { ...POOL, Domain: DOMAIN })),
      citing(["s12.ui.scope"], ok("SetUICustomization", { ...POOL, ClientId: "ALL", CSS }, { body: { UICustomization: { UserPoolId: "{{userPoolId}}", ClientId: "ALL", CSS } } })),
      citing(["s12.ui.scope"], ok("GetUICustomization", { ...POOL, ClientId: "{{clientId}}" }, { body: { UICustomization: { CSS } } })),
      citing(["s12.domain.pool-names-it"], ok("DeleteUserPoolDomain", { ...POOL, Domain: DOMAIN })),
    ],
  }),
  scenario({
    id: "stable-certificate",
    operation: "GetSigningCertificate",
    rule: "signing-certificate",
    title: "GetSigningCertificate answers a base64 X.509 certificate, the same on the next call",
    facts: ["s12.signing-cert.shape"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    steps: [
      citing(["s12.signing-cert.shape"], ok("GetSigningCertificate", POOL, { body: { Certificate: { $pattern: "^MII[A-Za-z0-9+/]+=*$" } } }, { certificate: "Certificate" })),
      citing(["s12.signing-cert.shape"], ok("GetSigningCertificate", POOL, { bodyEquals: { Certificate: "{{certificate}}" } })),
    ],
  }),
];

/** A pool that does not exist: ResourceNotFoundException on every operation of this file (model.errors). */
export const managedLoginNotFoundCases: Case[] = poolNotFoundCases({
  CreateUserPoolDomain: { body: { Domain: "cc-missing-pool-domain" }, facts: ["s12.domain.not-owned"] },
  UpdateUserPoolDomain: { body: { Domain: "cc-missing-pool-domain", ManagedLoginVersion: 2 }, facts: ["s12.domain.not-owned"] },
  DeleteUserPoolDomain: { body: { Domain: "cc-missing-pool-domain" }, facts: ["s12.domain.not-owned"] },
  CreateResourceServer: { body: { Identifier: "conformance-api", Name: "api" }, facts: ["s12.resource-server.not-found"] },
  DescribeResourceServer: { body: { Identifier: "conformance-api" }, facts: ["s12.resource-server.not-found"] },
  UpdateResourceServer: { body: { Identifier: "conformance-api", Name: "api" }, facts: ["s12.resource-server.not-found"] },
  DeleteResourceServer: { body: { Identifier: "conformance-api" }, facts: ["s12.resource-server.not-found"] },
  ListResourceServers: { body: { MaxResults: 10 }, facts: ["s12.resource-server.not-found"] },
  CreateIdentityProvider: { body: GOOGLE, facts: ["s12.idp.not-found"] },
  DescribeIdentityProvider: { body: { ProviderName: "Google" }, facts: ["s12.idp.not-found"] },
  UpdateIdentityProvider: { body: { ProviderName: "Google", IdpIdentifiers: [] }, facts: ["s12.idp.not-found"] },
  DeleteIdentityProvider: { body: { ProviderName: "Google" }, facts: ["s12.idp.not-found"] },
  ListIdentityProviders: { body: {}, facts: ["s12.idp.not-found"] },
  GetIdentityProviderByIdentifier: { body: { IdpIdentifier: "corp.example.com" }, facts: ["s12.idp.not-found"] },
  AdminLinkProviderForUser: { body: { DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "someone" }, SourceUser: GOOGLE_IDENTITY }, facts: ["s12.idp.link"] },
  AdminDisableProviderForUser: { body: { User: GOOGLE_IDENTITY }, facts: ["s12.idp.disable"] },
  SetUICustomization: { body: { ClientId: "ALL", CSS }, facts: ["s12.ui.pool-not-found"] },
  GetUICustomization: { body: {}, facts: ["s12.ui.pool-not-found"] },
  GetSigningCertificate: { body: {}, facts: ["s12.signing-cert.pool-not-found"] },
});
