// Passkey registration's refusals (aws-behavior.md §15.8–§15.11): what a signed-in user meets without an
// authenticator. Every WebAuthn* message is UNKNOWN, so only `__type` is asserted. Where the order of AWS's checks
// decides the answer (a credential checked before the challenge?), the step is INFERRED with its why; where the
// trigger itself is UNKNOWN (when WebAuthnNotEnabledException fires), the case is UNKNOWN and never asserted on AWS.
// Accepted registrations need a real authenticator: mocks/test/signin-passkey-browser.test.ts (chromium).
import type { Case, Step } from "../../harness/case.ts";
import type { FactId } from "../../evidence/facts.ts";
import { citing, inferred, ok, refused } from "./build.ts";
import { passwordAuth, POOL, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const RP_ID = "passkeys.conformance.example.com";
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
];
