// Not-found answers of the sign-in operations (§4, CONFIRMED texts): an unknown pool, app client or user, each in a
// request that is otherwise valid (validation comes before any lookup). One case per operation and error.
import type { Case } from "../../harness/case.ts";
import { citing, MISSING_CLIENT_ID, MISSING_POOL_ID, ok, refused } from "./build.ts";
import { passwordAuth, saveTokens, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const STRONG = "Aa1!conformance-pass";
const USER = "nobody-here@example.com";

/** Admin operations, by pool: a body naming `pool` and a user. */
const ADMIN: Record<string, (pool: string, user: string) => Record<string, unknown>> = {
  AdminConfirmSignUp: (pool, user) => ({ UserPoolId: pool, Username: user }),
  AdminGetUser: (pool, user) => ({ UserPoolId: pool, Username: user }),
  AdminSetUserPassword: (pool, user) => ({ UserPoolId: pool, Username: user, Password: STRONG, Permanent: true }),
  AdminSetUserMFAPreference: (pool, user) => ({ UserPoolId: pool, Username: user, SoftwareTokenMfaSettings: { Enabled: false } }),
  AdminInitiateAuth: (pool, user) => ({ UserPoolId: pool, ClientId: "{{signInClientId}}", AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: user, PASSWORD: STRONG } }),
};
const POOL_ONLY: Record<string, Record<string, unknown>> = {
  GetUserPoolMfaConfig: { UserPoolId: MISSING_POOL_ID },
  SetUserPoolMfaConfig: { UserPoolId: MISSING_POOL_ID, MfaConfiguration: "OFF" },
  AdminRespondToAuthChallenge: { UserPoolId: MISSING_POOL_ID, ClientId: MISSING_CLIENT_ID, ChallengeName: "NEW_PASSWORD_REQUIRED", ChallengeResponses: { USERNAME: USER, NEW_PASSWORD: STRONG }, Session: `AYABe${"A".repeat(40)}` },
};
/** Public operations, by app client: a body naming `client` and a user. */
const PUBLIC: Record<string, (client: string, user: string) => Record<string, unknown>> = {
  InitiateAuth: (client, user) => ({ ClientId: client, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: user, PASSWORD: STRONG } }),
  SignUp: (client, user) => ({ ClientId: client, Username: user, Password: STRONG }),
  ConfirmSignUp: (client, user) => ({ ClientId: client, Username: user, ConfirmationCode: "123456" }),
  ResendConfirmationCode: (client, user) => ({ ClientId: client, Username: user }),
  ForgotPassword: (client, user) => ({ ClientId: client, Username: user }),
  ConfirmForgotPassword: (client, user) => ({ ClientId: client, Username: user, ConfirmationCode: "123456", Password: STRONG }),
  RespondToAuthChallenge: (client, user) => ({ ClientId: client, ChallengeName: "NEW_PASSWORD_REQUIRED", ChallengeResponses: { USERNAME: user, NEW_PASSWORD: STRONG }, Session: `AYABe${"A".repeat(40)}` }),
  GetTokensFromRefreshToken: (client) => ({ ClientId: client, RefreshToken: "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.YQ.YQ.YQ.YQ" }),
};
/** Public operations whose unknown user a LEGACY client reports as such (SignUp creates it instead). */
const PUBLIC_USER = ["ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword", "ConfirmForgotPassword"];

export const signInNotFoundCases: Case[] = [
  ...Object.entries({ ...Object.fromEntries(Object.entries(ADMIN).map(([op, body]) => [op, body(MISSING_POOL_ID, USER)])), ...POOL_ONLY }).map(([operation, body]) =>
    signInScenario({
      id: "pool-not-found",
      operation,
      member: "UserPoolId",
      rule: "pool-not-found",
      title: `${operation} naming a pool that does not exist is ResourceNotFoundException \`User pool <id> does not exist.\``,
      facts: ["s4.pool-not-found"],
      evidence: "CONFIRMED",
      fixtures: ["pool", "signInClient"],
      steps: [refused(operation, body, "ResourceNotFoundException", { message: { equals: `User pool ${MISSING_POOL_ID} does not exist.` } })],
    }),
  ),
  ...Object.entries(PUBLIC).map(([operation, body]) =>
    signInScenario({
      id: "client-not-found",
      operation,
      member: "ClientId",
      rule: "client-not-found",
      title: `${operation} naming an app client that does not exist is ResourceNotFoundException \`User pool client <id> does not exist.\``,
      facts: ["s4.client-not-found"],
      evidence: "CONFIRMED",
      fixtures: [],
      steps: [refused(operation, body(MISSING_CLIENT_ID, USER), "ResourceNotFoundException", { message: { equals: `User pool client ${MISSING_CLIENT_ID} does not exist.` } })],
    }),
  ),
  ...Object.entries(ADMIN).map(([operation, body]) =>
    signInScenario({
      id: "user-not-found",
      operation,
      member: "Username",
      rule: "user-not-found",
      title: `${operation} naming a user the pool does not have is UserNotFoundException \`User does not exist.\``,
      facts: ["s4.user-not-found", "s9.unknown-user-legacy"],
      evidence: "CONFIRMED",
      fixtures: ["pool", "signInClient"],
      steps: [refused(operation, body("{{userPoolId}}", USER), "UserNotFoundException", { message: { equals: "User does not exist." } })],
    }),
  ),
  ...PUBLIC_USER.map((operation) =>
    signInScenario({
      id: "user-not-found",
      operation,
      member: "Username",
      rule: "user-not-found",
      title: `${operation} for a user the pool does not have, on a client with PreventUserExistenceErrors LEGACY, is UserNotFoundException`,
      facts: ["s4.user-not-found", "s9.unknown-user-legacy"],
      evidence: "INFERRED",
      notes: ["The type is what LEGACY means (§9); the text is CONFIRMED for sign-in only, so it is not asserted here."],
      fixtures: ["pool", "signInClient"],
      steps: [refused(operation, PUBLIC[operation]!("{{signInClientId}}", USER), "UserNotFoundException")],
    }),
  ),
];

const weak = { message: { pattern: "^Password did not conform with policy: " }, messageStrength: "advisory" as const };

/** The pool's password policy on the operations that set a new password, and TOTP verification before set-up. */
export const signInRefusalCases: Case[] = [
  ...["ChangePassword", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"].map((operation) =>
    signInScenario({
      id: "password-policy",
      operation,
      member: operation === "ChangePassword" ? "ProposedPassword" : "ChallengeResponses",
      rule: "password-policy",
      title: `${operation} with a new password against the pool's policy (no uppercase, digit or symbol) is InvalidPasswordException`,
      facts: ["s9.password-policy"],
      evidence: "INFERRED",
      notes: ["`Password did not conform with policy: ...` is INFERRED: advisory."],
      fixtures: ["pool", "user", "password", "signInClient", "tempUser"],
      steps:
        operation === "ChangePassword"
          ? [ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens()), refused(operation, { AccessToken: "{{accessToken}}", PreviousPassword: "{{password}}", ProposedPassword: "alllowercase" }, "InvalidPasswordException", weak)]
          : [
              operation === "RespondToAuthChallenge"
                ? ok("InitiateAuth", passwordAuth({ username: "{{tempUsername}}", password: "{{temporaryPassword}}" }), {}, { session: "Session" })
                : ok("AdminInitiateAuth", { UserPoolId: "{{userPoolId}}", ...passwordAuth({ username: "{{tempUsername}}", password: "{{temporaryPassword}}" }), AuthFlow: "ADMIN_USER_PASSWORD_AUTH" }, {}, { session: "Session" }),
              refused(
                operation,
                { ...(operation === "AdminRespondToAuthChallenge" && { UserPoolId: "{{userPoolId}}" }), ChallengeName: "NEW_PASSWORD_REQUIRED", ClientId: "{{signInClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "{{tempUsername}}", NEW_PASSWORD: "alllowercase" } },
                "InvalidPasswordException",
                weak,
              ),
            ],
    }),
  ),
  signInScenario({
    id: "totp-not-associated",
    operation: "VerifySoftwareToken",
    member: "AccessToken",
    rule: "totp-not-found",
    title: "VerifySoftwareToken before any AssociateSoftwareToken is SoftwareTokenMFANotFoundException `Software Token MFA does not exist for the user.`",
    facts: ["s9.totp-not-found"],
    evidence: "CONFIRMED",
    steps: [
      citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens())),
      citing(["s9.totp-not-found"], refused("VerifySoftwareToken", { AccessToken: "{{accessToken}}", UserCode: "123456" }, "SoftwareTokenMFANotFoundException", { message: { equals: "Software Token MFA does not exist for the user." } })),
    ],
  }),
];
