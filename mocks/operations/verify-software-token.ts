// VerifySoftwareToken: a code of the associated secret proves it (DOC); by AccessToken it registers the secret,
// by MFA_SETUP Session it lets the sign-in finish (a new session).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import { authorize } from "../signin/access.ts";
import { verifyForSession, verifyForUser } from "../signin/mfa-settings.ts";
import { continueSession, takeSession } from "../signin/sessions.ts";

type Output = OutputOf<"VerifySoftwareToken">;

export function verifySoftwareToken(input: InputOf<"VerifySoftwareToken">, ctx: OperationContext): Output | Promise<Output> {
  if (input.AccessToken !== undefined) return authorize(ctx, input.AccessToken).then(({ user }) => verifyForUser(ctx, user, input.UserCode));
  if (input.Session === undefined) throw new AwsError("InvalidParameterException", "Either AccessToken or Session must be given.");
  const session = takeSession(ctx, input.Session, { challenges: ["MFA_SETUP"] });
  return { Status: "SUCCESS", Session: continueSession(ctx, session, verifyForSession(ctx, session, input.UserCode)) };
}
