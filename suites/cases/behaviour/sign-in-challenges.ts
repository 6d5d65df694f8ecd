// The challenges of §9: NEW_PASSWORD_REQUIRED for users with a temporary password, sessions (single use, bound
// to their pool), SOFTWARE_TOKEN_MFA after a TOTP set-up with the access token, MFA_SETUP, and EMAIL_OTP, whose
// code only the mock's outbox can show (a control step: PRECONDITION_FAILED on AWS and foreign emulators).
import type { Case, Step } from "../../harness/case.ts";
import { citing, control, createPool, inferred, ok, refused } from "./build.ts";
import { compute, passwordAuth, POOL, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const SESSION = { $pattern: "^AYABe" };
const sessionInvalid = { message: { equals: "Invalid session for the user." } };

/** NEW_PASSWORD_REQUIRED for the fixture's temporary-password user, its Session saved as {{session}}. */
export const newPasswordChallenge = (client = "{{signInClientId}}"): Step =>
  ok(
    "InitiateAuth",
    passwordAuth({ client, username: "{{tempUsername}}", password: "{{temporaryPassword}}" }),
    { body: { ChallengeName: "NEW_PASSWORD_REQUIRED", Session: SESSION, ChallengeParameters: { USER_ID_FOR_SRP: { $pattern: "." }, requiredAttributes: "[]" } }, bodyAbsent: ["AuthenticationResult", "ChallengeParameters.USERNAME"] },
    { session: "Session" },
  );

export const newPasswordAnswer = (client = "{{signInClientId}}") => ({
  ChallengeName: "NEW_PASSWORD_REQUIRED",
  ClientId: client,
  Session: "{{session}}",
  ChallengeResponses: { USERNAME: "{{tempUsername}}", NEW_PASSWORD: "{{newPassword}}" },
});

/** TOTP on for the pool (MFA OPTIONAL), then set up and preferred by the signed-in fixture user. */
const totpSetUp: Step[] = [
  // Set-up: the echo of SetUserPoolMfaConfig and the SecretCode's form are cases of their own (software-token-mfa).
  ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
  citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens())),
  ok("AssociateSoftwareToken", { AccessToken: "{{accessToken}}" }, {}, { totpSecret: "SecretCode" }),
  compute("totp", { secret: "{{totpSecret}}" }),
  citing(["s9.mfa-setup"], ok("VerifySoftwareToken", { AccessToken: "{{accessToken}}", UserCode: "{{totpCode}}" }, { body: { Status: "SUCCESS" } })),
  ok("SetUserMFAPreference", { AccessToken: "{{accessToken}}", SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
];

const totpChallenge = citing(
  ["s9.software-token-mfa", "s9.session-shape"],
  ok("InitiateAuth", passwordAuth(), { body: { ChallengeName: "SOFTWARE_TOKEN_MFA", Session: SESSION }, bodyAbsent: ["AuthenticationResult"] }, { session: "Session" }),
);
const totpAnswer = (code: string) => ({
  ChallengeName: "SOFTWARE_TOKEN_MFA",
  ClientId: "{{signInClientId}}",
  Session: "{{session}}",
  ChallengeResponses: { USERNAME: "{{username}}", SOFTWARE_TOKEN_MFA_CODE: code },
});

export const signInChallengeCases: Case[] = [
  signInScenario({
    id: "new-password-required",
    operation: "RespondToAuthChallenge",
    member: "ChallengeName",
    rule: "new-password-required",
    title: "a temporary-password user gets NEW_PASSWORD_REQUIRED (Session AYABe…, USER_ID_FOR_SRP, no USERNAME); the new password gets tokens and CONFIRMED",
    facts: ["s9.new-password-required", "s9.new-password-answer", "s9.user-lifecycle", "s9.success"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient", "tempUser"],
    steps: [
      citing(["s9.user-lifecycle"], ok("AdminGetUser", { ...POOL, Username: "{{tempUsername}}" }, { body: { UserStatus: "FORCE_CHANGE_PASSWORD" } })),
      citing(["s9.new-password-required", "s9.session-shape"], newPasswordChallenge()),
      citing(["s9.new-password-answer", "s9.success"], ok("RespondToAuthChallenge", newPasswordAnswer(), SIGNED_IN)),
      citing(["s9.user-lifecycle"], ok("AdminGetUser", { ...POOL, Username: "{{tempUsername}}" }, { body: { Username: "{{tempUsername}}", UserStatus: "CONFIRMED" } })),
      citing(["s9.success"], ok("InitiateAuth", passwordAuth({ username: "{{tempUsername}}", password: "{{newPassword}}" }), SIGNED_IN)),
    ],
  }),
  signInScenario({
    id: "admin-new-password-required",
    operation: "AdminRespondToAuthChallenge",
    member: "ChallengeName",
    rule: "new-password-required",
    title: "the same challenge through AdminInitiateAuth and AdminRespondToAuthChallenge",
    facts: ["s9.new-password-required", "s9.new-password-answer", "s9.success"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient", "tempUser"],
    steps: [
      citing(
        ["s9.new-password-required", "s9.session-shape"],
        ok(
          "AdminInitiateAuth",
          { ...POOL, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { USERNAME: "{{tempUsername}}", PASSWORD: "{{temporaryPassword}}" } },
          { body: { ChallengeName: "NEW_PASSWORD_REQUIRED", Session: SESSION } },
          { session: "Session" },
        ),
      ),
      citing(["s9.new-password-answer", "s9.success"], ok("AdminRespondToAuthChallenge", { ...POOL, ...newPasswordAnswer() }, SIGNED_IN)),
    ],
  }),
  signInScenario({
    id: "session-single-use",
    operation: "RespondToAuthChallenge",
    member: "Session",
    rule: "session-single-use",
    title: "a session that was answered cannot be answered again: `Invalid session for the user.`",
    facts: ["s9.session-invalid", "s9.new-password-answer"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient", "tempUser"],
    steps: [
      citing(["s9.new-password-required", "s9.session-shape"], newPasswordChallenge()),
      citing(["s9.new-password-answer", "s9.success"], ok("RespondToAuthChallenge", newPasswordAnswer(), SIGNED_IN)),
      citing(["s9.session-invalid"], refused("RespondToAuthChallenge", newPasswordAnswer(), "NotAuthorizedException", sessionInvalid)),
    ],
  }),
  signInScenario({
    id: "session-forged",
    operation: "RespondToAuthChallenge",
    member: "Session",
    rule: "session-forged",
    title: "a session string the service never issued (AWS's prefix, random rest) is `Invalid session for the user.`; the genuine session still answers (INFERRED)",
    facts: ["s9.session-invalid", "s9.session-shape"],
    evidence: "INFERRED",
    fixtures: ["pool", "signInClient", "tempUser"],
    steps: [
      citing(["s9.new-password-required", "s9.session-shape"], newPasswordChallenge()),
      citing(["s9.session-invalid"], refused("RespondToAuthChallenge", { ...newPasswordAnswer(), Session: `AYABeA${"Zm9yZ2VkLXNlc3Npb24t".repeat(12)}` }, "NotAuthorizedException", sessionInvalid)),
      inferred(
        "no fact says a forgery leaves the genuine session alone; sessions are opaque strings (s9.session-shape), so one the service never issued names no session of this user, and only an answered session is spent (s9.session-invalid: reused)",
        ok("RespondToAuthChallenge", newPasswordAnswer(), SIGNED_IN),
        ["s9.session-shape", "s9.new-password-answer"],
      ),
    ],
  }),
  signInScenario({
    id: "session-other-client",
    operation: "RespondToAuthChallenge",
    member: "Session",
    rule: "session-bound",
    title: "a session answered through another pool's app client is refused, NotAuthorizedException (INFERRED; `Invalid session for the user.` advisory)",
    facts: ["s9.session-invalid"],
    evidence: "INFERRED",
    fixtures: ["pool", "signInClient", "tempUser"],
    steps: [
      createPool("other-pool"),
      ok("CreateUserPoolClient", { UserPoolId: "{{otherPoolId}}", ClientName: "other", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, {}, { otherClientId: "UserPoolClient.ClientId" }),
      citing(["s9.new-password-required", "s9.session-shape"], newPasswordChallenge()),
      inferred(
        "s9.session-invalid gives the answer to a bad session, but no fact says a session is bound to its pool's client; the other pool has no such user or challenge, so its client cannot take the session",
        refused("RespondToAuthChallenge", newPasswordAnswer("{{otherClientId}}"), "NotAuthorizedException", sessionInvalid),
        ["s9.session-invalid"],
      ),
    ],
  }),
  signInScenario({
    id: "software-token-mfa",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses",
    rule: "software-token-mfa",
    title: "TOTP set up with the access token (AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference); the next sign-in is SOFTWARE_TOKEN_MFA and the code gets tokens",
    facts: ["s9.software-token-mfa", "s9.totp-secret", "s9.mfa-setup", "s9.success", "s9.session-shape"],
    evidence: "INFERRED",
    steps: [
      ...totpSetUp.slice(0, 2),
      citing(["s9.totp-secret"], ok("AssociateSoftwareToken", { AccessToken: "{{accessToken}}" }, { body: { SecretCode: { $pattern: "^[A-Z2-7]+=*$" } } }, { totpSecret: "SecretCode" })),
      ...totpSetUp.slice(3),
      totpChallenge,
      compute("totp", { secret: "{{totpSecret}}", offsetSteps: 1, as: "nextCode" }),
      citing(["s9.software-token-mfa", "s9.success"], ok("RespondToAuthChallenge", totpAnswer("{{nextCode}}"), SIGNED_IN)),
    ],
  }),
  signInScenario({
    id: "software-token-mfa-wrong-code",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses",
    rule: "mfa-code-mismatch",
    title: "a wrong SOFTWARE_TOKEN_MFA_CODE is CodeMismatchException `Invalid code or auth state for the user.`",
    facts: ["s9.mfa-code-mismatch", "s9.software-token-mfa"],
    evidence: "DOC",
    steps: [
      ...totpSetUp,
      totpChallenge,
      compute("wrongTotp", { secret: "{{totpSecret}}" }),
      citing(["s9.mfa-code-mismatch"], refused("RespondToAuthChallenge", totpAnswer("{{wrongCode}}"), "CodeMismatchException", { message: { equals: "Invalid code or auth state for the user." } })),
    ],
  }),
  signInScenario({
    id: "verify-software-token-wrong-code",
    operation: "VerifySoftwareToken",
    member: "UserCode",
    rule: "totp-verify-mismatch",
    title: "VerifySoftwareToken with a wrong code is EnableSoftwareTokenMFAException; enabling TOTP before a verified code is InvalidParameterException",
    facts: ["s9.totp-verify-mismatch", "s9.totp-enable-before-verify"],
    evidence: "CONFIRMED",
    steps: [
      ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
      citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens())),
      ok("AssociateSoftwareToken", { AccessToken: "{{accessToken}}" }, {}, { totpSecret: "SecretCode" }),
      citing(
        ["s9.totp-enable-before-verify"],
        refused("SetUserMFAPreference", { AccessToken: "{{accessToken}}", SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }, "InvalidParameterException", {
          message: { equals: "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA" },
        }),
      ),
      compute("wrongTotp", { secret: "{{totpSecret}}" }),
      citing(["s9.totp-verify-mismatch"], refused("VerifySoftwareToken", { AccessToken: "{{accessToken}}", UserCode: "{{wrongCode}}" }, "EnableSoftwareTokenMFAException", { message: { equals: "Code mismatch and fail enable Software Token MFA" } })),
    ],
  }),
  signInScenario({
    id: "mfa-setup",
    operation: "RespondToAuthChallenge",
    member: "ChallengeName",
    rule: "mfa-setup",
    title: "MFA required and the user has none: MFA_SETUP; AssociateSoftwareToken and VerifySoftwareToken with the Session, then MFA_SETUP gets tokens",
    facts: ["s9.mfa-setup", "s9.totp-secret", "s9.success"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: ["A pool of its own with MfaConfiguration ON (an existing pool cannot turn MFA ON, §6)."],
    steps: [
      createPool("mfa-on", { MfaConfiguration: "ON" }),
      ok("SetUserPoolMfaConfig", { UserPoolId: "{{otherPoolId}}", MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }),
      ok("CreateUserPoolClient", { UserPoolId: "{{otherPoolId}}", ClientName: "mfa", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, {}, { mfaClientId: "UserPoolClient.ClientId" }),
      ok("AdminCreateUser", { UserPoolId: "{{otherPoolId}}", Username: "mfa-user", MessageAction: "SUPPRESS" }),
      ok("AdminSetUserPassword", { UserPoolId: "{{otherPoolId}}", Username: "mfa-user", Password: "Mfa-setup-passw0rd!", Permanent: true }),
      ok(
        "InitiateAuth",
        passwordAuth({ client: "{{mfaClientId}}", username: "mfa-user", password: "Mfa-setup-passw0rd!" }),
        { body: { ChallengeName: "MFA_SETUP", Session: SESSION, ChallengeParameters: { MFAS_CAN_SETUP: { $contains: "SOFTWARE_TOKEN_MFA" } } } },
        { session: "Session" },
      ),
      ok("AssociateSoftwareToken", { Session: "{{session}}" }, { body: { SecretCode: { $pattern: "^[A-Z2-7]+=*$" }, Session: SESSION } }, { totpSecret: "SecretCode", session: "Session" }),
      compute("totp", { secret: "{{totpSecret}}" }),
      ok("VerifySoftwareToken", { Session: "{{session}}", UserCode: "{{totpCode}}" }, { body: { Status: "SUCCESS", Session: SESSION } }, { session: "Session" }),
      ok("RespondToAuthChallenge", { ChallengeName: "MFA_SETUP", ClientId: "{{mfaClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "mfa-user" } }, SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "email-otp",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses",
    rule: "email-otp",
    title: "EMAIL_OTP as the user's preferred MFA: the sign-in is challenged, the mailed code (read from the mock's outbox) gets tokens",
    facts: ["s9.email-otp", "s9.success", "s9.session-shape"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient"],
    steps: [
      ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OPTIONAL", EmailMfaConfiguration: {} }),
      ok("AdminCreateUser", { ...POOL, Username: "otp-user", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "otp-user@example.com" }, { Name: "email_verified", Value: "true" }] }),
      ok("AdminSetUserPassword", { ...POOL, Username: "otp-user", Password: "Email-otp-passw0rd!", Permanent: true }),
      ok("AdminSetUserMFAPreference", { ...POOL, Username: "otp-user", EmailMfaSettings: { Enabled: true, PreferredMfa: true } }),
      citing(["s9.email-otp", "s9.session-shape"], ok("InitiateAuth", passwordAuth({ username: "otp-user", password: "Email-otp-passw0rd!" }), { body: { ChallengeName: "EMAIL_OTP", Session: SESSION } }, { session: "Session" })),
      citing(["mock.control-api"], control("outbox", { userPoolId: "{{userPoolId}}", username: "otp-user", kind: "code" }, { body: { codes: { $contains: { purpose: "EMAIL_OTP" } } } }, { emailCode: "codes.0.code" })),
      citing(
        ["s9.email-otp", "s9.success"],
        ok("RespondToAuthChallenge", { ChallengeName: "EMAIL_OTP", ClientId: "{{signInClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "otp-user", EMAIL_OTP_CODE: "{{emailCode}}" } }, SIGNED_IN),
      ),
    ],
  }),
];
