// Custom authentication (issue 20, aws-behavior.md §14.4): CUSTOM_AUTH driven by the conformance define / create /
// verify functions (suites/fixtures/conformance-triggers.ts: a fixed answer, three tries; create's public parameters
// show the round number and the session define saw), and threat protection on it (CustomAuthMode). Every scenario
// but the not-configured one needs a target that runs the functions (trigger-steps.ts).
import type { Case, Step } from "../../harness/case.ts";
import { CUSTOM_ANSWER, CUSTOM_TRIES } from "../../fixtures/conformance-triggers.ts";
import { citing, ok, refused } from "./build.ts";
import { compute, POOL, SIGNED_IN, signInScenario, srpAnswer } from "./sign-in-steps.ts";
import { contextData } from "./risk-sign-ins.ts";
import { FN, refusedBy, triggerScenario, withTriggers } from "./trigger-steps.ts";

const CHALLENGES = { DefineAuthChallenge: FN.define, CreateAuthChallenge: FN.create, VerifyAuthChallengeResponse: FN.verify };

/** An app client allowing CUSTOM_AUTH (and the password flows, for the contrast cases): {{customClientId}}. */
const customClient: Step = citing(
  ["s14.custom-auth-entry"],
  ok(
    "CreateUserPoolClient",
    { ...POOL, ClientName: "conformance-custom", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] },
    {},
    { customClientId: "UserPoolClient.ClientId" },
  ),
);

const start = (extra: Record<string, unknown> = {}, admin = false) => ({
  ...(admin && POOL),
  AuthFlow: "CUSTOM_AUTH",
  ClientId: "{{customClientId}}",
  AuthParameters: { USERNAME: "{{username}}" },
  ...extra,
});

/** A CUSTOM_CHALLENGE answer naming round `round` and what define saw before it; saves {{session}}. */
const challenge = (round: number, previous: string) => ({
  body: { ChallengeName: "CUSTOM_CHALLENGE", ChallengeParameters: { round: String(round), previous, USERNAME: "{{username}}" }, Session: { $pattern: "." } },
});
const answer = (ANSWER: string, extra: Record<string, unknown> = {}, admin = false) => ({
  ...(admin && POOL),
  ClientId: "{{customClientId}}",
  ChallengeName: "CUSTOM_CHALLENGE",
  Session: "{{session}}",
  ChallengeResponses: { USERNAME: "{{username}}", ANSWER },
  ...extra,
});
const SESSION = { session: "Session" };
/** A step answered with a CUSTOM_CHALLENGE round (DOC s14.custom-auth-round; USERNAME INFERRED). */
const round = (operation: string, body: unknown, n: number, previous: string): Step =>
  citing(["s14.custom-auth-round", "s14.custom-auth-username-parameter", ...(n > 1 ? (["s14.custom-auth-wrong-answer", "s14.round-results"] as const) : [])], ok(operation, body, challenge(n, previous), SESSION));
/** The answer that ends in tokens (issueTokens, DOC). */
const signedIn = (operation: string, body: unknown): Step => citing(["s14.custom-auth-decisions", "s9.success"], ok(operation, body, SIGNED_IN));
const blockList = citing(["s7.blocked-ips"], ok("SetRiskConfiguration", { ...POOL, RiskExceptionConfiguration: { BlockedIPRangeList: ["203.0.113.0/24"] } }));
const firstRound: Step[] = [withTriggers(CHALLENGES), customClient, round("InitiateAuth", start(), 1, "none")];

export const customAuthCases: Case[] = [
  signInScenario({
    id: "custom-auth-not-configured",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "custom-auth-configured",
    title: "CUSTOM_AUTH on a pool without a DefineAuthChallenge function: InvalidParameterException `Custom auth lambda trigger is not configured for the user pool.`",
    facts: ["s14.custom-auth-not-configured"],
    evidence: "CONFIRMED",
    steps: [customClient, refused("InitiateAuth", start(), "InvalidParameterException", { message: { equals: "Custom auth lambda trigger is not configured for the user pool." } })],
  }),
  triggerScenario({
    id: "custom-auth-right-answer",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses",
    rule: "custom-auth-round",
    title: "CUSTOM_AUTH: define asks for CUSTOM_CHALLENGE, create's public parameters (and USERNAME) come back with a Session; the right ANSWER ends in tokens",
    facts: ["s14.custom-auth-round", "s14.custom-auth-username-parameter", "s14.custom-auth-decisions"],
    evidence: "INFERRED",
    steps: [...firstRound, signedIn("RespondToAuthChallenge", answer(CUSTOM_ANSWER))],
  }),
  triggerScenario({
    id: "custom-auth-wrong-answer",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses.ANSWER",
    rule: "custom-auth-wrong-answer",
    title: "A wrong ANSWER starts a new round with a new Session (define saw the round's result and create's metadata); the right answer then ends in tokens",
    facts: ["s14.custom-auth-wrong-answer", "s14.round-results", "s14.custom-auth-round", "s14.custom-auth-username-parameter"],
    evidence: "INFERRED",
    steps: [
      ...firstRound,
      round("RespondToAuthChallenge", answer("wrong"), 2, "CUSTOM_CHALLENGE:false:ROUND-1"),
      signedIn("RespondToAuthChallenge", answer(CUSTOM_ANSWER)),
    ],
  }),
  triggerScenario({
    id: "custom-auth-fail-authentication",
    operation: "RespondToAuthChallenge",
    member: "ChallengeResponses.ANSWER",
    rule: "custom-auth-fail",
    title: `After ${CUSTOM_TRIES} wrong answers define answers failAuthentication: NotAuthorizedException (text INFERRED, advisory)`,
    facts: ["s14.custom-auth-decisions", "s14.custom-auth-fail-error", "s14.custom-auth-wrong-answer"],
    evidence: "INFERRED",
    steps: [
      ...firstRound,
      round("RespondToAuthChallenge", answer("wrong"), 2, "CUSTOM_CHALLENGE:false:ROUND-1"),
      round("RespondToAuthChallenge", answer("wrong"), 3, "CUSTOM_CHALLENGE:false:ROUND-1,CUSTOM_CHALLENGE:false:ROUND-2"),
      citing(["s14.custom-auth-fail-error"], refused("RespondToAuthChallenge", answer("wrong"), "NotAuthorizedException", { message: { equals: "Incorrect username or password." }, messageStrength: "advisory" })),
    ],
  }),
  triggerScenario({
    id: "custom-auth-session-spent",
    operation: "RespondToAuthChallenge",
    member: "Session",
    rule: "custom-auth-session",
    title: "A verify function that throws fails the answer (`VerifyAuthChallengeResponse failed with error <message>.`) and the round's session is dead: `Invalid session for the user.`",
    facts: ["s14.session-dead-after-failure", "s14.trigger-failed", "s14.trigger-failed-others"],
    evidence: "INFERRED",
    steps: [
      withTriggers({ ...CHALLENGES, VerifyAuthChallengeResponse: FN.refuse }),
      customClient,
      round("InitiateAuth", start(), 1, "none"),
      refusedBy("VerifyAuthChallengeResponse", "RespondToAuthChallenge", answer(CUSTOM_ANSWER)),
      citing(["s14.session-dead-after-failure"], refused("RespondToAuthChallenge", answer(CUSTOM_ANSWER), "NotAuthorizedException", { message: { equals: "Invalid session for the user." } })),
    ],
  }),
  triggerScenario({
    id: "custom-auth-define-refused",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "custom-auth-trigger-failure",
    title: "A define function that throws fails CUSTOM_AUTH with `DefineAuthChallenge failed with error <message>.`",
    facts: ["s14.trigger-failed"],
    evidence: "CONFIRMED",
    steps: [withTriggers({ ...CHALLENGES, DefineAuthChallenge: FN.refuse }), customClient, refusedBy("DefineAuthChallenge", "InitiateAuth", start())],
  }),
  triggerScenario({
    id: "custom-auth-client-flow",
    operation: "InitiateAuth",
    member: "AuthFlow",
    rule: "custom-auth-client-flow",
    title: "CUSTOM_AUTH through an app client without ALLOW_CUSTOM_AUTH: InvalidParameterException `Auth flow not enabled for this client`",
    facts: ["s14.custom-auth-entry", "s9.admin-flow-not-enabled"],
    evidence: "DOC",
    steps: [
      withTriggers(CHALLENGES),
      citing(["s9.admin-flow-not-enabled"], refused("InitiateAuth", start({ ClientId: "{{signInClientId}}" }), "InvalidParameterException", { message: { equals: "Auth flow not enabled for this client" } })),
    ],
  }),
  triggerScenario({
    id: "custom-auth-with-srp",
    operation: "RespondToAuthChallenge",
    member: "AuthParameters.CHALLENGE_NAME",
    rule: "custom-auth-srp",
    title: "CUSTOM_AUTH with CHALLENGE_NAME SRP_A: Cognito's PASSWORD_VERIFIER first; the right password leads define to CUSTOM_CHALLENGE (having seen SRP_A and PASSWORD_VERIFIER), then tokens",
    facts: ["s14.custom-auth-srp", "s14.challenge-metadata-null", "s14.custom-auth-round"],
    evidence: "DOC",
    steps: ((): Step[] => {
      const { claim, body } = srpAnswer({ client: "{{customClientId}}" });
      return [
        withTriggers(CHALLENGES),
        customClient,
        compute("srpStart"),
        citing(
          ["s14.custom-auth-srp"],
          ok(
            "InitiateAuth",
            start({ AuthParameters: { USERNAME: "{{username}}", CHALLENGE_NAME: "SRP_A", SRP_A: "{{SRP_A}}" } }),
            { body: { ChallengeName: "PASSWORD_VERIFIER" } },
            { SALT: "ChallengeParameters.SALT", SRP_B: "ChallengeParameters.SRP_B", SECRET_BLOCK: "ChallengeParameters.SECRET_BLOCK", userIdForSrp: "ChallengeParameters.USER_ID_FOR_SRP", srpSession: "Session" },
          ),
        ),
        claim,
        citing(["s14.custom-auth-srp", "s14.challenge-metadata-null", "s14.custom-auth-round"], ok("RespondToAuthChallenge", body, challenge(1, "SRP_A:true:null,PASSWORD_VERIFIER:true:null"), SESSION)),
        signedIn("RespondToAuthChallenge", answer(CUSTOM_ANSWER)),
      ];
    })(),
  }),
  // Threat protection on custom sign-ins (CustomAuthMode), from an address the suite chooses (ContextData).
  triggerScenario({
    id: "custom-auth-enforced-blocked-ip",
    operation: "AdminRespondToAuthChallenge",
    member: "UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode",
    rule: "custom-auth-threat-protection",
    title: "CustomAuthMode ENFORCED: a custom sign-in from a BlockedIPRangeList address is refused with `Request not allowed due to security reasons.`; from another address it ends in tokens",
    facts: ["s14.custom-auth-threat-protection", "s7.blocked-ips", "s11.blocked-ip-message"],
    evidence: "INFERRED",
    notes: ["Which call of the custom flow AWS refuses is UNKNOWN (s14.custom-auth-risk-unknowns); the mock refuses the call that would issue tokens, and this scenario asserts that."],
    steps: [
      withTriggers(CHALLENGES, { UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED", AdvancedSecurityAdditionalFlows: { CustomAuthMode: "ENFORCED" } } }),
      customClient,
      blockList,
      round("AdminInitiateAuth", start({ ContextData: contextData("203.0.113.20") }, true), 1, "none"),
      {
        ...refused("AdminRespondToAuthChallenge", answer(CUSTOM_ANSWER, { ContextData: contextData("203.0.113.20") }, true), "NotAuthorizedException", {
          message: { equals: "Request not allowed due to security reasons." },
        }),
        facts: ["s14.custom-auth-threat-protection", "s11.blocked-ip-message"],
        evidence: "INFERRED",
        why: "custom authentication gets adaptive authentication in ENFORCED (DOC) and a blocked address is refused with this CONFIRMED text on the other flows; that the refusal comes on the answer that would issue tokens is the mock's choice (UNKNOWN)",
      },
      round("AdminInitiateAuth", start({ ContextData: contextData("198.51.100.20") }, true), 1, "none"),
      signedIn("AdminRespondToAuthChallenge", answer(CUSTOM_ANSWER, { ContextData: contextData("198.51.100.20") }, true)),
    ],
  }),
  triggerScenario({
    id: "custom-auth-audit-blocked-ip",
    operation: "AdminRespondToAuthChallenge",
    member: "UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode",
    rule: "custom-auth-threat-protection",
    title: "CustomAuthMode AUDIT (standard sign-ins ENFORCED): a custom sign-in from a blocked address still ends in tokens; threat protection only records it",
    facts: ["s14.custom-auth-threat-protection"],
    evidence: "INFERRED",
    notes: ["AUDIT records without acting (DOC for AdvancedSecurityMode AUDIT); that the always-block list follows the custom mode is INFERRED."],
    steps: [
      withTriggers(CHALLENGES, { UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED", AdvancedSecurityAdditionalFlows: { CustomAuthMode: "AUDIT" } } }),
      customClient,
      blockList,
      round("AdminInitiateAuth", start({ ContextData: contextData("203.0.113.20") }, true), 1, "none"),
      {
        ...ok("AdminRespondToAuthChallenge", answer(CUSTOM_ANSWER, { ContextData: contextData("203.0.113.20") }, true), SIGNED_IN),
        facts: ["s14.custom-auth-threat-protection"],
        evidence: "INFERRED",
        why: "CustomAuthMode decides for custom sign-ins apart from standard ones (DOC); AUDIT observes and never refuses",
      },
    ],
  }),
];
