// WEB_AUTHN, USER_AUTH's passkey first factor (aws-behavior.md §15.10): CREDENTIAL_REQUEST_OPTIONS as a JSON string,
// answered with CREDENTIAL, the AuthenticationResponseJSON as a string. The assertion is verified by
// @simplewebauthn/server against the session's challenge, the pool's RP ID, an allowed origin and the stored
// credential of this user; then the counter is raised (synchronously, after verification) and tokens follow.
// AWS's errors for a bad assertion are UNKNOWN: NotAuthorizedException (INFERRED), suites assert no text.
import type { OperationContext } from "../../context.ts";
import { passkeyIsMfa } from "../../pools/sign-in-policy.ts";
import { AwsError } from "../../protocol/errors.ts";
import type { SessionRecord, UserRecord } from "../../state.ts";
import { checkCanSignIn } from "../password-check.ts";
import { newChallenge, originAllowed, originOf, relyingParty, webAuthnServer } from "../passkeys.ts";
import { challenge, required, type AuthCall, type Step } from "../steps.ts";
import { firstFactorGrant } from "./email-otp.ts";

/** The sign-in's `timeout` (INFERRED from Amplify's fixture). */
const SIGN_IN_TIMEOUT_MS = 180_000;

const refused = () => new AwsError("NotAuthorizedException", "Incorrect username or password.");

export function startWebAuthn(ctx: OperationContext, call: AuthCall, user: UserRecord): Step {
  checkCanSignIn(user);
  const pool = relyingParty(ctx, call.pool);
  // A passkey that stands for MFA (MFA ON, MULTI_FACTOR_WITH_USER_VERIFICATION) must verify the user (DOC, §15.8).
  const rp = passkeyIsMfa(call.pool) ? { ...pool, userVerification: "required" as const } : pool;
  const options = {
    hints: [],
    attestation: "none",
    attestationFormats: [],
    challenge: newChallenge(ctx),
    timeout: SIGN_IN_TIMEOUT_MS,
    rpId: rp.id,
    allowCredentials: (user.passkeys ?? []).filter((p) => p.rpId === rp.id).map((p) => ({ id: p.credentialId, type: "public-key" })),
    userVerification: rp.userVerification,
  };
  return challenge(ctx, call, user, "WEB_AUTHN", { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }, {
    challenge: options.challenge,
    rpId: rp.id,
    userVerification: rp.userVerification,
  });
}

export function answerWebAuthn(ctx: OperationContext, call: AuthCall, user: UserRecord, session: SessionRecord): Promise<Step> {
  let credential: { id?: unknown };
  try {
    credential = JSON.parse(required(call.params, "CREDENTIAL"));
  } catch (e) {
    if (e instanceof AwsError) throw e;
    throw new AwsError("InvalidParameterException", "Credential data is not valid");
  }
  const { challenge: expectedChallenge, rpId, userVerification } = session.data;
  // Only this user's passkeys of this RP ID: another user's or another RP's credential is refused here.
  const passkey = (user.passkeys ?? []).find((p) => p.credentialId === credential?.id && p.rpId === rpId);
  const origin = originOf(credential);
  if (!passkey || origin === undefined || !originAllowed(origin, rpId!)) return Promise.reject(refused());
  return webAuthnServer().then(async ({ verifyAuthenticationResponse }) => {
    let result: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
    try {
      result = await verifyAuthenticationResponse({
        response: credential as Parameters<typeof verifyAuthenticationResponse>[0]["response"],
        expectedChallenge: expectedChallenge!,
        expectedOrigin: origin,
        expectedRPID: rpId!,
        credential: { id: passkey.credentialId, publicKey: Buffer.from(passkey.publicKey, "base64url"), counter: passkey.counter },
        requireUserVerification: userVerification === "required",
      });
    } catch {
      throw refused();
    }
    if (!result.verified) throw refused();
    // Verified: the state changes now, synchronously (the library refused a counter that did not grow).
    const current = (user.passkeys ?? []).find((p) => p.credentialId === passkey.credentialId);
    if (!current) throw refused(); // deleted while this answer was being verified
    user.passkeys = user.passkeys!.map((p) => (p === current ? { ...p, counter: Math.max(p.counter, result.authenticationInfo.newCounter) } : p));
    return firstFactorGrant(ctx, call, user);
  });
}
