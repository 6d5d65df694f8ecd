// AdminDisableUser: the user can no longer sign in (`User is disabled.`, checked by signin/password-check.ts) and its
// tokens are revoked (DOC); it still appears in ListUsers.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { revokeAllFamilies } from "../signin/issue.ts";

export function adminDisableUser(input: InputOf<"AdminDisableUser">, ctx: OperationContext): OutputOf<"AdminDisableUser"> {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  revokeAllFamilies(ctx, user);
  user.user = { ...user.user, Enabled: false, UserLastModifiedDate: ctx.now() };
  return {};
}
