// Context rows for the sign-in operations (issue 9): what makes an accepted boundary of InitiateAuth, the
// challenges, the lifecycle and the token operations valid, so that it reaches success on the mock. Values the
// service issues (sessions, codes, secrets, device keys) have no valid value of another length: those rows say so.
import type { Step } from "../../harness/case.ts";
import { control, ok } from "../behaviour/build.ts";
import { passwordAuth, POOL, saveTokens } from "../behaviour/sign-in-steps.ts";
import type { Row } from "./context.ts";

const SIGNED_UP = ["pool", "user", "password", "signInClient"];
const PW = passwordAuth();
const STRONG = "Aa1!conformance-pass";
/** A password of the probed length that meets the default policy (upper, lower, digit, symbol). */
const strong = (v: string) => (v.length >= 8 ? `Aa1!${v.slice(4)}` : v);
const ISSUED = (what: string) => `${what} is issued by the service: a made-up value of the boundary length is not a valid one`;
const PUBLIC_OPS = ["SignUp", "ConfirmSignUp", "ForgotPassword", "ConfirmForgotPassword", "ResendConfirmationCode"];
const FLOW_OPS = ["InitiateAuth", "AdminInitiateAuth"];
const ANSWER_OPS = ["RespondToAuthChallenge", "AdminRespondToAuthChallenge"];

const signIn = (): Step => ok("InitiateAuth", PW, {}, saveTokens());
const signUp = (username: unknown): Step => ok("SignUp", { ClientId: "{{signInClientId}}", Username: username, Password: STRONG, UserAttributes: [{ Name: "email", Value: "sign-up@example.com" }] });
/** The code the mock mailed (control API; skipped elsewhere, where the named refusal applies). */
const mailedCode = (username: unknown): Step => ({
  ...control("outbox", { userPoolId: "{{userPoolId}}", username, kind: "code" }, {}, { mailedCode: "codes.0.code" }),
  optional: "control-api",
});
const resetUser = (username: unknown): Step[] => [
  ok("AdminCreateUser", { ...POOL, Username: username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "reset@example.com" }, { Name: "email_verified", Value: "true" }] }),
  ok("AdminSetUserPassword", { ...POOL, Username: username, Password: STRONG, Permanent: true }),
];
const verifyEmail = ok("UpdateUserPool", { ...POOL, AutoVerifiedAttributes: ["email"] });
const NO_CODE = { errorType: "CodeMismatchException", reason: "the code is mailed: only the mock's outbox shows it" };
const createUser = (username: unknown): Step => ok("AdminCreateUser", { ...POOL, Username: username, MessageAction: "SUPPRESS" });

/** Each AuthFlow value in a request that is valid for it. */
function flowBody(flow: unknown): Record<string, unknown> {
  switch (flow) {
    case "USER_SRP_AUTH":
      return { AuthParameters: { USERNAME: "{{username}}", SRP_A: "abcdef0123456789" } };
    case "REFRESH_TOKEN_AUTH":
    case "REFRESH_TOKEN":
      return { AuthParameters: { REFRESH_TOKEN: "{{refreshToken}}" } };
    default:
      return {};
  }
}

/** Operations whose base context suites/cases/constraints/context.ts (issue 13) already gives. */
const COVERED_THERE = new Set(["InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge", "GetTokensFromRefreshToken", "RevokeToken", "ChangePassword"]);

const ROWS: Row[] = [
  // InitiateAuth / AdminInitiateAuth: a password sign-in of the fixture user.
  { ops: ["InitiateAuth"], path: /./, with: PW, fixtures: SIGNED_UP },
  { ops: ["AdminInitiateAuth"], path: /./, with: { ...PW, ...POOL, AuthFlow: "ADMIN_USER_PASSWORD_AUTH" }, fixtures: SIGNED_UP },
  {
    ops: ["AdminInitiateAuth"],
    path: /^ContextData\./,
    rule: /^length-/,
    unreachable: "ContextData's required IpAddress must be an address, and beside the probed member the derivation can only put stand-in strings (the mock refuses a non-address; AWS's answer is UNKNOWN, aws-behavior.md §11)",
  },
  { ops: FLOW_OPS, path: "AuthFlow", rule: /^enum-accepted-(USER_SRP_AUTH|REFRESH_TOKEN_AUTH|REFRESH_TOKEN)$/, with: flowBody, setup: () => [signIn()] },
  { ops: ["InitiateAuth"], path: "AuthFlow", rule: /(ADMIN_USER_PASSWORD_AUTH|ADMIN_NO_SRP_AUTH)$/, unreachable: "an admin flow: InitiateAuth answers `Initiate Auth method not supported.` (aws-behavior.md §9, CONFIRMED)" },
  { ops: ["AdminInitiateAuth"], path: "AuthFlow", rule: /USER_PASSWORD_AUTH$/, unreachable: "a public flow: AdminInitiateAuth answers `Initiate Auth method not supported.` (aws-behavior.md §9, CONFIRMED)" },
  { ops: ["AdminInitiateAuth"], path: "AuthFlow", rule: /ADMIN_NO_SRP_AUTH$/, unreachable: "which client setting enables the legacy ADMIN_NO_SRP_AUTH is not in the evidence (the mock answers `Auth flow not enabled for this client`)" },
  { ops: FLOW_OPS, path: "AuthFlow", rule: /CUSTOM_AUTH$/, unreachable: "CUSTOM_AUTH needs Lambda triggers (DefineAuthChallenge), which the mock does not run" },
  { ops: FLOW_OPS, path: "AuthFlow", rule: /USER_AUTH$/, unreachable: "USER_AUTH's wire behaviour is UNKNOWN (aws-behavior.md §9): no answer can be asserted as the valid one" },
  { ops: FLOW_OPS, path: /^AuthParameters\{/, unreachable: "AuthParameters is the flow's own map (USERNAME, PASSWORD, SRP_A...): an entry of the boundary length beside them names no parameter, and what AWS does with one is not in the evidence" },
  { ops: FLOW_OPS, path: "Session", rule: /./, unreachable: ISSUED("a session") },
  // A client id of the boundary length is an alias of the fixture client (default flows: SRP allowed).
  { ops: FLOW_OPS, path: "ClientId", rule: /^length-/, with: { AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME: "{{username}}", SRP_A: "abcdef0123456789" } } },
  { ops: ["AdminInitiateAuth"], path: "ClientId", rule: /^length-/, with: { ...POOL, AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME: "{{username}}", SRP_A: "abcdef0123456789" } } },

  // Challenge answers: NEW_PASSWORD_REQUIRED of the fixture's temporary-password user.
  {
    ops: ["RespondToAuthChallenge"],
    path: /./,
    with: { ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId: "{{signInClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "{{tempUsername}}", NEW_PASSWORD: "{{newPassword}}" } },
    setup: () => [ok("InitiateAuth", passwordAuth({ username: "{{tempUsername}}", password: "{{temporaryPassword}}" }), {}, { session: "Session" })],
    fixtures: ["pool", "signInClient", "tempUser"],
  },
  {
    ops: ["AdminRespondToAuthChallenge"],
    path: /./,
    with: { ...POOL, ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId: "{{signInClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "{{tempUsername}}", NEW_PASSWORD: "{{newPassword}}" } },
    setup: () => [ok("AdminInitiateAuth", { ...POOL, ...passwordAuth({ username: "{{tempUsername}}", password: "{{temporaryPassword}}" }), AuthFlow: "ADMIN_USER_PASSWORD_AUTH" }, {}, { session: "Session" })],
    fixtures: ["pool", "signInClient", "tempUser"],
  },
  { ops: ANSWER_OPS, path: "ChallengeName", rule: /^enum-accepted-(?!NEW_PASSWORD_REQUIRED$)/, unreachable: "an answer must name the challenge its session was issued for; PASSWORD_VERIFIER, SOFTWARE_TOKEN_MFA, MFA_SETUP and EMAIL_OTP have behaviour scenarios, the others need triggers, devices or passkeys not in scope" },
  { ops: ANSWER_OPS, path: /^ChallengeResponses\{/, unreachable: "ChallengeResponses is the challenge's own map (USERNAME, NEW_PASSWORD...): an entry of the boundary length beside them names no response, and what AWS does with one is not in the evidence" },
  { ops: ANSWER_OPS, path: "Session", rule: /./, unreachable: ISSUED("a session") },
  { ops: ["AdminRespondToAuthChallenge"], path: "UserPoolId", rule: /^length-/, unreachable: "the session is bound to the pool that issued it, whose id the service issued (region_ + 9 characters): an id of the boundary length names another pool" },
  { ops: ANSWER_OPS, path: "ClientId", rule: /^length-/, unreachable: "the session is bound to the client that started the sign-in, whose id the service issued (26 characters): an id of the boundary length names another client" },

  // The lifecycle: each case its own pool, since it creates or changes the user it names.
  { ops: ["SignUp"], path: /./, with: { ClientId: "{{signInClientId}}", Username: "accepted-sign-up", Password: STRONG }, fixtures: ["pool", "signInClient"], fresh: true },
  { ops: ["SignUp"], path: "Password", shape: strong },
  { ops: ["SignUp"], path: /^UserAttributes\[\]/, items: { "UserAttributes[]": () => ({ Name: "given_name", Value: "Conformance" }) } },
  { ops: ["SignUp"], path: "UserAttributes[].Name", rule: /./, unreachable: "an attribute name must be in the pool's schema: standard names are 3–18 ASCII characters, custom ones `custom:` + at most 20 (SchemaAttributeType.Name)" },
  { ops: [...PUBLIC_OPS, "GetTokensFromRefreshToken", "RevokeToken"], path: /^(SecretHash|ClientSecret)$/, rule: /./, unreachable: "a client secret (51 characters) and its SECRET_HASH (44) are issued or derived by the service: no other value is valid (§9)" },
  { ops: ["ConfirmSignUp"], path: /./, with: { ClientId: "{{signInClientId}}", Username: "accepted-confirm", ConfirmationCode: "{{mailedCode}}" }, setup: () => [verifyEmail, signUp("accepted-confirm"), mailedCode("accepted-confirm")], fixtures: ["pool", "signInClient"], refusal: NO_CODE },
  { ops: ["ConfirmSignUp"], path: "Username", with: { ClientId: "{{signInClientId}}", ConfirmationCode: "{{mailedCode}}" }, setup: (v) => [verifyEmail, signUp(v), mailedCode(v)] },
  { ops: ["ConfirmSignUp", "ConfirmForgotPassword"], path: "ConfirmationCode", rule: /./, unreachable: ISSUED("a confirmation code (six digits)") },
  { ops: ["ConfirmSignUp"], path: "Session", rule: /./, unreachable: ISSUED("a sign-up session") },
  { ops: ["ResendConfirmationCode"], path: /./, with: { ClientId: "{{signInClientId}}", Username: "accepted-resend" }, setup: () => [verifyEmail, signUp("accepted-resend")], fixtures: ["pool", "signInClient"] },
  { ops: ["ResendConfirmationCode"], path: "Username", with: { ClientId: "{{signInClientId}}" }, setup: (v) => [verifyEmail, signUp(v)] },
  { ops: ["AdminConfirmSignUp"], path: /./, with: { ...POOL, Username: "accepted-admin-confirm" }, setup: () => [signUp("accepted-admin-confirm")], fixtures: ["pool", "signInClient"] },
  { ops: ["AdminConfirmSignUp"], path: "Username", with: POOL, setup: (v) => [signUp(v)] },
  { ops: ["ForgotPassword"], path: /./, with: { ClientId: "{{signInClientId}}", Username: "accepted-reset" }, setup: () => resetUser("accepted-reset"), fixtures: ["pool", "signInClient"] },
  { ops: ["ForgotPassword"], path: "Username", with: { ClientId: "{{signInClientId}}" }, setup: (v) => resetUser(v) },
  {
    ops: ["ConfirmForgotPassword"],
    path: /./,
    with: { ClientId: "{{signInClientId}}", Username: "accepted-reset", ConfirmationCode: "{{mailedCode}}", Password: STRONG },
    setup: () => [...resetUser("accepted-reset"), ok("ForgotPassword", { ClientId: "{{signInClientId}}", Username: "accepted-reset" }), mailedCode("accepted-reset")],
    fixtures: ["pool", "signInClient"],
    refusal: NO_CODE,
  },
  { ops: ["ConfirmForgotPassword"], path: "Password", shape: strong },
  {
    ops: ["ConfirmForgotPassword"],
    path: "Username",
    with: { ClientId: "{{signInClientId}}", ConfirmationCode: "{{mailedCode}}", Password: STRONG },
    setup: (v) => [...resetUser(v), ok("ForgotPassword", { ClientId: "{{signInClientId}}", Username: v }), mailedCode(v)],
  },
  // Admin lookups of the user the request names: create it first.
  { ops: ["AdminGetUser", "AdminSetUserMFAPreference", "AdminSetUserPassword"], path: "Username", setup: (v) => [createUser(v)] },
  { ops: ["AdminSetUserPassword"], path: /./, with: { Password: STRONG } },
  { ops: ["AdminSetUserPassword"], path: "Password", shape: strong },

  // Operations authorized by the access token: a sign-in first.
  { ops: ["ChangePassword"], path: /./, with: { AccessToken: "{{accessToken}}", PreviousPassword: "{{password}}", ProposedPassword: STRONG }, setup: () => [signIn()], fixtures: SIGNED_UP },
  { ops: ["ChangePassword"], path: "ProposedPassword", shape: strong },
  {
    ops: ["ChangePassword"],
    path: "PreviousPassword",
    shape: strong,
    with: { AccessToken: "{{accessToken}}", ProposedPassword: STRONG },
    setup: (v) => [ok("AdminSetUserPassword", { ...POOL, Username: "{{username}}", Password: v, Permanent: true }), ok("InitiateAuth", passwordAuth({ password: v as string }), {}, saveTokens())],
  },
  { ops: ["AssociateSoftwareToken", "VerifySoftwareToken"], path: "Session", rule: /./, unreachable: ISSUED("an MFA_SETUP session") },
  { ops: ["VerifySoftwareToken"], path: "UserCode", rule: /./, unreachable: "a valid code is the current TOTP code: six digits computed from the secret, no other length or form" },
  {
    ops: ["VerifySoftwareToken"],
    path: "FriendlyDeviceName",
    with: { AccessToken: "{{accessToken}}", UserCode: "{{totpCode}}" },
    setup: () => [
      ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
      signIn(),
      ok("AssociateSoftwareToken", { AccessToken: "{{accessToken}}" }, {}, { totpSecret: "SecretCode" }),
      { compute: { fn: "totp", args: { secret: "{{totpSecret}}" } }, request: { headers: {} }, expect: {} },
    ],
    fixtures: SIGNED_UP,
  },
  // Refresh tokens belong to the client that got them.
  { ops: ["GetTokensFromRefreshToken"], path: /./, with: { ClientId: "{{signInClientId}}", RefreshToken: "{{refreshToken}}" }, setup: () => [signIn()], fixtures: SIGNED_UP },
  { ops: ["GetTokensFromRefreshToken", "RevokeToken"], path: "ClientId", rule: /^length-/, unreachable: "a refresh token belongs to the client that got it, whose id the service issued (26 characters): an id of the boundary length names another client" },
  { ops: ["GetTokensFromRefreshToken"], path: "DeviceKey", rule: /./, unreachable: ISSUED("a device key (device tracking is not emulated)") },
];

/** Every row but the base context (`path: /./`) of the operations context.ts already gives one (it would override theirs). */
export const SIGN_IN_ROWS: Row[] = ROWS.filter((row) => !(row.path instanceof RegExp && row.path.source === "." && row.ops?.some((op) => COVERED_THERE.has(op))));
