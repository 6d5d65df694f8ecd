// Managed login configuration through SDK v3 (issue 18 §2): domains, resource servers and their scopes in clients,
// identity providers and SupportedIdentityProviders, provider links, UI customization, the signing certificate.
import { X509Certificate } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminDisableProviderForUserCommand,
  AdminLinkProviderForUserCommand,
  CreateIdentityProviderCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteResourceServerCommand,
  DeleteUserPoolDomainCommand,
  DescribeIdentityProviderCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  GetIdentityProviderByIdentifierCommand,
  GetSigningCertificateCommand,
  GetUICustomizationCommand,
  ListIdentityProvidersCommand,
  ListResourceServersCommand,
  SetUICustomizationCommand,
  UpdateIdentityProviderCommand,
  UpdateResourceServerCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolDomainCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client } = poolsHarness(18);
const newPool = async (name = "managed-login") => (await client.send(new CreateUserPoolCommand({ PoolName: name }))).UserPool!.Id!;

const SAML_METADATA = `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com">
<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/slo"/>
<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
</md:IDPSSODescriptor></md:EntityDescriptor>`;

describe("domains", () => {
  test("a prefix domain: ACTIVE at once, one per pool, unique across pools, named by DescribeUserPool, freed by delete", async () => {
    const pool = await newPool();
    const created = await client.send(new CreateUserPoolDomainCommand({ UserPoolId: pool, Domain: "acme-login" }));
    expect(created.ManagedLoginVersion).toBe(1);
    expect(created.CloudFrontDomain).toBeUndefined();
    const { DomainDescription: d } = await client.send(new DescribeUserPoolDomainCommand({ Domain: "acme-login" }));
    expect(d).toMatchObject({ UserPoolId: pool, AWSAccountId: "111122223333", Domain: "acme-login", Status: "ACTIVE", CustomDomainConfig: {}, S3Bucket: "aws-cognito-prod-dub-assets" });
    expect(d!.CloudFrontDistribution).toMatch(/^d[a-z0-9]{13}\.cloudfront\.net$/);
    expect(d!.Version).toMatch(/^\d{14}$/);
    expect((await client.send(new DescribeUserPoolCommand({ UserPoolId: pool }))).UserPool!.Domain).toBe("acme-login");

    const second = await failure(client.send(new CreateUserPoolDomainCommand({ UserPoolId: pool, Domain: "acme-login-2" })));
    expect(second.name).toBe("InvalidParameterException");
    const other = await newPool("other");
    const taken = await failure(client.send(new CreateUserPoolDomainCommand({ UserPoolId: other, Domain: "acme-login" })));
    expect([taken.name, taken.message]).toEqual(["InvalidParameterException", "Domain already associated with another user pool."]);
    expect((await failure(client.send(new CreateUserPoolDomainCommand({ UserPoolId: other, Domain: "my-cognito-app" })))).name).toBe("InvalidParameterException");

    const updated = await client.send(new UpdateUserPoolDomainCommand({ UserPoolId: pool, Domain: "acme-login", ManagedLoginVersion: 2 }));
    expect(updated.ManagedLoginVersion).toBe(2);
    expect((await client.send(new DescribeUserPoolDomainCommand({ Domain: "acme-login" }))).DomainDescription!.ManagedLoginVersion).toBe(2);

    await client.send(new DeleteUserPoolDomainCommand({ UserPoolId: pool, Domain: "acme-login" }));
    expect((await client.send(new DescribeUserPoolDomainCommand({ Domain: "acme-login" }))).DomainDescription).toEqual({});
    expect((await client.send(new DescribeUserPoolCommand({ UserPoolId: pool }))).UserPool!.Domain).toBeUndefined();
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId: other, Domain: "acme-login" }));
  });
});

describe("resource servers and their scopes in clients", () => {
  test("create, describe, list, update, delete; a client may name `identifier/scope` only while it exists", async () => {
    const pool = await newPool();
    const scopes = [{ ScopeName: "read", ScopeDescription: "Read" }, { ScopeName: "write", ScopeDescription: "Write" }];
    const { ResourceServer } = await client.send(new CreateResourceServerCommand({ UserPoolId: pool, Identifier: "https://api.example.com", Name: "api", Scopes: scopes }));
    expect(ResourceServer).toEqual({ UserPoolId: pool, Identifier: "https://api.example.com", Name: "api", Scopes: scopes });
    const duplicate = await failure(client.send(new CreateResourceServerCommand({ UserPoolId: pool, Identifier: "https://api.example.com", Name: "again" })));
    expect(duplicate.name).toBe("InvalidParameterException");
    const bare = await client.send(new CreateResourceServerCommand({ UserPoolId: pool, Identifier: "bare", Name: "bare" }));
    expect(bare.ResourceServer!.Scopes).toEqual([]);
    const page = await client.send(new ListResourceServersCommand({ UserPoolId: pool, MaxResults: 1 }));
    expect(page.ResourceServers!.map((s) => s.Identifier)).toEqual(["https://api.example.com"]);
    const rest = await client.send(new ListResourceServersCommand({ UserPoolId: pool, MaxResults: 1, NextToken: page.NextToken }));
    expect(rest.ResourceServers!.map((s) => s.Identifier)).toEqual(["bare"]);
    expect(rest.NextToken).toBeUndefined();

    const oauth = { AllowedOAuthFlows: ["client_credentials" as const], AllowedOAuthFlowsUserPoolClient: true, GenerateSecret: true };
    const made = await client.send(new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "m2m", ...oauth, AllowedOAuthScopes: ["https://api.example.com/read"] }));
    expect(made.UserPoolClient!.AllowedOAuthScopes).toEqual(["https://api.example.com/read"]);
    const unknown = await failure(client.send(new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "m2m", ...oauth, AllowedOAuthScopes: ["https://api.example.com/admin"] })));
    expect([unknown.name, unknown.message]).toEqual(["ScopeDoesNotExistException", "Invalid scope requested: https://api.example.com/admin"]);

    await client.send(new UpdateResourceServerCommand({ UserPoolId: pool, Identifier: "https://api.example.com", Name: "api v2" }));
    const described = await client.send(new DescribeResourceServerCommand({ UserPoolId: pool, Identifier: "https://api.example.com" }));
    expect(described.ResourceServer).toMatchObject({ Name: "api v2", Scopes: [] });
    await client.send(new DeleteResourceServerCommand({ UserPoolId: pool, Identifier: "https://api.example.com" }));
    const gone = await failure(client.send(new DescribeResourceServerCommand({ UserPoolId: pool, Identifier: "https://api.example.com" })));
    expect(gone.name).toBe("ResourceNotFoundException");
  });
});

describe("identity providers", () => {
  test("social, OIDC and SAML details are checked and completed; names and identifiers are unique; clients name existing ones", async () => {
    const pool = await newPool();
    const google = await client.send(
      new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "Google", ProviderType: "Google", ProviderDetails: { client_id: "id", client_secret: "s", authorize_scopes: "email" } }),
    );
    expect(google.IdentityProvider).toMatchObject({
      ProviderDetails: { authorize_url: "https://accounts.google.com/o/oauth2/v2/auth", token_request_method: "POST", client_id: "id" },
      AttributeMapping: { username: "sub" },
      IdpIdentifiers: [],
    });
    const misnamed = await failure(
      client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "NameOfGP", ProviderType: "Google", ProviderDetails: { client_id: "id", client_secret: "s", authorize_scopes: "email" } })),
    );
    expect([misnamed.name, misnamed.message]).toEqual(["InvalidParameterException", "Provider NameOfGP cannot be of type Google."]);
    const again = await failure(
      client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "Google", ProviderType: "Google", ProviderDetails: { client_id: "id", client_secret: "s", authorize_scopes: "email" } })),
    );
    expect(again.name).toBe("DuplicateProviderException");

    const oidcDetails = { client_id: "c", client_secret: "s", attributes_request_method: "GET", oidc_issuer: "https://issuer.example.com", authorize_scopes: "openid email" };
    const oidc = await client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "corp", ProviderType: "OIDC", ProviderDetails: oidcDetails, IdpIdentifiers: ["corp.example.com"] }));
    expect(oidc.IdentityProvider!.ProviderDetails).toMatchObject({ ...oidcDetails, authorize_url: "https://issuer.example.com/authorize", jwks_uri: "https://issuer.example.com/.well-known/jwks.json" });
    const missing = await failure(client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "half", ProviderType: "OIDC", ProviderDetails: { client_id: "c" } })));
    expect(missing.name).toBe("InvalidParameterException");
    const clash = await failure(
      client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "corp2", ProviderType: "OIDC", ProviderDetails: oidcDetails, IdpIdentifiers: ["corp.example.com"] })),
    );
    expect(clash.name).toBe("DuplicateProviderException");

    const saml = await client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "okta", ProviderType: "SAML", ProviderDetails: { MetadataFile: SAML_METADATA } }));
    expect(saml.IdentityProvider!.ProviderDetails).toMatchObject({ SSORedirectBindingURI: "https://idp.example.com/sso", SLORedirectBindingURI: "https://idp.example.com/slo" });
    expect((await failure(client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "bad", ProviderType: "SAML", ProviderDetails: {} })))).name).toBe("InvalidParameterException");

    const byId = await client.send(new GetIdentityProviderByIdentifierCommand({ UserPoolId: pool, IdpIdentifier: "corp.example.com" }));
    expect(byId.IdentityProvider!.ProviderName).toBe("corp");
    const listed = await client.send(new ListIdentityProvidersCommand({ UserPoolId: pool }));
    expect(listed.Providers!.map((p) => [p.ProviderName, p.ProviderType])).toEqual([["Google", "Google"], ["corp", "OIDC"], ["okta", "SAML"]]);

    await client.send(new UpdateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "corp", AttributeMapping: { email: "email" } }));
    const updated = await client.send(new DescribeIdentityProviderCommand({ UserPoolId: pool, ProviderName: "corp" }));
    expect(updated.IdentityProvider).toMatchObject({ AttributeMapping: { username: "sub", email: "email" }, IdpIdentifiers: ["corp.example.com"], ProviderDetails: { client_id: "c" } });

    const app = { UserPoolId: pool, ClientName: "web" };
    const made = await client.send(new CreateUserPoolClientCommand({ ...app, SupportedIdentityProviders: ["COGNITO", "Google", "corp"] }));
    const unknown = await failure(client.send(new UpdateUserPoolClientCommand({ UserPoolId: pool, ClientId: made.UserPoolClient!.ClientId!, SupportedIdentityProviders: ["Facebook"] })));
    expect([unknown.name, unknown.message]).toEqual(["InvalidParameterException", `The provider Facebook does not exist for User Pool ${pool}`]);
  });

  test("AdminLinkProviderForUser links an external identity to one user; AdminDisableProviderForUser removes the link", async () => {
    const pool = await newPool();
    await client.send(new CreateIdentityProviderCommand({ UserPoolId: pool, ProviderName: "Google", ProviderType: "Google", ProviderDetails: { client_id: "id", client_secret: "s", authorize_scopes: "email" } }));
    for (const Username of ["alice", "bob"]) await client.send(new AdminCreateUserCommand({ UserPoolId: pool, Username, MessageAction: "SUPPRESS" }));
    const source = { ProviderName: "Google", ProviderAttributeName: "Cognito_Subject", ProviderAttributeValue: "1234567890" };
    const link = (user: string) => new AdminLinkProviderForUserCommand({ UserPoolId: pool, DestinationUser: { ProviderName: "Cognito", ProviderAttributeValue: user }, SourceUser: source });
    await client.send(link("alice"));
    expect((await failure(client.send(link("bob")))).name).toBe("AliasExistsException");
    expect((await failure(client.send(link("nobody")))).name).toBe("UserNotFoundException");
    await client.send(new AdminDisableProviderForUserCommand({ UserPoolId: pool, User: source }));
    await client.send(link("bob"));
    const unknownProvider = await failure(client.send(new AdminDisableProviderForUserCommand({ UserPoolId: pool, User: { ...source, ProviderName: "Facebook" } })));
    expect(unknownProvider.name).toBe("ResourceNotFoundException");
  });
});

describe("UI customization", () => {
  test("needs a domain; per client or ALL, a client falls back to ALL; allowed CSS classes only; empty when nothing is set", async () => {
    const pool = await newPool();
    const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "web" }));
    const css = ".banner-customizable { background-color: lightgray; }";
    expect((await failure(client.send(new SetUICustomizationCommand({ UserPoolId: pool, CSS: css })))).name).toBe("InvalidParameterException");
    await client.send(new CreateUserPoolDomainCommand({ UserPoolId: pool, Domain: "ui-custom" }));
    expect((await client.send(new GetUICustomizationCommand({ UserPoolId: pool }))).UICustomization).toEqual({});
    const set = await client.send(new SetUICustomizationCommand({ UserPoolId: pool, ClientId: "ALL", CSS: css }));
    expect(set.UICustomization).toMatchObject({ UserPoolId: pool, ClientId: "ALL", CSS: css });
    expect(set.UICustomization!.CSSVersion).toMatch(/^\d{14}$/);
    const fallback = await client.send(new GetUICustomizationCommand({ UserPoolId: pool, ClientId: UserPoolClient!.ClientId }));
    expect(fallback.UICustomization!.ClientId).toBe("ALL");
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const own = await client.send(new SetUICustomizationCommand({ UserPoolId: pool, ClientId: UserPoolClient!.ClientId, ImageFile: png }));
    expect(own.UICustomization!.ImageUrl).toMatch(new RegExp(`^https://d[a-z0-9]+\\.cloudfront\\.net/${pool}/${UserPoolClient!.ClientId}/\\d{14}/assets/images/image\\.png$`));
    const bad = await failure(client.send(new SetUICustomizationCommand({ UserPoolId: pool, CSS: ".not-a-class { color: red; }" })));
    expect(bad.name).toBe("InvalidParameterException");
  });
});

describe("signing certificate", () => {
  test("a real X.509 certificate, base64 DER without PEM armour, the same on every call", async () => {
    const pool = await newPool();
    const first = (await client.send(new GetSigningCertificateCommand({ UserPoolId: pool }))).Certificate!;
    expect(first).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const certificate = new X509Certificate(Buffer.from(first, "base64"));
    expect(certificate.subject).toContain(pool);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect((await client.send(new GetSigningCertificateCommand({ UserPoolId: pool }))).Certificate).toBe(first);
  });
});
