// Evidence for the managed login configuration (issue 18 §2): user pool domains, resource servers, identity
// providers and their links to users, UI customization and the signing certificate. aws-behavior.md §12 does not
// cover them; the labels are mocks/README.md's ("Managed login configuration"), the sources the public ones its rows
// and the mock's modules name. Composed into FACTS by facts.ts.
import type { Fact } from "./fact.ts";

const API = (op: string) => `AWS API reference, ${op} (not in aws-behavior.md)`;
const GUIDE = (page: string) => `AWS developer guide, ${page} (not in aws-behavior.md)`;
const CLI = (file: string) => `AWS CLI example ${file} (not in aws-behavior.md)`;
const MODEL = "the AWS model (reference/cognito-idp-2016-04-18.service-2.json)";
const TF = "terraform-provider-aws internal/service/cognitoidp/ (how it reads the answers)";
const MOCK = "a choice of the mock (mocks/README.md); AWS's behaviour UNKNOWN";

export const MANAGED_LOGIN_FACTS = {
  // User pool domains.
  "s12.domain.one-per-pool": { label: "DOC", says: "a pool has one domain (prefix or custom); a second CreateUserPoolDomain for it is refused with InvalidParameterException (text INFERRED: `User pool already has a domain configured.`)", source: `${API("CreateUserPoolDomain")}; published transcripts (text not verbatim-confirmed)` },
  "s12.domain.taken": {
    label: "CONFIRMED",
    says: "a prefix another pool holds is refused: InvalidParameterException",
    source: "CloudFormation/Terraform transcripts, e.g. aws-samples/dcv-web-portal#16 (not in aws-behavior.md)",
    text: ["Domain already associated with another user pool."],
  },
  "s12.domain.reserved-words": { label: "DOC", says: "a prefix may not contain aws, amazon or cognito (InvalidParameterException; text UNKNOWN)", source: GUIDE("Using the Amazon Cognito prefix domain") },
  "s12.domain.describe-shape": { label: "DOC", says: "DescribeUserPoolDomain answers DomainDescription {UserPoolId, AWSAccountId, Domain, S3Bucket, CloudFrontDistribution, Version, Status, CustomDomainConfig ({} for a prefix)}", source: `${CLI("describe-user-pool-domain.rst")}; ${MODEL}` },
  "s12.domain.unknown-empty": { label: "INFERRED", says: "DescribeUserPoolDomain of a domain nobody has answers `{DomainDescription: {}}`, not an error", source: TF },
  "s12.domain.prefix-answer": { label: "DOC", says: "Create/UpdateUserPoolDomain of a prefix domain answer no CloudFrontDomain (\"a blank response\"); ManagedLoginVersion is 1 (hosted UI classic) or 2 (managed login)", source: API("CreateUserPoolDomain") },
  "s12.domain.pool-names-it": { label: "DOC", says: "DescribeUserPool names the pool's domain (Domain for a prefix, CustomDomain for a custom domain) and drops it when the domain is deleted", source: MODEL },
  "s12.domain.not-owned": { label: "INFERRED", says: "Update/DeleteUserPoolDomain of a domain the pool does not hold: ResourceNotFoundException (text UNKNOWN)", source: `${MODEL} (the operations list ResourceNotFoundException); ${MOCK}` },
  "s12.domain.active": { label: "UNKNOWN", says: "the time a new domain takes to become ACTIVE (AWS: CREATING for up to a minute; the mock: ACTIVE at once)", source: MOCK },
  // Resource servers.
  "s12.resource-server.shape": { label: "DOC", says: "ResourceServerType {UserPoolId, Identifier, Name, Scopes [{ScopeName, ScopeDescription}]}; Update replaces Name and Scopes", source: `${MODEL}; ${API("UpdateResourceServer: unspecified values are reset")}` },
  "s12.resource-server.scopes-empty": { label: "INFERRED", says: "a server created without scopes reads back `Scopes: []`", source: TF },
  "s12.resource-server.duplicate": { label: "DOC", says: "a second server with the same Identifier in a pool is refused with InvalidParameterException (text UNKNOWN)", source: GUIDE("Scopes, M2M, and APIs with resource servers") },
  "s12.resource-server.not-found": { label: "INFERRED", says: "Describe/Update/DeleteResourceServer of an Identifier the pool lacks: ResourceNotFoundException (text UNKNOWN)", source: MODEL },
  "s12.resource-server.client-scopes": { label: "DOC", says: "an app client's AllowedOAuthScopes may name `<identifier>/<scope name>` of a resource server of the pool", source: GUIDE("Scopes, M2M, and APIs with resource servers") },
  "s12.resource-server.unknown-scope": {
    label: "CONFIRMED",
    says: "an AllowedOAuthScopes value that is neither a standard scope nor a scope of the pool's resource servers: ScopeDoesNotExistException",
    source: "awsdocs/aws-cloudformation-user-guide#564 (not in aws-behavior.md)",
    text: ["Invalid scope requested: <scope>"],
  },
  // Identity providers.
  "s12.idp.social-name": {
    label: "CONFIRMED",
    says: "a social provider (Google, Facebook, LoginWithAmazon, SignInWithApple) must be named after its type: InvalidParameterException",
    source: "aws/aws-cli#3179 (not in aws-behavior.md)",
    text: ["Provider <name> cannot be of type <type>."],
  },
  "s12.idp.duplicate": { label: "DOC", says: "a second provider of the same ProviderName in a pool: DuplicateProviderException (text UNKNOWN)", source: `${MODEL}; ${API("CreateIdentityProvider")}` },
  "s12.idp.identifier-unique": { label: "DOC", says: "an IdpIdentifier names one provider of the pool: another provider with it is DuplicateProviderException (text UNKNOWN); GetIdentityProviderByIdentifier answers the provider that holds it", source: `${API("GetIdentityProviderByIdentifier")}; ${MODEL}` },
  "s12.idp.required-details": { label: "DOC", says: "each type requires its ProviderDetails (client_id, client_secret, authorize_scopes; Apple team_id, key_id, private_key; OIDC attributes_request_method, oidc_issuer; SAML exactly one of MetadataFile/MetadataURL); missing ones are InvalidParameterException (text UNKNOWN)", source: `${MODEL} (ProviderDetails documentation)` },
  "s12.idp.filled-details": { label: "INFERRED", says: "AWS adds endpoints to a social provider's details (Google's, Facebook's Graph endpoints of its api_version), AttributeMapping `username` and IdpIdentifiers `[]` when none", source: `${CLI("describe-identity-provider.rst")} (Facebook, DOC); ${TF}` },
  "s12.idp.not-found": { label: "INFERRED", says: "Describe/Update/DeleteIdentityProvider of a name the pool lacks, or GetIdentityProviderByIdentifier of an unused identifier: ResourceNotFoundException (text UNKNOWN)", source: MODEL },
  "s12.idp.client-supported": {
    label: "CONFIRMED",
    says: "an app client's SupportedIdentityProviders may name COGNITO or a provider of the pool; another name is refused with InvalidParameterException",
    source: "lgallard/terraform-aws-cognito-user-pool#72 (the form; not in aws-behavior.md)",
    text: ["The provider <name> does not exist for User Pool <pool id>"],
  },
  "s12.idp.link": { label: "DOC", says: "AdminLinkProviderForUser links a provider identity (SourceUser: ProviderName, ProviderAttributeName Cognito_Subject, ProviderAttributeValue) to a user of the pool (DestinationUser: ProviderName Cognito, the username); an unknown destination is UserNotFoundException", source: `${API("AdminLinkProviderForUser")}; ${MODEL}` },
  "s12.idp.link-limits": { label: "INFERRED", says: "an identity linked to another user is AliasExistsException; a user holds at most five links (LimitExceededException); texts UNKNOWN", source: `${MODEL} ("The maximum number of federated identities linked to a user is five")` },
  "s12.idp.disable": { label: "INFERRED", says: "AdminDisableProviderForUser removes a link; for an identity no user holds it answers UserNotFoundException (text UNKNOWN)", source: `${API("AdminDisableProviderForUser")}; ${MOCK}` },
  // UI customization.
  "s12.ui.needs-domain": { label: "DOC", says: "SetUICustomization needs a domain on the pool; without one it is refused with InvalidParameterException (text UNKNOWN)", source: GUIDE("Customizing hosted UI (classic) branding") },
  "s12.ui.scope": { label: "DOC", says: "ClientId ALL (or omitted) sets the pool's default; GetUICustomization answers the client's own settings, else ALL's; CSS only of the documented `*-customizable` classes; image PNG or JPEG", source: `${GUIDE("Customizing hosted UI (classic) branding")}; ${CLI("get-ui-customization.rst")}` },
  "s12.ui.empty": { label: "INFERRED", says: "GetUICustomization of a pool with no settings answers `{UICustomization: {}}`, not an error", source: TF },
  "s12.ui.pool-not-found": { label: "INFERRED", says: "Get/SetUICustomization of a pool that does not exist: ResourceNotFoundException (text UNKNOWN)", source: MODEL },
  // Signing certificate.
  "s12.signing-cert.shape": { label: "INFERRED", says: "GetSigningCertificate answers Certificate, a base64 X.509 certificate (DER, no PEM armour), the same on each call", source: `${MODEL}; SAML IdP setups that paste it into metadata` },
  "s12.signing-cert.pool-not-found": { label: "INFERRED", says: "GetSigningCertificate of a pool that does not exist: ResourceNotFoundException (text UNKNOWN)", source: MODEL },
} satisfies Record<string, Fact>;
