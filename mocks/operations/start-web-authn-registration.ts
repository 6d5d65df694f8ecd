// StartWebAuthnRegistration: CredentialCreationOptions for a new passkey of the signed-in user (mocks/signin/passkeys.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { startRegistration } from "../signin/passkeys.ts";

export function startWebAuthnRegistration(input: InputOf<"StartWebAuthnRegistration">, ctx: OperationContext): Promise<OutputOf<"StartWebAuthnRegistration">> {
  return authorize(ctx, input.AccessToken).then(({ pool, user, claims }) => ({
    CredentialCreationOptions: startRegistration(ctx, pool, claims.client_id, user) as OutputOf<"StartWebAuthnRegistration">["CredentialCreationOptions"],
  }));
}
