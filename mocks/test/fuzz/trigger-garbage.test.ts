// A trigger that throws, hangs or answers garbage never breaks the mock or leaks state (issue 20): seeded
// fast-check over every trigger of the pool's LambdaConfig, each run a fresh in-process mock whose function for the
// chosen trigger misbehaves in a generated way (throws any value, never settles, answers any value, answers the
// event with any `response`, or with garbage in the trigger's own response members, or keeps the event and scribbles
// on it after answering). The operation that runs it must answer 200 or one of AWS's typed 400s (never a 500 nor an
// internal error), the state must keep its invariants, and nothing the function does to its event afterwards may
// reach the state.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { createMockCore } from "../../core.ts";
import type { TriggerFunctions, TriggerName } from "../../triggers/runtime.ts";
import { customAuthFunctions } from "../trigger-functions.ts";
import { JSON_CONTENT_TYPE, SIGNED } from "./request-arbitrary.ts";
import { DISPATCH_RUNS, fuzzParameters } from "./runs.ts";
import { stateViolations } from "./state-invariants.ts";

const PASSWORD = "Corr3ct-horse!";
const ARN = (name: string) => `arn:aws:lambda:us-east-1:111122223333:function:${name}`;
/** Each run builds a mock; a tenth of the dispatcher's count per operation is plenty per trigger. */
const RUNS = Math.max(40, Math.floor(DISPATCH_RUNS / 10));

/** The errors a misbehaving function may cost a caller (§14.3), and the refusals its flow may end in. */
const ALLOWED = new Set([
  "UserLambdaValidationException",
  "UnexpectedLambdaException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "UserNotFoundException",
  "PasswordResetRequiredException",
  "AliasExistsException",
]);

/** The response members each trigger reads, where garbage is most likely to hurt. */
const MEMBERS: Record<string, string[]> = {
  PreSignUp: ["autoConfirmUser", "autoVerifyEmail", "autoVerifyPhone"],
  PreTokenGeneration: ["claimsOverrideDetails", "claimsAndScopeOverrideDetails"],
  UserMigration: ["userAttributes", "finalUserStatus", "messageAction", "desiredDeliveryMediums", "forceAliasCreation", "enableSMSMFA"],
  CustomMessage: ["smsMessage", "emailMessage", "emailSubject"],
  DefineAuthChallenge: ["challengeName", "issueTokens", "failAuthentication"],
  CreateAuthChallenge: ["publicChallengeParameters", "privateChallengeParameters", "challengeMetadata"],
  VerifyAuthChallengeResponse: ["answerCorrect"],
};

type Misbehaviour =
  | { kind: "throw"; value: unknown }
  | { kind: "hang" }
  | { kind: "answer"; value: unknown }
  | { kind: "response"; value: unknown }
  | { kind: "members"; value: Record<string, unknown> }
  | { kind: "scribble"; value: unknown };

const misbehaviour = (trigger: string): fc.Arbitrary<Misbehaviour> =>
  fc.oneof(
    fc.record({ kind: fc.constant("throw" as const), value: fc.anything() }),
    fc.constant({ kind: "hang" as const }),
    fc.record({ kind: fc.constant("answer" as const), value: fc.anything() }),
    fc.record({ kind: fc.constant("response" as const), value: fc.anything() }),
    fc.record({ kind: fc.constant("members" as const), value: fc.dictionary(fc.constantFrom(...(MEMBERS[trigger] ?? ["x"])), fc.oneof(fc.jsonValue(), fc.anything())) }),
    fc.record({ kind: fc.constant("scribble" as const), value: fc.jsonValue() }),
  );

/** Kept events, scribbled on after the run (the `scribble` misbehaviour). */
let kept: any[] = [];

function handlerOf(m: Misbehaviour) {
  return (event: any): unknown => {
    switch (m.kind) {
      case "throw":
        throw m.value;
      case "hang":
        return new Promise(() => {});
      case "answer":
        return m.value;
      case "response":
        return { ...event, response: m.value };
      case "members":
        return { ...event, response: { ...event.response, ...m.value } };
      case "scribble":
        kept.push(event);
        return event;
    }
  };
}

/** The trigger under test and the flow that runs it (each trigger's invoking operation, §14.2). */
const TRIGGERS: { trigger: TriggerName; lambda: (bad: string) => object; pool?: object; flow: (s: Sender) => Promise<void> }[] = [
  { trigger: "PreSignUp", lambda: (bad) => ({ PreSignUp: ARN(bad) }), flow: (s) => s.signUp() },
  { trigger: "PostConfirmation", lambda: (bad) => ({ PostConfirmation: ARN(bad) }), flow: async (s) => (await s.signUp(), await s.call("AdminConfirmSignUp", { UserPoolId: s.poolId, Username: "newcomer" })) },
  { trigger: "PreAuthentication", lambda: (bad) => ({ PreAuthentication: ARN(bad) }), flow: (s) => s.signIn("steady") },
  { trigger: "PostAuthentication", lambda: (bad) => ({ PostAuthentication: ARN(bad) }), flow: (s) => s.signIn("steady") },
  { trigger: "PreTokenGeneration", lambda: (bad) => ({ PreTokenGeneration: ARN(bad) }), flow: (s) => s.signIn("steady") },
  { trigger: "PreTokenGeneration", lambda: (bad) => ({ PreTokenGenerationConfig: { LambdaVersion: "V2_0", LambdaArn: ARN(bad) } }), flow: (s) => s.signIn("steady") },
  { trigger: "UserMigration", lambda: (bad) => ({ UserMigration: ARN(bad) }), flow: async (s) => (await s.signIn("ghost"), await s.call("ForgotPassword", { ClientId: s.clientId, Username: "phantom" })) },
  { trigger: "CustomMessage", lambda: (bad) => ({ CustomMessage: ARN(bad) }), pool: { AutoVerifiedAttributes: ["email"] }, flow: (s) => s.signUp() },
  { trigger: "CustomEmailSender", lambda: (bad) => ({ CustomEmailSender: { LambdaVersion: "V1_0", LambdaArn: ARN(bad) }, KMSKeyID: "arn:aws:kms:us-east-1:111122223333:key/fuzz" }), pool: { AutoVerifiedAttributes: ["email"] }, flow: (s) => s.signUp() },
  ...(["DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallengeResponse"] as const).map((trigger) => ({
    trigger,
    lambda: (bad: string) => ({ DefineAuthChallenge: ARN(trigger === "DefineAuthChallenge" ? bad : "define"), CreateAuthChallenge: ARN(trigger === "CreateAuthChallenge" ? bad : "create"), VerifyAuthChallengeResponse: ARN(trigger === "VerifyAuthChallengeResponse" ? bad : "verify") }),
    flow: (s: Sender) => s.customAuth(),
  })),
];

interface Sender {
  poolId: string;
  clientId: string;
  call(operation: OperationName, input: unknown): Promise<any>;
  signUp(): Promise<void>;
  signIn(username: string): Promise<void>;
  customAuth(): Promise<void>;
}

async function world(functions: TriggerFunctions, lambda: object, pool: object = {}) {
  const internal: unknown[] = [];
  const mock = createMockCore({ seed: 20, region: "us-east-1", triggers: functions, triggerTimeoutMs: 5, onInternalError: (e) => void internal.push(e) });
  const answers: { operation: string; status: number; type?: string }[] = [];
  const raw = async (operation: OperationName, input: unknown) => {
    const response = await mock.dispatch({ method: "POST", url: "http://127.0.0.1/", headers: { "content-type": JSON_CONTENT_TYPE, "x-amz-target": OPERATIONS[operation].target, authorization: SIGNED }, body: JSON.stringify(input) });
    return { status: response.status, body: JSON.parse(response.body || "{}") };
  };
  const setup = async (operation: OperationName, input: unknown) => {
    const answer = await raw(operation, input);
    if (answer.status !== 200) throw new Error(`${operation} failed during setup: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const poolId = (await setup("CreateUserPool", { PoolName: "fuzz-triggers", ...pool })).UserPool.Id as string;
  const flows = ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
  const clientId = (await setup("CreateUserPoolClient", { UserPoolId: poolId, ClientName: "fuzz", ExplicitAuthFlows: flows })).UserPoolClient.ClientId as string;
  await setup("AdminCreateUser", { UserPoolId: poolId, Username: "steady", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "steady@example.com" }] });
  await setup("AdminSetUserPassword", { UserPoolId: poolId, Username: "steady", Password: PASSWORD, Permanent: true });
  // The functions come in last, so that the setup itself runs none.
  await setup("UpdateUserPool", { UserPoolId: poolId, LambdaConfig: lambda, ...pool });
  const call = async (operation: OperationName, input: unknown) => {
    const answer = await raw(operation, input);
    answers.push({ operation, status: answer.status, ...(answer.body.__type && { type: answer.body.__type }) });
    return answer.body;
  };
  const sender: Sender = {
    poolId,
    clientId,
    call,
    signUp: async () => void (await call("SignUp", { ClientId: clientId, Username: "newcomer", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "newcomer@example.com" }] })),
    signIn: async (username) => void (await call("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD } })),
    customAuth: async () => {
      const start = await call("InitiateAuth", { AuthFlow: "CUSTOM_AUTH", ClientId: clientId, AuthParameters: { USERNAME: "steady" } });
      if (start.Session) await call("RespondToAuthChallenge", { ClientId: clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "steady", ANSWER: "swordfish" } });
    },
  };
  return { mock, sender, answers, internal };
}

describe("a misbehaving trigger never breaks the mock or leaks state", () => {
  for (const entry of TRIGGERS) {
    const label = `${entry.trigger}${"PreTokenGenerationConfig" in entry.lambda("x") ? " V2_0" : ""}`;
    test(label, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(misbehaviour(entry.trigger), async (m) => {
          kept = [];
          const functions: TriggerFunctions = { ...customAuthFunctions(), bad: handlerOf(m) };
          const w = await world(functions, entry.lambda("bad"), entry.pool);
          await entry.flow(w.sender);
          for (const a of w.answers) {
            expect(a.status === 200 || (a.status === 400 && ALLOWED.has(a.type ?? "")), `${a.operation} answered ${a.status} ${a.type}`).toBe(true);
          }
          expect(w.internal).toEqual([]);
          expect(stateViolations(w.mock.state)).toEqual([]);
          // A failed custom flow leaves no challenge session behind.
          if (w.answers.some((a) => a.status !== 200 && a.operation === "RespondToAuthChallenge")) {
            expect([...w.mock.state.sessions.values()].filter((s) => s.challenge === "CUSTOM_CHALLENGE")).toHaveLength(0);
          }
          // What the function does to its event afterwards never reaches the state.
          const stored = () => JSON.stringify({ users: [...w.mock.state.pools.values()].map((p) => [...p.users.values()]), codes: w.mock.state.codes, sessions: [...w.mock.state.sessions.values()] });
          const before = stored();
          for (const event of kept) scribble(event, m.kind === "scribble" ? m.value : null);
          expect(stored()).toBe(before);
        }),
        fuzzParameters(RUNS),
      );
    });
  }
});

/** Overwrites every member of the kept event, recursively, with `value`. */
function scribble(target: any, value: unknown): void {
  if (target === null || typeof target !== "object") return;
  for (const key of Object.keys(target)) {
    scribble(target[key], value);
    target[key] = value;
  }
}
