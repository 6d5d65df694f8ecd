// What the tokens of a sign-in do afterwards (§9, §10): refresh through REFRESH_TOKEN_AUTH and
// GetTokensFromRefreshToken, authorize GetUser and ChangePassword, and stop working after GlobalSignOut and
// RevokeToken with AWS's texts. Forged tokens are refused with `Invalid Access Token` / `Invalid Refresh Token.`.
import type { Case, Step } from "../../harness/case.ts";
import { citing, inferred, ok, refused } from "./build.ts";
import { compute, JWT, passwordAuth, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const signIn = ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens());
const refreshBody = (token = "{{refreshToken}}") => ({ AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { REFRESH_TOKEN: token } });
const REFRESHED = { body: { AuthenticationResult: { AccessToken: JWT, IdToken: JWT, TokenType: "Bearer", ExpiresIn: 3600 } }, bodyAbsent: ["ChallengeName", "AuthenticationResult.RefreshToken"] };
const accessInvalid = { message: { equals: "Invalid Access Token" } };
const refreshRevoked = { message: { equals: "Refresh Token has been revoked" } };
/** A JWS of the right shape whose signature is no key's: header and claims of nobody. */
const FORGED_JWT = "eyJraWQiOiJmb3JnZWQiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkiLCJ0b2tlbl91c2UiOiJhY2Nlc3MifQ.Zm9yZ2VkLXNpZ25hdHVyZQ";

/** The pool's JWKS, a plain GET at the issuer's well-known path (§10), saved as {{jwks}}. */
const JWKS_KEY = { alg: "RS256", e: "AQAB", kty: "RSA", use: "sig", kid: { $pattern: "." }, n: { $pattern: "." } };
const fetchJwks: Step = {
  request: { method: "GET", path: "/{{userPoolId}}/.well-known/jwks.json", headers: {}, sign: false },
  expect: { status: 200, body: { keys: [JWKS_KEY, JWKS_KEY] }, bodyAbsent: ["keys.2"] },
  save: { jwks: "keys" },
};
const ISSUER = { $pattern: "^https://cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/{{userPoolId}}$" };
const verified = (tokenUse: string) => ({ body: { signature: "valid", header: "kid,alg", alg: "RS256", iss: ISSUER, tokenUse, client: "{{signInClientId}}", lifetime: "3600" } });

export const signInTokenCases: Case[] = [
  signInScenario({
    id: "tokens-verify",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "tokens-signed",
    title: "the ID and access tokens verify against the pool's JWKS (two RSA keys): header {kid, alg RS256}, the pool's issuer, token_use, the client, 1 h",
    facts: ["s10.jwks", "s10.token-header", "s10.access-claims", "s10.id-claims", "s10.validities"],
    evidence: "DOC",
    steps: [
      signIn,
      fetchJwks,
      compute("verifyJwt", { token: "{{accessToken}}", jwks: "{{jwks}}" }, verified("access")),
      compute("verifyJwt", { token: "{{idToken}}", jwks: "{{jwks}}" }, verified("id")),
    ],
  }),
  signInScenario({
    id: "refresh-token-auth",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "refresh-token-auth",
    title: "REFRESH_TOKEN_AUTH answers new ID and access tokens, and no new refresh token while rotation is off",
    facts: ["s9.refresh", "s9.flows"],
    evidence: "DOC",
    steps: [
      citing(["s9.success"], signIn),
      citing(["s9.refresh"], ok("InitiateAuth", refreshBody(), { ...REFRESHED, body: { ...REFRESHED.body, AuthenticationResult: { ...REFRESHED.body.AuthenticationResult, AccessToken: { $ne: "{{accessToken}}" } } } })),
    ],
  }),
  signInScenario({
    id: "get-tokens-from-refresh-token",
    operation: "GetTokensFromRefreshToken",
    member: "RefreshToken",
    rule: "refresh",
    title: "GetTokensFromRefreshToken (how Amplify v6 refreshes) answers new ID and access tokens",
    facts: ["s9.amplify-refresh", "s9.refresh"],
    evidence: "DOC",
    steps: [
      citing(["s9.success"], signIn),
      citing(["s9.amplify-refresh", "s9.refresh"], ok("GetTokensFromRefreshToken", { ClientId: "{{signInClientId}}", RefreshToken: "{{refreshToken}}" }, { body: { AuthenticationResult: { AccessToken: JWT, IdToken: JWT, TokenType: "Bearer", ExpiresIn: 3600 } } })),
    ],
  }),
  signInScenario({
    id: "refresh-token-invalid",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "refresh-invalid",
    title: "a refresh token the pool never issued is NotAuthorizedException `Invalid Refresh Token.`",
    facts: ["s9.refresh-invalid", "s9.error-shape"],
    evidence: "CONFIRMED",
    steps: [
      refused("InitiateAuth", refreshBody("eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.Zm9v.YmFy.YmF6.cXV4"), "NotAuthorizedException", {
        message: { equals: "Invalid Refresh Token." },
        headers: { "x-amzn-errortype": "NotAuthorizedException:" },
      }),
    ],
  }),
  signInScenario({
    id: "get-user",
    operation: "GetUser",
    member: "AccessToken",
    rule: "access-token-authorizes",
    title: "GetUser with the access token answers the user; a forged token is `Invalid Access Token`; an ID token is refused (INFERRED)",
    facts: ["s9.access-invalid", "s9.success"],
    evidence: "INFERRED",
    steps: [
      citing(["s9.success"], signIn),
      inferred(
        "GetUser's output (the model's GetUserResponse: Username, UserAttributes) for the token's user; sub is in every access token (s10.access-claims), so the user has one",
        ok("GetUser", { AccessToken: "{{accessToken}}" }, { body: { Username: "{{username}}", UserAttributes: { $contains: { Name: "sub" } } } }),
        ["s10.access-claims"],
      ),
      citing(["s9.access-invalid"], refused("GetUser", { AccessToken: FORGED_JWT }, "NotAuthorizedException", accessInvalid)),
      inferred(
        "no fact shows GetUser given an ID token; ID tokens are signed with another key and say token_use id (s10.token-header, s10.id-claims), so it is not an access token",
        refused("GetUser", { AccessToken: "{{idToken}}" }, "NotAuthorizedException"),
        ["s10.token-header", "s10.id-claims"],
      ),
    ],
  }),
  signInScenario({
    id: "global-sign-out",
    operation: "GlobalSignOut",
    member: "AccessToken",
    rule: "sign-out-revokes",
    title: "after GlobalSignOut the access token is `Access Token has been revoked` and the refresh token `Refresh Token has been revoked`; a new sign-in still works (INFERRED)",
    facts: ["s9.access-revoked", "s9.refresh-revoked"],
    evidence: "INFERRED",
    steps: [
      citing(["s9.success"], signIn),
      citing(["s1.success"], ok("GlobalSignOut", { AccessToken: "{{accessToken}}" }, { bodyEquals: {} })),
      citing(["s9.access-revoked"], refused("GetUser", { AccessToken: "{{accessToken}}" }, "NotAuthorizedException", { message: { equals: "Access Token has been revoked" } })),
      citing(["s9.refresh-revoked"], refused("InitiateAuth", refreshBody(), "NotAuthorizedException", refreshRevoked)),
      inferred(
        "no fact says what a sign-in after GlobalSignOut gets; sign-out revokes the tokens issued so far (s9.access-revoked, s9.refresh-revoked), and nothing says it locks the user out",
        ok("InitiateAuth", passwordAuth(), SIGNED_IN),
        ["s9.success"],
      ),
    ],
  }),
  signInScenario({
    id: "revoke-token",
    operation: "RevokeToken",
    member: "Token",
    rule: "revoke-refresh-token",
    title: "after RevokeToken the refresh token no longer refreshes: `Refresh Token has been revoked`",
    facts: ["s9.refresh-revoked"],
    evidence: "CONFIRMED",
    steps: [
      citing(["s9.success"], signIn),
      citing(["s1.success"], ok("RevokeToken", { ClientId: "{{signInClientId}}", Token: "{{refreshToken}}" }, { bodyEquals: {} })),
      citing(["s9.refresh-revoked"], refused("InitiateAuth", refreshBody(), "NotAuthorizedException", refreshRevoked)),
      citing(["s9.refresh-revoked"], refused("GetTokensFromRefreshToken", { ClientId: "{{signInClientId}}", RefreshToken: "{{refreshToken}}" }, "NotAuthorizedException", refreshRevoked)),
    ],
  }),
  signInScenario({
    id: "change-password",
    operation: "ChangePassword",
    member: "PreviousPassword",
    rule: "change-password",
    title: "ChangePassword with a wrong PreviousPassword is `Incorrect username or password.`; with the right one the new password signs in and the old does not",
    facts: ["s9.wrong-password", "s9.success"],
    evidence: "CONFIRMED",
    steps: [
      citing(["s9.success"], signIn),
      citing(
        ["s9.wrong-password"],
        refused("ChangePassword", { AccessToken: "{{accessToken}}", PreviousPassword: "{{password}}-not", ProposedPassword: "Chang3d-passw0rd!" }, "NotAuthorizedException", {
          message: { equals: "Incorrect username or password." },
        }),
      ),
      citing(["s1.success"], ok("ChangePassword", { AccessToken: "{{accessToken}}", PreviousPassword: "{{password}}", ProposedPassword: "Chang3d-passw0rd!" }, { bodyEquals: {} })),
      citing(["s9.success"], ok("InitiateAuth", passwordAuth({ password: "Chang3d-passw0rd!" }), SIGNED_IN)),
      citing(["s9.wrong-password"], refused("InitiateAuth", passwordAuth(), "NotAuthorizedException", { message: { equals: "Incorrect username or password." } })),
    ],
  }),
];
