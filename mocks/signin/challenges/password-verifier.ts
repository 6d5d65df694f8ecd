// USER_SRP_AUTH: InitiateAuth answers PASSWORD_VERIFIER with SALT, SECRET_BLOCK, SRP_B, USERNAME, USER_ID_FOR_SRP
// and no Session (CONFIRMED); the answer's PASSWORD_CLAIM_SIGNATURE is verified for real (aws-behavior.md §10).
// SECRET_BLOCK is our session string: the state behind it holds b and B, single use, expiring.
// An unknown user under PreventUserExistenceErrors ENABLED gets a simulated challenge with a stable fake salt (DOC).
import type { OperationContext } from "../../context.ts";
import { findUser } from "../../lookup.ts";
import { AwsError } from "../../protocol/errors.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { checkSecretHash, hidesUsers, userNotFound, wrongPassword } from "../client-rules.ts";
import { userIdForSrp } from "../credentials.ts";
import { passwordVerdict } from "../password-check.ts";
import { issueSession } from "../sessions.ts";
import { acceptableA, decoyVerifier, poolNameOf, serverChallenge, verifyPasswordClaim } from "../srp/index.ts";
import { required, type AuthCall, type Step } from "../steps.ts";

/** `extra`: more session data (CUSTOM_AUTH's rounds, when the custom flow starts with SRP). */
export function startSrp(ctx: OperationContext, call: AuthCall, extra: Record<string, string> = {}): Step {
  const username = required(call.params, "USERNAME");
  const AHex = required(call.params, "SRP_A");
  checkSecretHash(call.client, username, call.params.SECRET_HASH);
  // Text UNKNOWN (A ≡ 0 mod N would let anyone pass: SRP-6a's safeguard).
  if (!acceptableA(AHex)) throw new AwsError("InvalidParameterException", "Invalid SRP_A");
  const user = findUser(call.pool, username);
  if (!user && !hidesUsers(call.client)) throw userNotFound();
  const name = user ? user.user.Username! : username;
  // The decoy's key: fixed per pool, so the same unknown name gets the same salt on every attempt (DOC: stable).
  const { saltHex, verifierHex } = user?.credentials ?? decoyVerifier(poolNameOf(call.pool.pool.Id!), username, `decoy:${call.pool.pool.Id}:${call.pool.pool.CreationDate}`);
  const { bHex, BHex } = serverChallenge(verifierHex);
  const data: Record<string, string> = { ...extra, bHex, BHex, AHex, ...(user ? {} : { phantom: "1" }), ...(name !== username && { alias: username }) };
  const secretBlock = issueSession(ctx, call.client, { username: name, challenge: "PASSWORD_VERIFIER", data });
  return {
    challenge: "PASSWORD_VERIFIER",
    parameters: { SALT: saltHex, SECRET_BLOCK: secretBlock, SRP_B: BHex, USERNAME: name, USER_ID_FOR_SRP: user ? userIdForSrp(user) : username },
  };
}

/** The answer; `session` came from PASSWORD_CLAIM_SECRET_BLOCK. */
export function answerPasswordVerifier(ctx: OperationContext, call: AuthCall, user: UserRecord | undefined, session: SessionRecord): Step {
  if (!user || session.data.phantom || !user.credentials) throw wrongPassword();
  return passwordVerdict(ctx, call, user, "USER_SRP_AUTH", passwordClaimCorrect(ctx, call, user, session));
}

/** Whether the answer's PASSWORD_CLAIM_SIGNATURE proves the password (the user has credentials). */
export function passwordClaimCorrect(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): boolean {
  if (session.data.phantom || !user.credentials) return false;
  const p = call.params;
  return verifyPasswordClaim({
    poolName: poolNameOf(call.pool.pool.Id!),
    userIdForSrp: userIdForSrp(user),
    saltHex: user.credentials.saltHex,
    verifierHex: user.credentials.verifierHex,
    bHex: session.data.bHex!,
    BHex: session.data.BHex!,
    AHex: session.data.AHex!,
    secretBlockB64: required(p, "PASSWORD_CLAIM_SECRET_BLOCK"),
    timestamp: required(p, "TIMESTAMP"),
    signatureB64: required(p, "PASSWORD_CLAIM_SIGNATURE"),
    nowMs: ctx.nowMs(),
  });
}
