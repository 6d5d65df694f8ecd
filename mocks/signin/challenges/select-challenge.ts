// USER_AUTH, choice-based sign-in (DOC; no wire transcript, so its shapes are UNKNOWN and the suites assert none):
// first factors PASSWORD / PASSWORD_SRP, EMAIL_OTP, SMS_OTP and WEB_AUTHN from the pool's
// SignInPolicy.AllowedFirstAuthFactors, each offered only to a user who has it (a password, a verified email or phone
// number, a passkey of the pool's RP ID), in that order (AWS's eligibility rules and order are UNKNOWN, §15.7).
// PREFERRED_CHALLENGE picks one at once; without it SELECT_CHALLENGE lists AvailableChallenges and its ANSWER picks.
// `ANSWER: "WEB_AUTHN"` always answers the WEB_AUTHN challenge (as Amplify expects); a CREDENTIAL sent with it is not
// read, since no challenge was signed yet.
import type { OperationContext } from "../../context.ts";
import { findUser } from "../../lookup.ts";
import { checkUserAuthTier, firstFactors } from "../../pools/sign-in-policy.ts";
import { AwsError } from "../../protocol/errors.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { checkSecretHash, unknownUser } from "../client-rules.ts";
import { passwordMatches } from "../credentials.ts";
import { checkCanSignIn, passwordVerdict } from "../password-check.ts";
import { userFirstFactors } from "../first-factors.ts";
import { issueSession } from "../sessions.ts";
import { mfaChallenge, required, type AuthCall, type Step } from "../steps.ts";
import { startSrp } from "./password-verifier.ts";
import { startWebAuthn } from "./web-authn.ts";

/** Marks an EMAIL_OTP session as the first factor (its answer is the sign-in's decisive step). */
export const FIRST_FACTOR = "firstFactor";

function available(call: AuthCall, user: UserRecord): string[] {
  const passwordAllowed = firstFactors(call.pool).includes("PASSWORD");
  return userFirstFactors(call.pool, user).flatMap((f) => (f !== "PASSWORD" ? [f] : passwordAllowed ? ["PASSWORD", "PASSWORD_SRP"] : []));
}

export function startUserAuth(ctx: OperationContext, call: AuthCall): Step {
  checkUserAuthTier(call.pool);
  const username = required(call.params, "USERNAME");
  checkSecretHash(call.client, username, call.params.SECRET_HASH);
  const user = findUser(call.pool, username);
  if (!user) throw unknownUser(call.client);
  const choices = available(call, user);
  const preferred = call.params.PREFERRED_CHALLENGE;
  if (preferred !== undefined && choices.includes(preferred)) return startFactor(ctx, call, user, preferred);
  const session = issueSession(ctx, call.client, { username: user.user.Username!, challenge: "SELECT_CHALLENGE", data: { available: JSON.stringify(choices) } });
  return { challenge: "SELECT_CHALLENGE", parameters: {}, session, available: choices };
}

export function answerSelectChallenge(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Step {
  const answer = required(call.params, "ANSWER");
  if (!(JSON.parse(session.data.available ?? "[]") as string[]).includes(answer)) throw new AwsError("InvalidParameterException", `Invalid challenge answer: ${answer}`);
  return startFactor(ctx, call, user, answer);
}

function startFactor(ctx: OperationContext, call: AuthCall, user: UserRecord, factor: string): Step {
  switch (factor) {
    case "PASSWORD": {
      const password = required(call.params, "PASSWORD");
      return passwordVerdict(ctx, call, user, "USER_AUTH", passwordMatches(user.credentials, password), password);
    }
    case "PASSWORD_SRP":
      return startSrp(ctx, call);
    case "WEB_AUTHN":
      return startWebAuthn(ctx, call, user);
    default:
      checkCanSignIn(user);
      return mfaChallenge(ctx, call, user, factor as "EMAIL_OTP" | "SMS_OTP", { [FIRST_FACTOR]: "1" });
  }
}
