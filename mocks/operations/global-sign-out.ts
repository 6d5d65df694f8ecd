// GlobalSignOut: every refresh token of the user is revoked, and every access token minted from them (DOC).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { revokeAllFamilies } from "../signin/issue.ts";

export function globalSignOut(input: InputOf<"GlobalSignOut">, ctx: OperationContext): Promise<OutputOf<"GlobalSignOut">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    revokeAllFamilies(ctx, user);
    return {};
  });
}
