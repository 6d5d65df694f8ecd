// The flow engine: the one path every sign-in takes (docs/sign-in.md). InitiateAuth / AdminInitiateAuth start a
// flow, RespondToAuthChallenge / AdminRespondToAuthChallenge answer a challenge; each ends in another challenge or
// in tokens. Every state change happens synchronously; only minting (and refresh-token opening) awaits.
import type { OperationContext } from "../context.ts";
import { findUser } from "../lookup.ts";
import { AwsError, isAwsError } from "../protocol/errors.ts";
import type { UserRecord } from "../state.ts";
import type { RefreshClaims } from "../tokens/index.ts";
import { CHALLENGES } from "./challenges/index.ts";
import { beforeSignIn, wantsSignInTriggers } from "../triggers/authentication.ts";
import { answerCustomChallenge, answerCustomPassword, isCustomSession, startCustomAuth } from "./custom-auth.ts";
import { answerDeviceChallenge, DEVICE_CHALLENGES } from "./challenges/device-srp.ts";
import { answerPasswordVerifier, startSrp } from "./challenges/password-verifier.ts";
import { startUserAuth } from "./challenges/select-challenge.ts";
import { checkFlowAllowed, checkSecretHash, unknownUser, type AuthFlow } from "./client-rules.ts";
import { passwordMatches } from "./credentials.ts";
import { checkRefreshDevice, deviceStep } from "./devices.ts";
import { grantTokens, refreshTokens, type AuthenticationResult } from "./issue.ts";
import { passwordVerdict } from "./password-check.ts";
import { sessionErrors, takeSession } from "./sessions.ts";
import { required, type AuthCall, type Step } from "./steps.ts";

export interface AuthAnswer {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: AuthenticationResult;
  AvailableChallenges?: string[];
}

export function startAuth(ctx: OperationContext, call: AuthCall, flow: AuthFlow): AuthAnswer | Promise<AuthAnswer> {
  checkFlowAllowed(call.client, flow, call.admin);
  switch (flow) {
    case "USER_PASSWORD_AUTH":
    case "ADMIN_USER_PASSWORD_AUTH":
    case "ADMIN_NO_SRP_AUTH": {
      const passwordFlowName = flow === "USER_PASSWORD_AUTH" ? flow : "ADMIN_USER_PASSWORD_AUTH";
      const run = (): AuthAnswer | Promise<AuthAnswer> => finish(ctx, call, passwordFlow(ctx, call, passwordFlowName));
      return wantsSignInTriggers(call, passwordFlowName) ? beforeSignIn<AuthAnswer>(ctx, call, passwordFlowName, run) : run();
    }
    case "USER_SRP_AUTH": {
      const run = (): AuthAnswer | Promise<AuthAnswer> => finish(ctx, call, startSrp(ctx, call));
      return wantsSignInTriggers(call, flow) ? beforeSignIn<AuthAnswer>(ctx, call, flow, run) : run();
    }
    case "REFRESH_TOKEN_AUTH":
    case "REFRESH_TOKEN":
      return refreshFlow(ctx, call);
    case "CUSTOM_AUTH":
      return startCustomAuth(ctx, call).then((step) => finish(ctx, call, step));
    case "USER_AUTH":
      return finish(ctx, call, startUserAuth(ctx, call));
  }
}

function passwordFlow(ctx: OperationContext, call: AuthCall, flow: "USER_PASSWORD_AUTH" | "ADMIN_USER_PASSWORD_AUTH"): Step {
  const username = required(call.params, "USERNAME");
  const password = required(call.params, "PASSWORD");
  checkSecretHash(call.client, username, call.params.SECRET_HASH);
  const user = findUser(call.pool, username);
  if (!user) throw unknownUser(call.client);
  return passwordVerdict(ctx, call, user, flow, passwordMatches(user.credentials, password), password);
}

/** REFRESH_TOKEN_AUTH: new ID and access tokens, the same refresh token (DOC); SECRET_HASH names the user. */
function refreshFlow(ctx: OperationContext, call: AuthCall): Promise<AuthAnswer> {
  const token = required(call.params, "REFRESH_TOKEN");
  const check = (user: UserRecord, claims: RefreshClaims) => {
    checkSecretHash(call.client, call.params.USERNAME ?? user.user.Username!, call.params.SECRET_HASH);
    checkRefreshDevice(call.pool, user, claims, call.params.DEVICE_KEY);
  };
  return refreshTokens(ctx, call.pool, call.client, token, check, false).then((result) => ({ ChallengeParameters: {}, AuthenticationResult: result }));
}

/** RespondToAuthChallenge / AdminRespondToAuthChallenge. */
export function answerChallenge(ctx: OperationContext, call: AuthCall, name: string, sessionId: string | undefined): AuthAnswer | Promise<AuthAnswer> {
  const username = required(call.params, "USERNAME");
  checkSecretHash(call.client, username, call.params.SECRET_HASH);
  if (name === "CUSTOM_CHALLENGE") return answerCustomChallenge(ctx, call, sessionId).then((step) => finish(ctx, call, step));
  if (DEVICE_CHALLENGES.has(name)) return finish(ctx, call, answerDeviceChallenge(ctx, call, name, sessionId));
  const verifier = name === "PASSWORD_VERIFIER";
  const handler = verifier ? undefined : CHALLENGES[name];
  // Challenges the mock never issues: no session of theirs can exist.
  if (!verifier && !handler) throw sessionErrors.invalid();
  const session = takeSession(ctx, verifier ? call.params.PASSWORD_CLAIM_SECRET_BLOCK : sessionId, {
    poolId: call.pool.pool.Id!,
    clientId: call.client.client.ClientId!,
    challenges: [name],
    // The answer may name the user by an alias (email in a pool that signs in with it): compare the users.
    username: findUser(call.pool, username)?.user.Username ?? username,
  });
  const user: UserRecord | undefined = findUser(call.pool, session.username);
  if (verifier && isCustomSession(session)) return answerCustomPassword(ctx, call, user, session).then((step) => finish(ctx, call, step));
  if (verifier) return finish(ctx, call, answerPasswordVerifier(ctx, call, user, session));
  if (!user) throw sessionErrors.invalid();
  try {
    return finish(ctx, call, handler!(ctx, call, user, session));
  } catch (e) {
    // An answer refused for its form (a missing parameter, a password the policy refuses) leaves the session usable,
    // as apps let the user retry (INFERRED); a wrong code or password spends it.
    if (isAwsError(e) && RETRYABLE.has(e.type)) ctx.state.sessions.set(sessionId!, session);
    throw e;
  }
}

const RETRYABLE = new Set(["InvalidParameterException", "InvalidPasswordException"]);

/**
 * A challenge answers at once; tokens are minted (asynchronously, after every state change). Device tracking sees
 * every step that would end in tokens first: it may ask for the device's proof instead (mocks/signin/devices.ts).
 */
function finish(ctx: OperationContext, call: AuthCall, settled: Step | Promise<Step>): AuthAnswer | Promise<AuthAnswer> {
  if (settled instanceof Promise) return settled.then((s) => finish(ctx, call, s));
  const step = deviceStep(ctx, call, settled);
  if ("grant" in step) return grantTokens(ctx, step.grant).then((result) => ({ ChallengeParameters: {}, AuthenticationResult: result }));
  return {
    ChallengeName: step.challenge,
    ...(step.session !== undefined && { Session: step.session }),
    ChallengeParameters: step.parameters,
    ...(step.available !== undefined && { AvailableChallenges: step.available }),
  };
}
