// CompleteWebAuthnRegistration: the browser's RegistrationResponseJSON, verified by @simplewebauthn/server against the
// open challenge; the passkey is stored after verification (mocks/signin/passkeys.ts). Answers `{}` (DOC).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { completeRegistration, passkeyErrors, passkeysAllowed, takeRegistration } from "../signin/passkeys.ts";

export function completeWebAuthnRegistration(input: InputOf<"CompleteWebAuthnRegistration">, ctx: OperationContext): Promise<OutputOf<"CompleteWebAuthnRegistration">> {
  return authorize(ctx, input.AccessToken)
    .then(({ pool, user, claims }) => {
      // The pool may have stopped allowing WEB_AUTHN since the Start (when AWS raises this is UNKNOWN, §15.11).
      if (!passkeysAllowed(pool)) throw passkeyErrors.notEnabled();
      return completeRegistration(ctx, user, takeRegistration(ctx, user, claims.client_id, input.Credential), input.Credential);
    })
    .then(() => ({}));
}
