// Passkey registration's refusals (aws-behavior.md §15.8–§15.11): what a signed-in user meets without an
// authenticator. Every WebAuthn* message is UNKNOWN, so only `__type` is asserted. Where the order of AWS's checks
// decides the answer (a credential checked before the challenge?), the step is INFERRED with its why; where the
// trigger itself is UNKNOWN (when WebAuthnNotEnabledException fires), the case is UNKNOWN and never asserted on AWS.
// Accepted ceremonies use a software authenticator (passkey-client.ts: the key a scenario signs with, so it runs on
// any endpoint); the browser's own ceremony is mocks/test/signin-passkey-browser.test.ts (chromium). The pool rules
// that go with passkeys (WEB_AUTHN beside required MFA, factors outside the sign-in policy) close the list.
import type { Case, Expectation, Step } from "../../harness/case.ts";
import type { FactId } from "../../evidence/facts.ts";
import { call, citing, inferred, ok, refused } from "./build.ts";
import { registrationCredential } from "./passkey-client.ts";
import { compute, passwordAuth, POOL, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const RP_ID = "passkeys.conformance.example.com";
const ORIGIN = `https://${RP_ID}`;
const TOKEN = { AccessToken: "{{accessToken}}" };

const signIn = citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens()));
const allowFactors = (factors: string[]): Step =>
  citing(["s15.allowed-first-factors"], ok("UpdateUserPool", { ...POOL, Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors } } }));
const setRelyingParty = citing(["s15.web-authn-configuration"], ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OFF", WebAuthnConfiguration: { RelyingPartyId: RP_ID } }));
const startRegistration = citing(["s15.start-registration"], ok("StartWebAuthnRegistration", TOKEN, { body: { CredentialCreationOptions: { rp: { id: RP_ID } } } }));

/** A pool that allows passkeys, with a relying party, and the fixture user signed in ({{accessToken}}). */
const READY: Step[] = [allowFactors(["PASSWORD", "WEB_AUTHN"]), setRelyingParty, signIn];

/** A RegistrationResponseJSON of the right shape whose clientDataJSON names `origin`; no authenticator made it. */
function credential(origin: string) {
  const clientData = { type: "webauthn.create", challenge: "AAAAAAAAAAAAAAAAAAAAAA", origin, crossOrigin: false };
  const id = "Y29uZm9ybWFuY2UtY3JlZGVudGlhbA";
  return {
    id,
    rawId: id,
    type: "public-key",
    response: { clientDataJSON: Buffer.from(JSON.stringify(clientData)).toString("base64url"), attestationObject: "o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YUA", transports: ["internal"] },
    clientExtensionResults: {},
    authenticatorAttachment: "platform",
  };
}
const complete = (origin = `https://${RP_ID}`, token = "{{accessToken}}") => ({ AccessToken: token, Credential: credential(origin) });
const NOT_ENABLED: FactId[] = ["s15.web-authn-exceptions", "s15.web-authn-not-enabled-when"];
const ORDER_WHY = "the model names the exception for this condition; whether AWS checks the credential's data first (InvalidParameterException) is not in the evidence";

// Accepted ceremonies: a client allowing USER_AUTH, a software passkey registered, a WEB_AUTHN challenge signed.
const USER_AUTH_CLIENT = citing(
  ["s15.user-auth-gates"],
  ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-passkeys-user-auth", ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, {}, { userAuthClientId: "UserPoolClient.ClientId" }),
);
/** Registers a new software passkey for the user whose access token is `{{<token>}}`; its key is `{{<as>Key}}`. */
const registerPasskey = (as: string, token = "accessToken"): Step[] => [
  citing(["s15.start-registration"], ok("StartWebAuthnRegistration", { AccessToken: `{{${token}}}` }, {}, { [`${as}Challenge`]: "CredentialCreationOptions.challenge" })),
  compute("passkeyRegister", { challenge: `{{${as}Challenge}}`, rpId: RP_ID, origin: ORIGIN, as }),
  citing(["s15.complete-registration"], ok("CompleteWebAuthnRegistration", { AccessToken: `{{${token}}}`, Credential: registrationCredential(as) }, { bodyEquals: {} })),
];
/** USER_AUTH asking for the passkey: the WEB_AUTHN challenge, its options saved as `{{options}}`, its session. */
const passkeyChallenge = (username = "{{username}}"): Step =>
  citing(
    ["s15.user-auth-request", "s15.web-authn-challenge"],
    ok(
      "InitiateAuth",
      { AuthFlow: "USER_AUTH", ClientId: "{{userAuthClientId}}", AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" } },
      { body: { ChallengeName: "WEB_AUTHN", ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: { $pattern: "challenge" } } } },
      { options: "ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS", passkeySession: "Session" },
    ),
  );
/** Signs `{{options}}` with the passkey `{{<key>Id}}` / `{{<key>Key}}` at the counter given. */
const signWith = (key: string, counter: number): Step => compute("passkeyAssert", { id: `{{${key}Id}}`, key: `{{${key}Key}}`, options: "{{options}}", origin: ORIGIN, counter: String(counter) });
const answerPasskey = (expect: Expectation, username = "{{username}}"): Step =>
  call("RespondToAuthChallenge", { ChallengeName: "WEB_AUTHN", ClientId: "{{userAuthClientId}}", Session: "{{passkeySession}}", ChallengeResponses: { USERNAME: username, CREDENTIAL: "{{passkeyAssertion}}" } }, expect);
/** No tokens: refused (the error's type and text are UNKNOWN on AWS, s15.web-authn-sign-in-errors, so not asserted). */
const NO_TOKENS: Expectation = { status: 400, bodyAbsent: ["AuthenticationResult"] };
const signedInWithPasskey = (username?: string) => citing(["s15.web-authn-answer"], answerPasskey(SIGNED_IN, username));
const PASSKEY_READY: Step[] = [...READY, USER_AUTH_CLIENT, ...registerPasskey("alicePasskey")];
const OTHER_USER = "conformance-passkey-other";
const REFUSAL_UNASSERTED = "The refusal's type and text are UNKNOWN on AWS (s15.web-authn-sign-in-errors): only its status and the absence of tokens are asserted.";

export const passkeyCases: Case[] = [
  signInScenario({
    id: "not-enabled",
    operation: "StartWebAuthnRegistration",
    rule: "web-authn-not-enabled",
    title: "a pool whose sign-in policy does not allow WEB_AUTHN (the default: password only) refuses a registration with WebAuthnNotEnabledException, even with a relying party set",
    facts: ["s15.web-authn-exceptions", "s15.web-authn-not-enabled-when", "s15.allowed-first-factors"],
    evidence: "UNKNOWN",
    notes: ["When AWS raises WebAuthnNotEnabledException is UNKNOWN (§15.11): the mock's reading, never asserted on AWS."],
    steps: [setRelyingParty, signIn, citing(NOT_ENABLED, refused("StartWebAuthnRegistration", TOKEN, "WebAuthnNotEnabledException"))],
  }),
  signInScenario({
    id: "configuration-missing",
    operation: "StartWebAuthnRegistration",
    rule: "web-authn-configuration-missing",
    title: "WEB_AUTHN allowed but no RelyingPartyId and no domain: WebAuthnConfigurationMissingException",
    facts: ["s15.relying-party", "s15.web-authn-exceptions", "s15.allowed-first-factors"],
    evidence: "DOC",
    steps: [allowFactors(["PASSWORD", "WEB_AUTHN"]), signIn, citing(["s15.relying-party", "s15.web-authn-exceptions"], refused("StartWebAuthnRegistration", TOKEN, "WebAuthnConfigurationMissingException"))],
  }),
  signInScenario({
    id: "no-challenge",
    operation: "CompleteWebAuthnRegistration",
    rule: "web-authn-challenge-not-found",
    title: "CompleteWebAuthnRegistration without a StartWebAuthnRegistration before it: WebAuthnChallengeNotFoundException",
    facts: ["s15.web-authn-exceptions", "s15.registration-challenge", "s15.allowed-first-factors", "s15.web-authn-configuration"],
    evidence: "INFERRED",
    steps: [
      ...READY,
      inferred(ORDER_WHY, refused("CompleteWebAuthnRegistration", complete(), "WebAuthnChallengeNotFoundException"), ["s15.web-authn-exceptions"]),
    ],
  }),
  signInScenario({
    id: "client-mismatch",
    operation: "CompleteWebAuthnRegistration",
    rule: "web-authn-client-mismatch",
    title: "a registration started with one app client's access token and completed with another's: WebAuthnClientMismatchException",
    facts: ["s15.web-authn-exceptions", "s15.start-registration", "s15.allowed-first-factors", "s15.web-authn-configuration"],
    evidence: "INFERRED",
    steps: [
      ...READY,
      citing(["s9.flows"], ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-passkeys-other", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, {}, { otherClientId: "UserPoolClient.ClientId" })),
      citing(["s9.success"], ok("InitiateAuth", passwordAuth({ client: "{{otherClientId}}" }), SIGNED_IN, saveTokens("other"))),
      startRegistration,
      inferred(ORDER_WHY, refused("CompleteWebAuthnRegistration", complete(undefined, "{{otheraccessToken}}"), "WebAuthnClientMismatchException"), ["s15.web-authn-exceptions"]),
    ],
  }),
  signInScenario({
    id: "origin-not-allowed",
    operation: "CompleteWebAuthnRegistration",
    rule: "web-authn-origin-not-allowed",
    title: "a registration whose clientDataJSON origin is a host outside the relying party id: WebAuthnOriginNotAllowedException",
    facts: ["s15.web-authn-exceptions", "s15.web-authn-origins", "s15.allowed-first-factors", "s15.web-authn-configuration"],
    evidence: "INFERRED",
    steps: [
      ...READY,
      startRegistration,
      inferred(ORDER_WHY, refused("CompleteWebAuthnRegistration", complete("https://elsewhere.example.net"), "WebAuthnOriginNotAllowedException"), ["s15.web-authn-exceptions", "s15.web-authn-origins"]),
    ],
  }),
  signInScenario({
    id: "not-enabled",
    operation: "CompleteWebAuthnRegistration",
    rule: "web-authn-not-enabled",
    title: "a registration started while WEB_AUTHN was allowed and completed after the pool stopped allowing it: WebAuthnNotEnabledException",
    facts: ["s15.web-authn-exceptions", "s15.web-authn-not-enabled-when", "s15.allowed-first-factors", "s15.web-authn-configuration"],
    evidence: "UNKNOWN",
    notes: ["When AWS raises WebAuthnNotEnabledException is UNKNOWN (§15.11): the mock's reading, never asserted on AWS."],
    steps: [
      ...READY,
      startRegistration,
      allowFactors(["PASSWORD"]),
      citing(NOT_ENABLED, refused("CompleteWebAuthnRegistration", complete(), "WebAuthnNotEnabledException")),
    ],
  }),
  signInScenario({
    id: "unknown-credential",
    operation: "DeleteWebAuthnCredential",
    rule: "credential-not-found",
    title: "deleting a credential id the user has no passkey with: ResourceNotFoundException; the list stays empty",
    facts: ["s15.delete-credential", "s15.list-credentials", "s15.allowed-first-factors", "s15.web-authn-configuration"],
    evidence: "DOC",
    steps: [
      ...READY,
      citing(["s15.delete-credential"], refused("DeleteWebAuthnCredential", { ...TOKEN, CredentialId: "Y29uZm9ybWFuY2UtY3JlZGVudGlhbA" }, "ResourceNotFoundException")),
      citing(["s15.list-credentials"], ok("ListWebAuthnCredentials", TOKEN, { body: { Credentials: [] }, bodyAbsent: ["Credentials.0"] })),
    ],
  }),
  signInScenario({
    id: "passkey-sign-in",
    operation: "RespondToAuthChallenge",
    rule: "web-authn-sign-in",
    title: "a registered passkey answers USER_AUTH's WEB_AUTHN challenge: tokens; the same assertion again on its spent session: none",
    facts: ["s15.start-registration", "s15.complete-registration", "s15.user-auth-request", "s15.web-authn-challenge", "s15.web-authn-answer", "s15.assertion-binding", "s15.user-auth-gates"],
    evidence: "INFERRED",
    steps: [
      ...PASSKEY_READY,
      passkeyChallenge(),
      signWith("alicePasskey", 1),
      signedInWithPasskey(),
      inferred("a session answered once is spent (§9), and the signed challenge was that session's", answerPasskey(NO_TOKENS), ["s15.assertion-binding"]),
    ],
  }),
  signInScenario({
    id: "passkey-of-another-user",
    operation: "RespondToAuthChallenge",
    rule: "web-authn-assertion-binding",
    title: "another user's passkey, valid and registered in the pool, signing this user's WEB_AUTHN challenge: no tokens; the user's own passkey then signs in",
    facts: ["s15.assertion-binding", "s15.web-authn-answer", "s15.complete-registration", "s9.user-lifecycle", "s9.success"],
    notes: [REFUSAL_UNASSERTED],
    evidence: "INFERRED",
    steps: [
      ...PASSKEY_READY,
      citing(["s9.user-lifecycle"], ok("AdminCreateUser", { ...POOL, Username: OTHER_USER, MessageAction: "SUPPRESS" })),
      citing(["s9.user-lifecycle"], ok("AdminSetUserPassword", { ...POOL, Username: OTHER_USER, Password: "{{password}}", Permanent: true })),
      citing(["s9.success"], ok("InitiateAuth", passwordAuth({ username: OTHER_USER }), SIGNED_IN, saveTokens("other"))),
      ...registerPasskey("otherPasskey", "otheraccessToken"),
      passkeyChallenge(),
      signWith("otherPasskey", 1),
      inferred("WebAuthn §7.2: the credential must belong to the user being signed in", answerPasskey(NO_TOKENS), ["s15.assertion-binding"]),
      passkeyChallenge(),
      signWith("alicePasskey", 1),
      signedInWithPasskey(),
    ],
  }),
  signInScenario({
    id: "passkey-cloned-counter",
    operation: "RespondToAuthChallenge",
    rule: "web-authn-sign-counter",
    title: "an assertion whose signature counter did not grow since the last accepted one (a cloned authenticator): no tokens; a grown counter signs in",
    facts: ["s15.sign-counter", "s15.web-authn-answer"],
    evidence: "INFERRED",
    notes: ["Weak: WebAuthn leaves the reaction to a non-increasing counter to the relying party; what AWS does is not in the evidence.", REFUSAL_UNASSERTED],
    steps: [
      ...PASSKEY_READY,
      passkeyChallenge(),
      signWith("alicePasskey", 5),
      signedInWithPasskey(),
      passkeyChallenge(),
      signWith("alicePasskey", 5),
      inferred("WebAuthn Level 2 §7.2 step 21: a counter that did not grow signals a cloned authenticator", answerPasskey(NO_TOKENS), ["s15.sign-counter"]),
      passkeyChallenge(),
      signWith("alicePasskey", 6),
      signedInWithPasskey(),
    ],
  }),
  signInScenario({
    id: "first-factor-not-allowed",
    operation: "InitiateAuth",
    rule: "allowed-first-auth-factors",
    title: "a user with a verified email on a password-only pool: USER_AUTH offers no EMAIL_OTP, and an ANSWER of EMAIL_OTP gets no challenge",
    facts: ["s15.factor-not-allowed", "s15.allowed-first-factors", "s15.available-challenges", "s15.select-challenge-answers", "s15.user-auth-gates", "s12.2.attribute-update"],
    evidence: "INFERRED",
    steps: [
      allowFactors(["PASSWORD"]),
      citing(["s12.2.attribute-update"], ok("AdminUpdateUserAttributes", { ...POOL, Username: "{{username}}", UserAttributes: [{ Name: "email", Value: "conformance-passkeys@example.com" }, { Name: "email_verified", Value: "true" }] })),
      USER_AUTH_CLIENT,
      inferred(
        "AvailableChallenges holds the factors the user is eligible for, within the pool's policy",
        ok(
          "InitiateAuth",
          { AuthFlow: "USER_AUTH", ClientId: "{{userAuthClientId}}", AuthParameters: { USERNAME: "{{username}}" } },
          { body: { ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: { $not: { $contains: "EMAIL_OTP" } } } },
          { selectSession: "Session" },
        ),
        ["s15.factor-not-allowed", "s15.available-challenges"],
      ),
      inferred(
        "a factor the pool does not allow cannot be chosen (the refusal's type and text are UNKNOWN)",
        call("RespondToAuthChallenge", { ChallengeName: "SELECT_CHALLENGE", ClientId: "{{userAuthClientId}}", Session: "{{selectSession}}", ChallengeResponses: { USERNAME: "{{username}}", ANSWER: "EMAIL_OTP" } }, { status: 400, bodyAbsent: ["ChallengeName", "AuthenticationResult"] }),
        ["s15.factor-not-allowed"],
      ),
    ],
  }),
  signInScenario({
    id: "web-authn-with-mfa-on",
    operation: "UpdateUserPool",
    rule: "web-authn-with-mfa",
    title: "adding WEB_AUTHN to the first factors of a pool whose MFA is ON (passkeys single factor): InvalidParameterException with AWS's text",
    facts: ["s15.web-authn-with-mfa"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      citing(["s15.web-authn-with-mfa"], ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } })),
      citing(
        ["s15.web-authn-with-mfa"],
        refused("UpdateUserPool", { ...POOL, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } } }, "InvalidParameterException", {
          message: { equals: "WEB_AUTHN cannot be used as an auth factor when MFA is enabled if not configured for MFA." },
        }),
      ),
    ],
  }),
  signInScenario({
    id: "mfa-on-with-web-authn",
    operation: "SetUserPoolMfaConfig",
    rule: "web-authn-with-mfa",
    title: "MFA ON on a pool that allows WEB_AUTHN, passkeys single factor: InvalidParameterException with AWS's text; with MULTI_FACTOR_WITH_USER_VERIFICATION: accepted",
    facts: ["s15.mfa-config-with-web-authn"],
    evidence: "CONFIRMED",
    fixtures: ["pool"],
    steps: [
      // The measured pool allowed WEB_AUTHN first (go-to-k/cdkd#2064), so this update is part of the measurement.
      citing(["s15.mfa-config-with-web-authn"], ok("UpdateUserPool", { ...POOL, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } } })),
      citing(
        ["s15.mfa-config-with-web-authn"],
        refused("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }, "InvalidParameterException", {
          message: { equals: "Cannot set WebAuthn factor configuration to SINGLE_FACTOR if MFA is required and WebAuthn is an allowed first auth factor" },
        }),
      ),
      citing(
        ["s15.mfa-config-with-web-authn"],
        ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true }, WebAuthnConfiguration: { RelyingPartyId: RP_ID, FactorConfiguration: "MULTI_FACTOR_WITH_USER_VERIFICATION" } }, { body: { MfaConfiguration: "ON" } }),
      ),
    ],
  }),
  signInScenario({
    id: "passwordless-on-lite",
    operation: "UpdateUserPool",
    member: "UserPoolTier",
    rule: "passwordless-tier",
    title: "a pool allowing EMAIL_OTP cannot move to LITE: FeatureUnavailableInTierException, and the pool keeps its tier",
    facts: ["s15.passwordless-tier", "s15.allowed-first-factors"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: ["The feature's name in AWS's message is UNKNOWN: the message is not asserted."],
    steps: [
      allowFactors(["PASSWORD", "EMAIL_OTP"]),
      inferred("passwordless sign-in needs Essentials or Plus (DOC); the model lists this exception for UpdateUserPool", refused("UpdateUserPool", { ...POOL, UserPoolTier: "LITE" }, "FeatureUnavailableInTierException"), ["s15.passwordless-tier"]),
      citing(["s15.passwordless-tier"], ok("DescribeUserPool", POOL, { body: { UserPool: { UserPoolTier: { $ne: "LITE" } } } })),
    ],
  }),
];
