// The user lifecycle around sign-in (§9): SignUp → UNCONFIRMED → a mailed code (read from the mock's outbox: a
// control step) → CONFIRMED; AdminConfirmSignUp; ForgotPassword → ConfirmForgotPassword; AdminSetUserPassword's
// two statuses; the pool's MFA configuration and a user's MFA preference as AdminGetUser shows them.
import type { Case } from "../../harness/case.ts";
import { citing, control, ok, refused } from "./build.ts";
import { passwordAuth, POOL, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const NEW_USER = "new-sign-up@example.com";
const NEW_PASSWORD = "Sign3d-up-pass!";
const signUp = ok(
  "SignUp",
  { ClientId: "{{signInClientId}}", Username: NEW_USER, Password: NEW_PASSWORD, UserAttributes: [{ Name: "email", Value: NEW_USER }] },
  { body: { UserConfirmed: false, UserSub: { $pattern: "." } } },
);
const codeOf = (purpose: string, as: string) =>
  control("outbox", { userPoolId: "{{userPoolId}}", username: NEW_USER, kind: "code" }, { body: { codes: { $contains: { purpose } } } }, { [as]: "codes.0.code" });
const VERIFY_EMAIL = { ...POOL, AutoVerifiedAttributes: ["email"] };

export const signInLifecycleCases: Case[] = [
  signInScenario({
    id: "sign-up-confirm",
    operation: "ConfirmSignUp",
    member: "ConfirmationCode",
    rule: "confirm-sign-up",
    title: "SignUp makes an UNCONFIRMED user; a wrong code is CodeMismatchException, the mailed one confirms; confirming again is refused",
    facts: ["s9.user-lifecycle", "s9.verification-code-mismatch", "s9.confirm-confirmed", "s9.success"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient"],
    steps: [
      ok("UpdateUserPool", VERIFY_EMAIL),
      signUp,
      ok("AdminGetUser", { ...POOL, Username: NEW_USER }, { body: { UserStatus: "UNCONFIRMED" } }),
      codeOf("SignUp", "signUpCode"),
      refused("ConfirmSignUp", { ClientId: "{{signInClientId}}", Username: NEW_USER, ConfirmationCode: "000000-not" }, "CodeMismatchException", {
        message: { equals: "Invalid verification code provided, please try again." },
      }),
      ok("ConfirmSignUp", { ClientId: "{{signInClientId}}", Username: NEW_USER, ConfirmationCode: "{{signUpCode}}" }, { bodyEquals: {} }),
      ok("AdminGetUser", { ...POOL, Username: NEW_USER }, { body: { UserStatus: "CONFIRMED" } }),
      refused("ConfirmSignUp", { ClientId: "{{signInClientId}}", Username: NEW_USER, ConfirmationCode: "{{signUpCode}}" }, "NotAuthorizedException", {
        message: { equals: "User cannot be confirmed. Current status is CONFIRMED" },
      }),
      ok("InitiateAuth", passwordAuth({ username: NEW_USER, password: NEW_PASSWORD }), SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "sign-up-exists",
    operation: "SignUp",
    member: "Username",
    rule: "username-exists",
    title: "SignUp with a taken username is UsernameExistsException",
    facts: ["s9.username-exists", "s9.user-lifecycle"],
    evidence: "DOC",
    notes: ["AWS says `User already exists`, or the email wording when the username is an email: the text is not asserted."],
    fixtures: ["pool", "signInClient"],
    steps: [citing(["s9.user-lifecycle"], signUp), citing(["s9.username-exists"], refused("SignUp", { ClientId: "{{signInClientId}}", Username: NEW_USER, Password: NEW_PASSWORD }, "UsernameExistsException"))],
  }),
  signInScenario({
    id: "resend-confirmation-code",
    operation: "ResendConfirmationCode",
    member: "Username",
    rule: "resend-code",
    title: "ResendConfirmationCode for an unconfirmed user answers CodeDeliveryDetails and mails a code that confirms",
    facts: ["s9.user-lifecycle"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient"],
    steps: [
      ok("UpdateUserPool", VERIFY_EMAIL),
      signUp,
      ok("ResendConfirmationCode", { ClientId: "{{signInClientId}}", Username: NEW_USER }, { body: { CodeDeliveryDetails: { DeliveryMedium: "EMAIL", AttributeName: "email" } } }),
      control("outbox", { userPoolId: "{{userPoolId}}", username: NEW_USER, kind: "code" }, { body: { codes: { $contains: { purpose: "SignUp" } } } }),
      ok("AdminConfirmSignUp", { ...POOL, Username: NEW_USER }, { bodyEquals: {} }),
      ok("AdminGetUser", { ...POOL, Username: NEW_USER }, { body: { UserStatus: "CONFIRMED" } }),
    ],
  }),
  signInScenario({
    id: "admin-confirm-sign-up",
    operation: "AdminConfirmSignUp",
    member: "Username",
    rule: "admin-confirm",
    title: "AdminConfirmSignUp confirms a signed-up user without a code; the user then signs in",
    facts: ["s9.user-lifecycle", "s9.success"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient"],
    steps: [signUp, ok("AdminConfirmSignUp", { ...POOL, Username: NEW_USER }, { bodyEquals: {} }), ok("InitiateAuth", passwordAuth({ username: NEW_USER, password: NEW_PASSWORD }), SIGNED_IN)],
  }),
  signInScenario({
    id: "forgot-password",
    operation: "ConfirmForgotPassword",
    member: "ConfirmationCode",
    rule: "reset-password",
    title: "ForgotPassword mails a code; ConfirmForgotPassword with a wrong one is CodeMismatchException, with the mailed one sets the new password",
    facts: ["s9.verification-code-mismatch", "s9.user-lifecycle", "s9.success"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient"],
    steps: [
      ok("UpdateUserPool", VERIFY_EMAIL),
      ok("AdminCreateUser", { ...POOL, Username: NEW_USER, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: NEW_USER }, { Name: "email_verified", Value: "true" }] }),
      ok("AdminSetUserPassword", { ...POOL, Username: NEW_USER, Password: NEW_PASSWORD, Permanent: true }),
      ok("ForgotPassword", { ClientId: "{{signInClientId}}", Username: NEW_USER }, { body: { CodeDeliveryDetails: { DeliveryMedium: "EMAIL" } } }),
      codeOf("ForgotPassword", "resetCode"),
      refused("ConfirmForgotPassword", { ClientId: "{{signInClientId}}", Username: NEW_USER, ConfirmationCode: "000000-not", Password: "Res3t-passw0rd!" }, "CodeMismatchException", {
        message: { equals: "Invalid verification code provided, please try again." },
      }),
      ok("ConfirmForgotPassword", { ClientId: "{{signInClientId}}", Username: NEW_USER, ConfirmationCode: "{{resetCode}}", Password: "Res3t-passw0rd!" }, { bodyEquals: {} }),
      ok("InitiateAuth", passwordAuth({ username: NEW_USER, password: "Res3t-passw0rd!" }), SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "admin-set-user-password",
    operation: "AdminSetUserPassword",
    member: "Permanent",
    rule: "password-status",
    title: "AdminSetUserPassword Permanent false makes the user FORCE_CHANGE_PASSWORD (sign-in is NEW_PASSWORD_REQUIRED), true makes it CONFIRMED",
    facts: ["s9.user-lifecycle", "s9.new-password-required"],
    evidence: "DOC",
    steps: [
      ok("AdminSetUserPassword", { ...POOL, Username: "{{username}}", Password: "Tempor4ry-set!", Permanent: false }, { bodyEquals: {} }),
      ok("AdminGetUser", { ...POOL, Username: "{{username}}" }, { body: { UserStatus: "FORCE_CHANGE_PASSWORD" } }),
      ok("InitiateAuth", passwordAuth({ password: "Tempor4ry-set!" }), { body: { ChallengeName: "NEW_PASSWORD_REQUIRED" } }),
      ok("AdminSetUserPassword", { ...POOL, Username: "{{username}}", Password: "{{password}}", Permanent: true }),
      ok("AdminGetUser", { ...POOL, Username: "{{username}}" }, { body: { UserStatus: "CONFIRMED" } }),
      ok("InitiateAuth", passwordAuth(), SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "password-policy",
    operation: "AdminSetUserPassword",
    member: "Password",
    rule: "password-policy",
    title: "a password against the pool's policy (no uppercase, digit or symbol) is InvalidPasswordException",
    facts: ["s9.password-policy"],
    evidence: "INFERRED",
    notes: ["`Password did not conform with policy: ...` is INFERRED: advisory."],
    steps: [
      refused("AdminSetUserPassword", { ...POOL, Username: "{{username}}", Password: "alllowercase", Permanent: true }, "InvalidPasswordException", {
        message: { pattern: "^Password did not conform with policy: " },
        messageStrength: "advisory",
      }),
      ok("InitiateAuth", passwordAuth(), SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "pool-mfa-config",
    operation: "GetUserPoolMfaConfig",
    member: "MfaConfiguration",
    rule: "mfa-config-echo",
    title: "SetUserPoolMfaConfig answers and GetUserPoolMfaConfig shows the configuration set; AdminGetUser shows the user CONFIRMED and enabled",
    facts: ["s9.mfa-setup", "s9.email-otp"],
    evidence: "DOC",
    steps: [
      ok("GetUserPoolMfaConfig", POOL, { body: { MfaConfiguration: "OFF" } }),
      ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }, { body: { MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } } }),
      ok("GetUserPoolMfaConfig", POOL, { body: { MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } } }),
      ok("AdminGetUser", { ...POOL, Username: "{{username}}" }, { body: { Username: "{{username}}", UserStatus: "CONFIRMED", Enabled: true } }),
    ],
  }),
];
