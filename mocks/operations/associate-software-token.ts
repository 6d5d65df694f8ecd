// AssociateSoftwareToken: a new TOTP secret (base32), for the signed-in user (AccessToken) or during MFA_SETUP
// (Session, answered with a new session). DOC.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import { authorize } from "../signin/access.ts";
import { associateForUser, PENDING_SECRET } from "../signin/mfa-settings.ts";
import { continueSession, takeSession } from "../signin/sessions.ts";
import { newTotpSecret } from "../signin/totp.ts";

type Output = OutputOf<"AssociateSoftwareToken">;

export function associateSoftwareToken(input: InputOf<"AssociateSoftwareToken">, ctx: OperationContext): Output | Promise<Output> {
  if (input.AccessToken !== undefined) {
    return authorize(ctx, input.AccessToken).then(({ user }) => {
      const secret = newTotpSecret();
      associateForUser(user, secret);
      return { SecretCode: secret };
    });
  }
  // Neither member: our wording (AWS UNKNOWN).
  if (input.Session === undefined) throw new AwsError("InvalidParameterException", "Either AccessToken or Session must be given.");
  const session = takeSession(ctx, input.Session, { challenges: ["MFA_SETUP"] });
  const secret = newTotpSecret();
  return { SecretCode: secret, Session: continueSession(ctx, session, { ...session.data, [PENDING_SECRET]: secret }) };
}
