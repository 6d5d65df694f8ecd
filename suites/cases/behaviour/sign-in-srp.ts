// USER_SRP_AUTH: the PASSWORD_VERIFIER challenge (§10) answered by the suite's own SRP client (sign-in-client.ts,
// checked against amazon-cognito-identity-js), so the server must really verify the proof: the right password
// signs in, a wrong one, a zero-padded day or a day-old TIMESTAMP does not, and SRP_A is required.
import type { FactId } from "../../evidence/facts.ts";
import type { Case } from "../../harness/case.ts";
import { ok, refused } from "./build.ts";
import { POOL, SIGNED_IN, signInScenario, srpAnswer, srpChallenge } from "./sign-in-steps.ts";

const incorrect = { message: { equals: "Incorrect username or password." } };

function refusedClaim(id: string, title: string, answer: ReturnType<typeof srpAnswer>, facts: FactId[], evidence: "CONFIRMED" | "INFERRED") {
  return signInScenario({
    id,
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses",
    rule: "password-verifier-refused",
    title,
    facts,
    evidence,
    steps: [...srpChallenge(), answer.claim, refused("RespondToAuthChallenge", answer.body, "NotAuthorizedException", incorrect)],
  });
}

const right = srpAnswer();

export const signInSrpCases: Case[] = [
  signInScenario({
    id: "user-srp-auth",
    operation: "RespondToAuthChallenge",
    member: "ChallengeName",
    rule: "password-verifier",
    title: "USER_SRP_AUTH answers PASSWORD_VERIFIER (SALT, SECRET_BLOCK, SRP_B, USERNAME, USER_ID_FOR_SRP); the client's proof of the right password gets tokens",
    facts: ["s10.password-verifier", "s10.password-verifier-answer", "s10.srp", "s9.success"],
    evidence: "INFERRED",
    notes: ["The SRP math is INFERRED (strong): three AWS-authored clients agree and work against the service."],
    steps: [...srpChallenge(), right.claim, ok("RespondToAuthChallenge", right.body, SIGNED_IN)],
  }),
  refusedClaim(
    "srp-wrong-password",
    "a PASSWORD_VERIFIER proof made with a wrong password is NotAuthorizedException `Incorrect username or password.`",
    srpAnswer({ password: "{{password}}-not" }),
    ["s9.wrong-password", "s10.srp"],
    "INFERRED",
  ),
  refusedClaim(
    "srp-padded-day",
    "a TIMESTAMP whose day of month is zero-padded (`Sun Mar 05 ...`) is refused like a wrong password",
    srpAnswer({ timestamp: "padded-day" }),
    ["s10.srp-bad-timestamp", "s9.wrong-password"],
    "INFERRED",
  ),
  refusedClaim(
    "srp-stale-timestamp",
    "a TIMESTAMP a day old is refused like a wrong password",
    srpAnswer({ timestamp: "stale" }),
    ["s10.srp-bad-timestamp", "s9.wrong-password", "s9.password-verifier-timing"],
    "INFERRED",
  ),
  signInScenario({
    id: "srp-claim-single-use",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses",
    rule: "password-verifier-replayed",
    title: "a PASSWORD_VERIFIER answer that succeeded cannot be replayed for new tokens",
    facts: ["s10.srp", "s9.session-invalid"],
    evidence: "INFERRED",
    notes: ["Refused, but AWS's answer to a replayed SECRET_BLOCK is not in the evidence: only the refusal is asserted."],
    steps: [...srpChallenge(), right.claim, ok("RespondToAuthChallenge", right.body, SIGNED_IN), refused("RespondToAuthChallenge", right.body, "NotAuthorizedException")],
  }),
  signInScenario({
    id: "missing-srp-a",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "srp-a-required",
    title: "USER_SRP_AUTH without SRP_A is InvalidParameterException `Missing required parameter SRP_A`",
    facts: ["s9.missing-srp-a"],
    evidence: "CONFIRMED",
    steps: [refused("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { USERNAME: "{{username}}" } }, "InvalidParameterException", { message: { equals: "Missing required parameter SRP_A" } })],
  }),
  signInScenario({
    id: "srp-unknown-user-enabled",
    operation: "InitiateAuth",
    member: "AuthParameters",
    rule: "prevent-user-existence-errors",
    title: "with PreventUserExistenceErrors ENABLED, USER_SRP_AUTH for an unknown user answers a simulated PASSWORD_VERIFIER with a stable salt",
    facts: ["s9.srp-fake-salt", "s10.password-verifier"],
    evidence: "DOC",
    steps: [
      ok("CreateUserPoolClient", { ...POOL, ClientName: "hides-users", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], PreventUserExistenceErrors: "ENABLED" }, {}, { hidingClientId: "UserPoolClient.ClientId" }),
      ...srpChallenge({ client: "{{hidingClientId}}", username: "nobody-here@example.com" }),
      ...srpChallenge({ client: "{{hidingClientId}}", username: "nobody-here@example.com", expect: { body: { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { SALT: { $eq: "{{SALT}}" } } } } }),
    ],
  }),
];
