// GetUser: the signed-in user, authorized by the access token.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { mfaView } from "../signin/mfa-settings.ts";

export function getUser(input: InputOf<"GetUser">, ctx: OperationContext): Promise<OutputOf<"GetUser">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => ({ Username: user.user.Username!, UserAttributes: structuredClone(user.user.Attributes ?? []), ...mfaView(user) }));
}
