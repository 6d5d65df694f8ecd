// AWS's three trigger errors on every operation that runs a trigger (aws-behavior.md §14.3; the model lists them,
// s14.lambda-errors-listed): a function that throws (UserLambdaValidationException `<Trigger> failed with error
// <message>.`), one that answers something other than the event (InvalidLambdaResponseException `Unrecognizable
// lambda output`), and a function that is not there (UnexpectedLambdaException `<Trigger> invocation failed due to
// error AccessDeniedException.`). The first two need a target that runs the conformance functions; the third names a
// function nobody deployed, so it runs on every target, live AWS included.
import type { Case, Step } from "../../harness/case.ts";
import type { FactId } from "../../evidence/facts.ts";
import { REFUSAL } from "../../fixtures/conformance-triggers.ts";
import { citing, control, inferred, ok, refused, scenario } from "./build.ts";
import { adminPasswordAuth, passwordAuth, POOL, SIGNED_IN, SIGNED_UP, saveTokens } from "./sign-in-steps.ts";
import { failedText, FN, triggerScenario, withTriggers } from "./trigger-steps.ts";

/** A function name no target runs: the deleted-function case (CONFIRMED s14.invoke-denied). */
const MISSING = "conformance-not-deployed";
const NEW_NAME = "conformance-trigger-errors";
const CLIENT = "{{signInClientId}}";

const verifiedEmail = citing(["s12.attribute-updates"], ok("AdminUpdateUserAttributes", { ...POOL, Username: "{{username}}", UserAttributes: [{ Name: "email", Value: "conformance-user@example.com" }, { Name: "email_verified", Value: "true" }] }));
const signIn = citing(["s9.success"], ok("InitiateAuth", passwordAuth(), SIGNED_IN, saveTokens()));
const signUp = citing(["s9.user-lifecycle"], ok("SignUp", { ClientId: CLIENT, Username: NEW_NAME, Password: "{{password}}", UserAttributes: [{ Name: "email", Value: "conformance-new@example.com" }] }));
const code = (username: string, purpose: string): Step =>
  citing(["mock.control-api"], control("outbox", { userPoolId: "{{userPoolId}}", username, kind: "code" }, { body: { codes: { $contains: { purpose } } } }, { code: "codes.0.code" }));
const customClient = citing(["s14.custom-auth-entry"], ok("CreateUserPoolClient", { ...POOL, ClientName: "conformance-custom", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }, {}, { customClientId: "UserPoolClient.ClientId" }));
const customStart = (admin: boolean) =>
  citing(["s14.custom-auth-round"], ok(admin ? "AdminInitiateAuth" : "InitiateAuth", { ...(admin && POOL), AuthFlow: "CUSTOM_AUTH", ClientId: "{{customClientId}}", AuthParameters: { USERNAME: "{{username}}" } }, { body: { ChallengeName: "CUSTOM_CHALLENGE" } }, { session: "Session" }));
const customAnswer = (admin: boolean) => ({ ...(admin && POOL), ClientId: "{{customClientId}}", ChallengeName: "CUSTOM_CHALLENGE", Session: "{{session}}", ChallengeResponses: { USERNAME: "{{username}}", ANSWER: "anything" } });
const CHALLENGES = { DefineAuthChallenge: FN.define, CreateAuthChallenge: FN.create };

type Kind = "throws" | "garbage" | "missing";

/** One operation and the trigger it runs: steps before the pool names the function, the pool's extras, the call. */
interface Entry {
  operation: string;
  trigger: string;
  /** The LambdaConfig members beyond the one under test (the custom flow's other functions). */
  others?: Record<string, string>;
  pool?: Record<string, unknown>;
  before?: Step[];
  /** Steps after the function is named and before the call (the custom flow's start). */
  between?: Step[];
  body: unknown;
  /** Kinds another scenario already covers on this operation. */
  skip?: Kind[];
  control?: boolean;
}

const AUTO_EMAIL = { AutoVerifiedAttributes: ["email"] };
const ENTRIES: Entry[] = [
  { operation: "SignUp", trigger: "PreSignUp", body: { ClientId: CLIENT, Username: NEW_NAME, Password: "{{password}}" }, skip: ["throws", "garbage"] },
  { operation: "AdminCreateUser", trigger: "PreSignUp", body: { ...POOL, Username: NEW_NAME, MessageAction: "SUPPRESS" } },
  { operation: "InitiateAuth", trigger: "PreAuthentication", body: passwordAuth(), skip: ["throws"] },
  { operation: "AdminInitiateAuth", trigger: "PreAuthentication", body: adminPasswordAuth() },
  { operation: "AdminConfirmSignUp", trigger: "PostConfirmation", before: [signUp], body: { ...POOL, Username: NEW_NAME } },
  { operation: "ConfirmSignUp", trigger: "PostConfirmation", pool: AUTO_EMAIL, before: [], between: [signUp, code(NEW_NAME, "SignUp")], body: { ClientId: CLIENT, Username: NEW_NAME, ConfirmationCode: "{{code}}" }, control: true },
  { operation: "ConfirmForgotPassword", trigger: "PostConfirmation", before: [verifiedEmail, inferred("ForgotPassword sends its code to a verified email (without one it is refused, CONFIRMED)", ok("ForgotPassword", { ClientId: CLIENT, Username: "{{username}}" }), ["s12.reset-no-verified-contact"]), code("{{username}}", "ForgotPassword")], body: { ClientId: CLIENT, Username: "{{username}}", ConfirmationCode: "{{code}}", Password: "{{newPassword}}" }, skip: ["throws"], control: true },
  { operation: "ForgotPassword", trigger: "CustomMessage", before: [verifiedEmail], body: { ClientId: CLIENT, Username: "{{username}}" }, skip: ["throws"] },
  { operation: "AdminResetUserPassword", trigger: "CustomMessage", before: [verifiedEmail], body: { ...POOL, Username: "{{username}}" } },
  { operation: "ResendConfirmationCode", trigger: "CustomMessage", pool: AUTO_EMAIL, before: [signUp], body: { ClientId: CLIENT, Username: NEW_NAME } },
  { operation: "AdminUpdateUserAttributes", trigger: "CustomMessage", pool: AUTO_EMAIL, body: { ...POOL, Username: "{{username}}", UserAttributes: [{ Name: "email", Value: "conformance-changed@example.com" }] } },
  { operation: "UpdateUserAttributes", trigger: "CustomMessage", pool: AUTO_EMAIL, before: [signIn], body: { AccessToken: "{{accessToken}}", UserAttributes: [{ Name: "email", Value: "conformance-changed@example.com" }] }, skip: ["throws"] },
  { operation: "GetUserAttributeVerificationCode", trigger: "CustomMessage", before: [verifiedEmail, signIn], body: { AccessToken: "{{accessToken}}", AttributeName: "email" } },
  { operation: "GetTokensFromRefreshToken", trigger: "PreTokenGeneration", before: [signIn], body: { ClientId: CLIENT, RefreshToken: "{{refreshToken}}" } },
  { operation: "RespondToAuthChallenge", trigger: "VerifyAuthChallengeResponse", others: CHALLENGES, before: [customClient], between: [customStart(false)], body: customAnswer(false), skip: ["throws"] },
  { operation: "AdminRespondToAuthChallenge", trigger: "VerifyAuthChallengeResponse", others: CHALLENGES, before: [customClient], between: [customStart(true)], body: customAnswer(true) },
];

const FUNCTION_OF: Record<Kind, string> = { throws: FN.refuse, garbage: FN.garbage, missing: MISSING };
const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();

function expectation(kind: Kind, trigger: string): { facts: FactId[]; step: Step["expect"] } {
  switch (kind) {
    case "throws":
      return { facts: ["s14.trigger-failed"], step: { status: 400, errorType: "UserLambdaValidationException", message: { equals: failedText(trigger, REFUSAL) } } };
    case "garbage":
      return { facts: ["s14.unrecognizable-output"], step: { status: 400, errorType: "InvalidLambdaResponseException", message: { equals: "Unrecognizable lambda output" } } };
    case "missing":
      return { facts: ["s14.invoke-denied"], step: { status: 400, errorType: "UnexpectedLambdaException", message: { equals: `${trigger} invocation failed due to error AccessDeniedException.` } } };
  }
}

const TITLE: Record<Kind, string> = {
  throws: "a function that throws: UserLambdaValidationException `<Trigger> failed with error <message>.`",
  garbage: "a function answering something other than the event: InvalidLambdaResponseException `Unrecognizable lambda output`",
  missing: "a function nobody deployed: UnexpectedLambdaException `<Trigger> invocation failed due to error AccessDeniedException.`",
};

function errorCase(entry: Entry, kind: Kind): Case {
  const { facts, step } = expectation(kind, entry.trigger);
  const cited: FactId[] = [...facts, "s14.lambda-errors-listed", "s14.lambda-config"];
  const input = {
    id: `${kebab(entry.trigger)}-${kind}`,
    operation: entry.operation,
    member: `LambdaConfig.${entry.trigger}`,
    rule: `trigger-${kind}`,
    title: `${entry.operation} running ${entry.trigger}, ${TITLE[kind]}`,
    facts: cited,
    evidence: "INFERRED" as const,
    notes: [
      "That this operation answers the error as the operations it was seen on do is INFERRED (the model lists it here).",
      ...(kind === "missing" ? ["The ARN names account 123456789012 in us-east-1; whether live AWS accepts a pool naming a function of another account is not yet measured (a refusal would fail the UpdateUserPool step, not the trigger assertion)."] : []),
    ],
    fixtures: [...SIGNED_UP, "tempUser"],
    needs: entry.control ? ["control-api"] : [],
    steps: [
      ...(entry.before ?? []),
      withTriggers({ ...entry.others, [entry.trigger]: FUNCTION_OF[kind] }, entry.pool),
      ...(entry.between ?? []),
      citing(cited, { request: refused(entry.operation, entry.body, step.errorType!).request, expect: step }),
    ],
  };
  // A missing function needs nothing deployed, so it runs on every target, unless the call only reaches its trigger
  // through the other functions of the flow (verify runs after define and create have answered).
  return kind === "missing" && !entry.others ? scenario(input) : triggerScenario(input);
}

export const triggerErrorCases: Case[] = ENTRIES.flatMap((entry) => (["throws", "garbage", "missing"] as const).filter((k) => !entry.skip?.includes(k)).map((k) => errorCase(entry, k)));
