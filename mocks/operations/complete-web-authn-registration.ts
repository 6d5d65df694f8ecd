// CompleteWebAuthnRegistration: the browser's RegistrationResponseJSON, verified by @simplewebauthn/server against the
// open challenge; the passkey is stored after verification (mocks/signin/passkeys.ts). Answers `{}` (DOC).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { completeRegistration, takeRegistration } from "../signin/passkeys.ts";

export function completeWebAuthnRegistration(input: InputOf<"CompleteWebAuthnRegistration">, ctx: OperationContext): Promise<OutputOf<"CompleteWebAuthnRegistration">> {
  return authorize(ctx, input.AccessToken)
    .then(({ user, claims }) => completeRegistration(ctx, user, takeRegistration(ctx, user, claims.client_id, input.Credential), input.Credential))
    .then(() => ({}));
}
