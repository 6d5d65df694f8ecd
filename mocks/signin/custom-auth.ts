// CUSTOM_AUTH (aws-behavior.md §14.4): rounds of define → create → (the app's answer) → verify → define, driven by
// the pool's three challenge functions; with `CHALLENGE_NAME: SRP_A` the flow starts with the built-in SRP password
// check. Each call takes or issues its session synchronously BEFORE awaiting a function, so a failing function
// leaves the session spent (CONFIRMED: "Invalid session for the user." after a trigger failed in a round), and
// everything after the last await is synchronous again. Threat protection acts once, where tokens would be issued,
// in the mode AdvancedSecurityAdditionalFlows.CustomAuthMode gives (mocks/risk/assess.ts).
import type { OperationContext } from "../context.ts";
import { findUser } from "../lookup.ts";
import { AwsError } from "../protocol/errors.ts";
import type { SessionRecord, UserRecord } from "../state.ts";
import { booleanOf, eventAttributes, hasTrigger, invokeTrigger, isObject, stringOf } from "../triggers/invoke.ts";
import { triggerErrors } from "../triggers/runtime.ts";
import { startSrp, passwordClaimCorrect } from "./challenges/password-verifier.ts";
import { checkSecretHash, hidesUsers, userNotFound, wrongPassword } from "./client-rules.ts";
import { checkNotLocked, recordFailure, recordSuccess } from "./lockout.ts";
import { checkCanSignIn } from "./password-check.ts";
import { assessEvent } from "./risk-hook.ts";
import { issueSession, takeSession } from "./sessions.ts";
import { mfaChallenge, mfaOrTokens, required, type AuthCall, type Step } from "./steps.ts";

/** One entry of define's `session`, oldest first (DOC); challengeMetadata null for built-in ones (CONFIRMED). */
interface Round {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata: string | null;
}

/** Who the flow is about: a user, or (PreventUserExistenceErrors ENABLED) a name nobody holds (userNotFound). */
interface Subject {
  username: string;
  user?: UserRecord;
}

/** CONFIRMED text, for a pool without DefineAuthChallenge. */
const notConfigured = () => new AwsError("InvalidParameterException", "Custom auth lambda trigger is not configured for the user pool.");

/** Built-in challenges define may name; Cognito issues them itself (CONFIRMED for SMS_MFA). */
const BUILT_IN_MFA = new Set(["SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP"]);

export function startCustomAuth(ctx: OperationContext, call: AuthCall): Promise<Step> {
  if (!hasTrigger(call.pool, "DefineAuthChallenge")) throw notConfigured();
  const username = required(call.params, "USERNAME");
  checkSecretHash(call.client, username, call.params.SECRET_HASH);
  const srp = call.params.CHALLENGE_NAME === "SRP_A";
  if (srp) required(call.params, "SRP_A");
  const user = findUser(call.pool, username);
  if (!user && !hidesUsers(call.client)) throw userNotFound();
  if (user) checkCanSignIn(user);
  const subject: Subject = user ? { username: user.user.Username!, user } : { username };
  const rounds: Round[] = srp ? [{ challengeName: "SRP_A", challengeResult: true, challengeMetadata: null }] : [];
  return defineRound(ctx, call, subject, rounds, false);
}

/** RespondToAuthChallenge with CUSTOM_CHALLENGE: the session is spent first, then verify and define run. */
export function answerCustomChallenge(ctx: OperationContext, call: AuthCall, sessionId: string | undefined): Promise<Step> {
  const username = required(call.params, "USERNAME");
  const session = takeSession(ctx, sessionId, {
    poolId: call.pool.pool.Id!,
    clientId: call.client.client.ClientId!,
    challenges: ["CUSTOM_CHALLENGE"],
    username: findUser(call.pool, username)?.user.Username ?? username,
  });
  const answer = required(call.params, "ANSWER");
  const subject = subjectOf(call, session);
  const rounds = roundsOf(session);
  return verify(ctx, call, subject, session, answer).then((correct) => {
    rounds.push({ challengeName: "CUSTOM_CHALLENGE", challengeResult: correct, challengeMetadata: session.data.metadata ?? null });
    return defineRound(ctx, call, subjectOf(call, session), rounds, true);
  });
}

/** The SRP continuation: PASSWORD_VERIFIER answered inside CUSTOM_AUTH goes back to define. */
export function answerCustomPassword(ctx: OperationContext, call: AuthCall, user: UserRecord | undefined, session: SessionRecord): Promise<Step> {
  if (!user || !user.credentials) throw wrongPassword();
  checkCanSignIn(user);
  checkNotLocked(user, ctx.nowMs());
  if (!passwordClaimCorrect(ctx, call, user, session)) {
    recordFailure(user, ctx.nowMs());
    throw wrongPassword();
  }
  recordSuccess(user);
  const rounds = [...roundsOf(session), { challengeName: "PASSWORD_VERIFIER", challengeResult: true, challengeMetadata: null }];
  return defineRound(ctx, call, { username: user.user.Username!, user }, rounds, true);
}

export const isCustomSession = (session: SessionRecord) => session.data.customRounds !== undefined;

function subjectOf(call: AuthCall, session: SessionRecord): Subject {
  if (session.data.phantom) return { username: session.username };
  const user = findUser(call.pool, session.username);
  // Deleted while the flow ran.
  if (!user) throw wrongPassword();
  return { username: user.user.Username!, user };
}

const roundsOf = (session: SessionRecord): Round[] => JSON.parse(session.data.customRounds ?? "[]") as Round[];

/** Request members every challenge function gets; userNotFound only when true (a real event had no such key). */
function baseRequest(subject: Subject, call: AuthCall, responding: boolean) {
  return {
    userAttributes: subject.user ? eventAttributes(subject.user) : {},
    ...(!subject.user && { userNotFound: true }),
    ...(responding && call.clientMetadata && { clientMetadata: call.clientMetadata }),
  };
}

const common = (call: AuthCall, subject: Subject) => ({ pool: call.pool, userName: subject.username, clientId: call.client.client.ClientId! });

async function defineRound(ctx: OperationContext, call: AuthCall, subject: Subject, rounds: Round[], responding: boolean): Promise<Step> {
  const response = (await invokeTrigger(ctx, {
    ...common(call, subject),
    trigger: "DefineAuthChallenge",
    triggerSource: "DefineAuthChallenge_Authentication",
    request: { ...baseRequest(subject, call, responding), session: rounds },
    response: { challengeName: null, issueTokens: false, failAuthentication: false },
  }))!;
  const issueTokens = booleanOf(response, "issueTokens");
  const fail = booleanOf(response, "failAuthentication");
  const next = stringOf(response, "challengeName");
  if (fail) throw wrongPassword(); // INFERRED text
  if (issueTokens) return issue(ctx, call, subject);
  if (next === "CUSTOM_CHALLENGE") return createRound(ctx, call, subject, rounds, responding);
  if (next === "PASSWORD_VERIFIER" && rounds.length === 1 && rounds[0]!.challengeName === "SRP_A" && call.params.SRP_A !== undefined) {
    // The built-in SRP challenge, no create call (DOC); its SECRET_BLOCK session remembers the rounds.
    return startSrp(ctx, call, { customRounds: JSON.stringify(rounds) });
  }
  if (next !== undefined && BUILT_IN_MFA.has(next) && subject.user) return mfaChallenge(ctx, call, subject.user, next as "SMS_MFA", {});
  // Neither a challenge the mock can issue nor a decision: AWS UNKNOWN, our choice.
  throw triggerErrors.unrecognizable();
}

async function createRound(ctx: OperationContext, call: AuthCall, subject: Subject, rounds: Round[], responding: boolean): Promise<Step> {
  const response = (await invokeTrigger(ctx, {
    ...common(call, subject),
    trigger: "CreateAuthChallenge",
    triggerSource: "CreateAuthChallenge_Authentication",
    request: { ...baseRequest(subject, call, responding), challengeName: "CUSTOM_CHALLENGE", session: rounds },
    response: { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
  }))!;
  const publicParameters = stringMap(response.publicChallengeParameters);
  const privateParameters = stringMap(response.privateChallengeParameters);
  const metadata = stringOf(response, "challengeMetadata");
  // From here on synchronous: the session is issued after the last await.
  const session = issueSession(ctx, call.client, {
    username: subject.username,
    challenge: "CUSTOM_CHALLENGE",
    data: {
      customRounds: JSON.stringify(rounds),
      private: JSON.stringify(privateParameters),
      ...(metadata !== undefined && { metadata }),
      ...(!subject.user && { phantom: "1" }),
    },
  });
  // ChallengeParameters carry USERNAME besides the function's (INFERRED).
  return { challenge: "CUSTOM_CHALLENGE", parameters: { ...publicParameters, USERNAME: subject.username }, session };
}

async function verify(ctx: OperationContext, call: AuthCall, subject: Subject, session: SessionRecord, answer: string): Promise<boolean> {
  const response = (await invokeTrigger(ctx, {
    ...common(call, subject),
    trigger: "VerifyAuthChallengeResponse",
    triggerSource: "VerifyAuthChallengeResponse_Authentication",
    request: { ...baseRequest(subject, call, true), privateChallengeParameters: JSON.parse(session.data.private ?? "{}") as object, challengeAnswer: answer },
    response: { answerCorrect: false },
  }))!;
  return booleanOf(response, "answerCorrect");
}

/** Where tokens would be issued: threat protection in CustomAuthMode (no compromised-credentials check, DOC). */
function issue(ctx: OperationContext, call: AuthCall, subject: Subject): Step {
  // An unknown user never gets tokens, whatever define says.
  if (!subject.user) throw wrongPassword();
  const user = subject.user;
  checkCanSignIn(user);
  const verdict = assessEvent(ctx, call, call.pool, call.client, user, { eventType: "SignIn", flow: "CUSTOM_AUTH", passwordCorrect: true });
  const eventId = verdict.event?.event.EventId;
  if (verdict.action === "mfa") return mfaOrTokens(ctx, call, user, eventId, true);
  return { grant: { pool: call.pool, client: call.client, user, ...(eventId !== undefined && { eventId }) } };
}

/** public/privateChallengeParameters: a map of strings (null or absent: empty). */
function stringMap(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value) || Object.values(value).some((v) => typeof v !== "string")) throw triggerErrors.unrecognizable();
  return value as Record<string, string>;
}
