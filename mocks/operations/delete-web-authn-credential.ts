// DeleteWebAuthnCredential: removes one of the signed-in user's passkeys; an id the user has not: ResourceNotFoundException.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { deletePasskey } from "../signin/passkeys.ts";

export function deleteWebAuthnCredential(input: InputOf<"DeleteWebAuthnCredential">, ctx: OperationContext): Promise<OutputOf<"DeleteWebAuthnCredential">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    deletePasskey(user, input.CredentialId);
    return {};
  });
}
