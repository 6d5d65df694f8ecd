// A pool's identity providers (SAML, OIDC and the social ones) with the ProviderDetails rules of each type: what a
// request must carry and what AWS fills in (DOC: the model's ProviderDetails documentation; the filled-in values as
// noted). The mock never reaches the network: an OIDC issuer's discovery document and a SAML MetadataURL are not
// fetched (mocks/README.md, "Identity providers").
import type { components } from "../../generated/types.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

type S = components["schemas"];
export type IdentityProvider = S["IdentityProviderType"];
type Details = Record<string, string>;

/** DOC (dev guide "Quotas": 300 identity providers per pool). Text UNKNOWN. */
export const MAX_PROVIDERS = 300;
export const SOCIAL_TYPES = new Set(["Google", "Facebook", "LoginWithAmazon", "SignInWithApple"]);

const REQUIRED: Record<string, string[]> = {
  Google: ["client_id", "client_secret", "authorize_scopes"],
  Facebook: ["client_id", "client_secret", "authorize_scopes"],
  LoginWithAmazon: ["client_id", "client_secret", "authorize_scopes"],
  SignInWithApple: ["client_id", "team_id", "key_id", "private_key", "authorize_scopes"],
  OIDC: ["client_id", "attributes_request_method", "oidc_issuer", "authorize_scopes"],
  SAML: [],
};

/** What AWS adds to a social provider's details. Google: INFERRED strong (terraform-provider-aws keeps these as the
 * service's defaults); Facebook: DOC (CLI example describe-identity-provider.rst, its API version the request's);
 * LoginWithAmazon and SignInWithApple: INFERRED (published describe transcripts). */
function socialDefaults(type: string, details: Details): Details {
  switch (type) {
    case "Google":
      return {
        attributes_url: "https://people.googleapis.com/v1/people/me?personFields=",
        attributes_url_add_attributes: "true",
        authorize_url: "https://accounts.google.com/o/oauth2/v2/auth",
        oidc_issuer: "https://accounts.google.com",
        token_request_method: "POST",
        token_url: "https://www.googleapis.com/oauth2/v4/token",
      };
    case "Facebook": {
      const v = details.api_version ?? "v17.0";
      return {
        attributes_url: `https://graph.facebook.com/${v}/me?fields=`,
        attributes_url_add_attributes: "true",
        authorize_url: `https://www.facebook.com/${v}/dialog/oauth`,
        token_request_method: "GET",
        token_url: `https://graph.facebook.com/${v}/oauth/access_token`,
      };
    }
    case "LoginWithAmazon":
      return {
        attributes_url: "https://api.amazon.com/user/profile",
        attributes_url_add_attributes: "false",
        authorize_url: "https://www.amazon.com/ap/oa",
        token_request_method: "POST",
        token_url: "https://api.amazon.com/auth/o2/token",
      };
    case "SignInWithApple":
      return {
        attributes_url_add_attributes: "false",
        authorize_url: "https://appleid.apple.com/auth/authorize",
        oidc_issuer: "https://appleid.apple.com",
        token_request_method: "POST",
        token_url: "https://appleid.apple.com/auth/token",
      };
    default:
      return {};
  }
}

/**
 * OIDC: AWS reads the endpoints it is not given from the issuer's discovery document (DOC). The mock does not
 * fetch it; it fills each missing endpoint with the issuer's conventional path (the mock's choice, documented), so a
 * configuration that names every endpoint reads back exactly as sent.
 */
function oidcDefaults(details: Details): Details {
  const issuer = details.oidc_issuer.replace(/\/+$/, "");
  return {
    attributes_url_add_attributes: "false",
    authorize_url: `${issuer}/authorize`,
    token_url: `${issuer}/token`,
    attributes_url: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
  };
}

/** SAML: exactly one of MetadataFile / MetadataURL (DOC); from a file, AWS reads the IdP's redirect-binding endpoints
 * (INFERRED: terraform-provider-aws treats SSORedirectBindingURI as derived from MetadataFile). */
function samlDetails(details: Details): Details {
  const file = details.MetadataFile;
  const url = details.MetadataURL;
  if ((file === undefined) === (url === undefined)) throw errors.invalidParameter("Exactly one of MetadataFile or MetadataURL must be provided.");
  if (file === undefined) return details;
  if (!/<(?:\w+:)?EntityDescriptor[\s>]/.test(file)) throw errors.invalidParameter("Invalid SAML metadata: no EntityDescriptor found.");
  const endpoint = (element: string) =>
    file.match(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*Binding="urn:oasis:names:tc:SAML:2\\.0:bindings:HTTP-Redirect"[^>]*Location="([^"]+)"`))?.[1] ??
    file.match(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*Location="([^"]+)"[^>]*Binding="urn:oasis:names:tc:SAML:2\\.0:bindings:HTTP-Redirect"`))?.[1];
  const sso = endpoint("SingleSignOnService");
  const slo = endpoint("SingleLogoutService");
  return { ...details, ...(sso !== undefined && { SSORedirectBindingURI: sso }), ...(slo !== undefined && { SLORedirectBindingURI: slo }) };
}

/** The details as stored and read back: the request's, checked, with what AWS fills in. */
export function providerDetails(type: string, details: Details): Details {
  const missing = REQUIRED[type].find((key) => !details[key]);
  // Text UNKNOWN (mock's choice).
  if (missing) throw errors.invalidParameter(`${missing} is required for provider type ${type}.`);
  if (type === "SAML") return samlDetails(details);
  if (type === "OIDC") return { ...oidcDefaults(details), ...details };
  return { ...socialDefaults(type, details), ...details };
}

/** Default mapping of the user name (DOC for Facebook `username: id`, CLI example; INFERRED for the others). */
const USERNAME_SOURCE: Record<string, string | undefined> = { Google: "sub", Facebook: "id", LoginWithAmazon: "user_id", SignInWithApple: "sub", OIDC: "sub" };

export function attributeMapping(type: string, mapping: Record<string, string> | undefined): Record<string, string> {
  const source = USERNAME_SOURCE[type];
  return { ...(source !== undefined && { username: source }), ...mapping };
}

/** Social providers must be named after their type: CONFIRMED (aws/aws-cli#3179, `Provider NameOfGP cannot be of type Google.`). */
export function checkProviderName(name: string, type: string): void {
  if (SOCIAL_TYPES.has(type) && name !== type) throw errors.invalidParameter(`Provider ${name} cannot be of type ${type}.`);
}

/** An identifier may name one provider of the pool only (DOC: identifiers route users by email domain). Text UNKNOWN. */
export function checkIdentifiers(pool: PoolRecord, name: string, identifiers: readonly string[] | undefined): void {
  for (const provider of pool.identityProviders?.values() ?? []) {
    if (provider.ProviderName === name) continue;
    const clash = identifiers?.find((id) => provider.IdpIdentifiers?.includes(id));
    if (clash !== undefined) throw new AwsError("DuplicateProviderException", `Identifier ${clash} is already used by provider ${provider.ProviderName}.`);
  }
}

export function getProvider(pool: PoolRecord, name: string): IdentityProvider {
  const provider = pool.identityProviders?.get(name);
  // Text UNKNOWN (mock's choice).
  if (!provider) throw new AwsError("ResourceNotFoundException", `Identity provider ${name} does not exist.`);
  return provider;
}
