// USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH: the answers of §9 for the right and a wrong password, unknown
// and unconfirmed users, the app client's rules (ExplicitAuthFlows, SECRET_HASH, PreventUserExistenceErrors) and
// the lockout after repeated failures. Each runs on a fresh pool with a CONFIRMED user (suites/fixtures/sign-in.ts).
import type { Case } from "../../harness/case.ts";
import { citing, ok, refused } from "./build.ts";
import { adminPasswordAuth, passwordAuth, POOL, SIGNED_IN, signInScenario } from "./sign-in-steps.ts";

const WRONG = "{{password}}-not";
const incorrect = { message: { equals: "Incorrect username or password." } };

export const signInPasswordCases: Case[] = [
  signInScenario({
    id: "user-password-auth",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "user-password-auth",
    title: "USER_PASSWORD_AUTH with the right password answers tokens: ChallengeParameters {}, Bearer, 3600 s, no ChallengeName or Session",
    facts: ["s9.success", "s9.flows"],
    evidence: "DOC",
    steps: [ok("InitiateAuth", passwordAuth(), SIGNED_IN)],
  }),
  signInScenario({
    id: "admin-user-password-auth",
    operation: "AdminInitiateAuth",
    member: "AuthFlow",
    rule: "admin-user-password-auth",
    title: "ADMIN_USER_PASSWORD_AUTH (SigV4) with the right password answers tokens in the same shape",
    facts: ["s9.success", "s9.flows"],
    evidence: "DOC",
    steps: [ok("AdminInitiateAuth", adminPasswordAuth(), SIGNED_IN)],
  }),
  signInScenario({
    id: "wrong-password",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "wrong-password",
    title: "a wrong password is refused with NotAuthorizedException `Incorrect username or password.`, on both entry points",
    facts: ["s9.wrong-password", "s1.error-shape"],
    evidence: "CONFIRMED",
    steps: [
      citing(["s9.wrong-password", "s1.error-shape"], refused("InitiateAuth", passwordAuth({ password: WRONG }), "NotAuthorizedException", { ...incorrect, headers: { "x-amzn-errortype": "NotAuthorizedException:" } })),
      citing(["s9.wrong-password"], refused("AdminInitiateAuth", adminPasswordAuth({ password: WRONG }), "NotAuthorizedException", incorrect)),
      // the right password still works: the refusals were about the password
      citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN)),
    ],
  }),
  signInScenario({
    id: "unknown-user-legacy",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "unknown-user",
    title: "an unknown user on a client with PreventUserExistenceErrors LEGACY (the API default) is UserNotFoundException `User does not exist.`",
    facts: ["s9.unknown-user-legacy"],
    evidence: "CONFIRMED",
    steps: [
      citing(["s9.unknown-user-legacy"], refused("InitiateAuth", passwordAuth({ username: "nobody-here@example.com" }), "UserNotFoundException", { message: { equals: "User does not exist." } })),
      citing(["s9.unknown-user-legacy"], refused("AdminInitiateAuth", adminPasswordAuth({ username: "nobody-here@example.com" }), "UserNotFoundException", { message: { equals: "User does not exist." } })),
    ],
  }),
  signInScenario({
    id: "unknown-user-enabled",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "prevent-user-existence-errors",
    title: "with PreventUserExistenceErrors ENABLED an unknown user gets the wrong-password answer",
    facts: ["s9.unknown-user-enabled"],
    evidence: "CONFIRMED",
    steps: [
      ok(
        "CreateUserPoolClient",
        { ...POOL, ClientName: "hides-users", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], PreventUserExistenceErrors: "ENABLED" },
        {},
        { hidingClientId: "UserPoolClient.ClientId" },
      ),
      citing(["s9.unknown-user-enabled"], refused("InitiateAuth", passwordAuth({ client: "{{hidingClientId}}", username: "nobody-here@example.com" }), "NotAuthorizedException", incorrect)),
      citing(["s9.wrong-password"], refused("InitiateAuth", passwordAuth({ client: "{{hidingClientId}}", password: WRONG }), "NotAuthorizedException", incorrect)),
    ],
  }),
  signInScenario({
    id: "flow-not-enabled",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "explicit-auth-flows",
    title: "USER_PASSWORD_AUTH on a client created without ExplicitAuthFlows (SRP, refresh and custom only) is refused",
    facts: ["s9.flow-not-enabled", "s9.admin-flow-not-enabled", "s9.client-default-flows"],
    evidence: "DOC",
    fixtures: ["pool", "client", "user", "password"],
    steps: [
      refused("InitiateAuth", passwordAuth({ client: "{{clientId}}" }), "InvalidParameterException", { message: { equals: "USER_PASSWORD_AUTH flow not enabled for this client" } }),
      refused("AdminInitiateAuth", adminPasswordAuth({ client: "{{clientId}}" }), "InvalidParameterException", { message: { equals: "Auth flow not enabled for this client" } }),
    ],
  }),
  signInScenario({
    id: "flow-wrong-entry",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "flow-entry-point",
    title: "ADMIN_USER_PASSWORD_AUTH sent to InitiateAuth is InvalidParameterException `Initiate Auth method not supported.`",
    facts: ["s9.flow-wrong-entry"],
    evidence: "CONFIRMED",
    steps: [refused("InitiateAuth", { ...passwordAuth(), AuthFlow: "ADMIN_USER_PASSWORD_AUTH" }, "InvalidParameterException", { message: { equals: "Initiate Auth method not supported." } })],
  }),
  signInScenario({
    id: "secret-hash",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "secret-hash",
    title: "a client with a secret: no SECRET_HASH and a wrong one are refused with §9's texts; Base64(HMAC-SHA256(secret, username+clientId)) signs in",
    facts: ["s9.secret-hash-missing", "s9.secret-hash-wrong", "s9.secret-hash-formula", "s9.success"],
    evidence: "DOC",
    fixtures: ["pool", "user", "password", "secretClient"],
    steps: [
      refused("InitiateAuth", passwordAuth({ client: "{{secretClientId}}" }), "NotAuthorizedException", {
        message: { equals: "Client {{secretClientId}} is configured with secret but SECRET_HASH was not received" },
      }),
      refused("InitiateAuth", passwordAuth({ client: "{{secretClientId}}", extra: { SECRET_HASH: "bm90IHRoZSBoYXNo" } }), "NotAuthorizedException", {
        message: { equals: "Unable to verify secret hash for client {{secretClientId}}" },
      }),
      refused("AdminInitiateAuth", adminPasswordAuth({ client: "{{secretClientId}}", extra: { SECRET_HASH: "bm90IHRoZSBoYXNo" } }), "NotAuthorizedException", {
        message: { equals: "Unable to verify secret hash for client {{secretClientId}}" },
      }),
      ok("InitiateAuth", passwordAuth({ client: "{{secretClientId}}", extra: { SECRET_HASH: "{{secretHash}}" } }), SIGNED_IN),
      ok("AdminInitiateAuth", adminPasswordAuth({ client: "{{secretClientId}}", extra: { SECRET_HASH: "{{secretHash}}" } }), SIGNED_IN),
    ],
  }),
  signInScenario({
    id: "unconfirmed-user",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "user-not-confirmed",
    title: "a signed-up, unconfirmed user is UserNotConfirmedException `User is not confirmed.`, with the right password and with a wrong one",
    facts: ["s9.unconfirmed", "s9.user-lifecycle"],
    evidence: "DOC",
    fixtures: ["pool", "signInClient"],
    steps: [
      ok("SignUp", { ClientId: "{{signInClientId}}", Username: "signed-up@example.com", Password: "Sign3d-up-pass!" }, { body: { UserConfirmed: false, UserSub: { $pattern: "." } } }),
      refused("InitiateAuth", passwordAuth({ username: "signed-up@example.com", password: "Sign3d-up-pass!" }), "UserNotConfirmedException", { message: { equals: "User is not confirmed." } }),
      refused("InitiateAuth", passwordAuth({ username: "signed-up@example.com", password: "Wr0ng-pass!" }), "UserNotConfirmedException", { message: { equals: "User is not confirmed." } }),
    ],
  }),
  signInScenario({
    id: "lockout",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "lockout",
    title: "after five wrong passwords in a row the next attempt is NotAuthorizedException `Password attempts exceeded`",
    facts: ["s9.lockout", "s9.lockout-timing", "s9.wrong-password"],
    evidence: "DOC",
    notes: ["DOC: the lock lasts 1 s after the fifth failure and doubles; the sixth attempt follows at once, inside it."],
    steps: [
      ...[1, 2, 3, 4].map(() => refused("InitiateAuth", passwordAuth({ password: WRONG }), "NotAuthorizedException", incorrect)),
      refused("InitiateAuth", passwordAuth({ password: WRONG }), "NotAuthorizedException"),
      refused("InitiateAuth", passwordAuth({ password: WRONG }), "NotAuthorizedException", { message: { equals: "Password attempts exceeded" } }),
    ],
  }),
];
