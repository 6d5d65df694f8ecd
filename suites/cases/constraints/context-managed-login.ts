// Context rows for the managed login configuration (issue 18 §2): the domain, resource server or identity provider a
// request names is created first, in the case's own pool. Prefix domains are unique across pools (and, on AWS,
// across accounts), so each case's domain is made of the operation's letter and the case's key.
import type { Step } from "../../harness/case.ts";
import { ok } from "../behaviour/build.ts";
import type { Row } from "./context.ts";

const USER = { UserPoolId: "{{userPoolId}}" };
const CERTIFICATE = "arn:aws:acm:us-east-1:123456789012:certificate/0c2d5f1e-1234-4b6a-9f7e-0123456789ab";
const OIDC = { client_id: "conformance", client_secret: "conformance-secret", attributes_request_method: "GET", oidc_issuer: "https://issuer.example.com", authorize_scopes: "openid email" };
const SOCIAL = { client_id: "conformance", client_secret: "conformance-secret", authorize_scopes: "email" };
const APPLE = { client_id: "conformance", team_id: "TEAM123456", key_id: "KEY1234567", private_key: "conformance-private-key", authorize_scopes: "email" };
const SAML = { MetadataURL: "https://idp.example.com/metadata.xml" };
const DETAILS: Record<string, Record<string, string>> = { OIDC, SAML, Google: SOCIAL, Facebook: SOCIAL, LoginWithAmazon: SOCIAL, SignInWithApple: APPLE };
const PROVIDER = "conformance-idp";
const SUBJECT = { ProviderAttributeName: "Cognito_Subject", ProviderAttributeValue: "conformance-subject" };
const USERNAME = "the destination's value is a username of the pool (1–128 characters): none is 0 or 2048 long";
const SUBJECT_NEEDED = "an external identity is named by its subject: an empty value names nobody";
/** The probed bytes (base64) made a PNG: the signature first, the length kept. */
const asPng = (v: string) => {
  const bytes = Buffer.from(v, "base64");
  if (bytes.length >= 8) Buffer.from("89504e470d0a1a0a", "hex").copy(bytes);
  return bytes.toString("base64");
};
const V2_NAME = "CreateIdentityProvider names a provider by ProviderNameTypeV2 (at least 3 characters, no underscore): no provider can have this name";

/** A prefix domain unique to the operation (its letter) and the case (its key); lower case, no reserved word. */
const domainOf = (letter: string, key: string) => `${letter}-${key}`.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/-+/g, "-").slice(0, 63).replace(/-$/, "0");
/** The probed Domain, made the operation's own (first letter) so that the operations' cases never share one. */
const ownDomain = (letter: string) => (v: string) => letter + v.slice(1);

const createDomain = (domain: unknown, custom = false): Step =>
  ok("CreateUserPoolDomain", { ...USER, Domain: domain, ...(custom && { CustomDomainConfig: { CertificateArn: CERTIFICATE } }) });
const saveDomain = (domain: unknown): Step => ok("DescribeUserPoolDomain", { Domain: domain }, {}, { domain: "DomainDescription.Domain" });
const createServer = (identifier: unknown): Step => ok("CreateResourceServer", { ...USER, Identifier: identifier, Name: "conformance" });
const createProvider = (name: unknown, more: Record<string, unknown> = {}): Step =>
  ok("CreateIdentityProvider", { ...USER, ProviderName: name, ProviderType: "OIDC", ProviderDetails: OIDC, ...more });
const link = (source: Record<string, unknown>): Step =>
  ok("AdminLinkProviderForUser", { ...USER, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "{{username}}" }, SourceUser: source });

const DOMAIN_OPS = [["UpdateUserPoolDomain", "u"], ["DeleteUserPoolDomain", "d"]] as const;
const SERVER_OPS = ["DescribeResourceServer", "UpdateResourceServer", "DeleteResourceServer"];
const PROVIDER_OPS = ["DescribeIdentityProvider", "UpdateIdentityProvider", "DeleteIdentityProvider"];
const scopeItem = (i: number) => ({ ScopeName: `scope${i}`, ScopeDescription: `scope ${i}` });

export const MANAGED_LOGIN_ROWS: Row[] = [
  // Domains: a new one needs a name nobody has (created, read back, freed: the probe takes it again).
  {
    ops: ["CreateUserPoolDomain"],
    path: /./,
    setup: (_, key) => [createDomain(domainOf("c", key)), saveDomain(domainOf("c", key)), ok("DeleteUserPoolDomain", { ...USER, Domain: domainOf("c", key) })],
    with: { Domain: "{{domain}}" },
  },
  { ops: ["CreateUserPoolDomain"], path: "Domain", setup: undefined, fresh: true, shape: ownDomain("c") },
  ...DOMAIN_OPS.flatMap(([op, letter]): Row[] => [
    { ops: [op], path: /./, setup: (_, key) => [createDomain(domainOf(letter, key)), saveDomain(domainOf(letter, key))], with: { Domain: "{{domain}}" } },
    { ops: [op], path: "Domain", shape: ownDomain(letter), setup: (value) => [createDomain(value)] },
  ]),
  // A certificate is changed only on a custom domain.
  { ops: ["UpdateUserPoolDomain"], path: /^CustomDomainConfig/, setup: (_, key) => [createDomain(domainOf("u", key), true), saveDomain(domainOf("u", key))] },
  // Resource servers: each case's own pool; the probed Identifier is the server created.
  { ops: ["CreateResourceServer"], path: /./, fresh: true },
  { ops: ["CreateResourceServer", "UpdateResourceServer"], path: /^Scopes/, items: { "Scopes[]": scopeItem } },
  { ops: SERVER_OPS, path: /./, setup: () => [createServer("conformance-api")], with: { Identifier: "conformance-api" } },
  { ops: SERVER_OPS, path: "Identifier", setup: (value) => [createServer(value)] },
  // Identity providers: an OIDC provider with the details it must have; social types are named after their type.
  { ops: ["CreateIdentityProvider"], path: /./, fresh: true, with: { ProviderType: "OIDC", ProviderDetails: OIDC } },
  { ops: ["CreateIdentityProvider"], path: "ProviderType", with: (type) => ({ ProviderName: DETAILS[type as string] === SOCIAL || type === "SignInWithApple" ? type : PROVIDER, ProviderDetails: DETAILS[type as string] }) },
  { ops: PROVIDER_OPS, path: /./, setup: () => [createProvider(PROVIDER)], with: { ProviderName: PROVIDER } },
  { ops: PROVIDER_OPS, path: "ProviderName", setup: (value) => [createProvider(value)] },
  // An update's details replace the provider's: they keep what an OIDC provider must have.
  { ops: ["UpdateIdentityProvider"], path: /^ProviderDetails/, with: { ProviderDetails: OIDC } },
  { ops: PROVIDER_OPS, path: "ProviderName", rule: /^length-min/, unreachable: V2_NAME },
  { ops: ["GetIdentityProviderByIdentifier"], path: /./, setup: () => [createProvider(PROVIDER, { IdpIdentifiers: ["conformance.example.com"] })], with: { IdpIdentifier: "conformance.example.com" } },
  { ops: ["GetIdentityProviderByIdentifier"], path: "IdpIdentifier", setup: (value) => [createProvider(PROVIDER, { IdpIdentifiers: [value] })] },
  // Clients name existing providers.
  { ops: ["CreateUserPoolClient", "UpdateUserPoolClient"], path: "SupportedIdentityProviders[]", setup: (value) => [createProvider(value)] },
  { ops: ["CreateUserPoolClient", "UpdateUserPoolClient"], path: "SupportedIdentityProviders[]", rule: /^length-min/, unreachable: V2_NAME },
  // Provider links: the pool's user and an identity of one of its providers.
  {
    ops: ["AdminLinkProviderForUser"],
    path: /./,
    setup: () => [createProvider(PROVIDER)],
    with: { DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: "{{username}}" }, SourceUser: { ProviderName: PROVIDER, ...SUBJECT } },
    fixtures: ["user"],
  },
  { ops: ["AdminLinkProviderForUser"], path: /^DestinationUser\.ProviderName/, unreachable: "the destination of a link is a user of the pool: ProviderName is `Cognito` (DOC, model)" },
  { ops: ["AdminLinkProviderForUser"], path: "DestinationUser.ProviderAttributeValue", setup: (name) => [createProvider(PROVIDER), ok("AdminCreateUser", { ...USER, Username: name, MessageAction: "SUPPRESS" })] },
  { ops: ["AdminLinkProviderForUser"], path: "DestinationUser.ProviderAttributeValue", rule: /^length-/, unreachable: USERNAME },
  { ops: ["AdminLinkProviderForUser"], path: "SourceUser.ProviderName", setup: (value) => [createProvider(value)] },
  { ops: ["AdminLinkProviderForUser"], path: "SourceUser.ProviderAttributeValue", rule: /^length-min/, unreachable: SUBJECT_NEEDED },
  { ops: ["AdminLinkProviderForUser"], path: "SourceUser.ProviderName", rule: /^length-min/, unreachable: V2_NAME },
  {
    ops: ["AdminDisableProviderForUser"],
    path: /./,
    setup: () => [createProvider(PROVIDER), link({ ProviderName: PROVIDER, ...SUBJECT })],
    with: { User: { ProviderName: PROVIDER, ...SUBJECT } },
    fixtures: ["user"],
  },
  { ops: ["AdminDisableProviderForUser"], path: "User.ProviderName", setup: (value) => [createProvider(value), link({ ProviderName: value, ...SUBJECT })] },
  { ops: ["AdminDisableProviderForUser"], path: "User.ProviderName", rule: /^length-min/, unreachable: V2_NAME },
  { ops: ["AdminDisableProviderForUser"], path: "User.ProviderAttributeName", setup: (value) => [createProvider(PROVIDER), link({ ProviderName: PROVIDER, ...SUBJECT, ProviderAttributeName: value })] },
  { ops: ["AdminDisableProviderForUser"], path: "User.ProviderAttributeValue", setup: (value) => [createProvider(PROVIDER), link({ ProviderName: PROVIDER, ...SUBJECT, ProviderAttributeValue: value })] },
  { ops: ["AdminDisableProviderForUser"], path: "User.ProviderAttributeValue", rule: /^length-min/, unreachable: SUBJECT_NEEDED },
  // UI customization needs the pool's domain; CSS styles allowed classes only (the probed length kept).
  { ops: ["SetUICustomization"], path: /./, setup: (_, key) => [createDomain(domainOf("s", key))] },
  { ops: ["SetUICustomization"], path: "ImageFile", shape: asPng },
  { ops: ["SetUICustomization"], path: "CSS", shape: (v) => (v.length >= 22 ? `.label-customizable{${"x".repeat(v.length - 21)}}` : v) },
];
