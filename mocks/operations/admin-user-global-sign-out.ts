// AdminUserGlobalSignOut: GlobalSignOut by an administrator: every refresh-token family of the user is revoked, and
// the access tokens minted from them (DOC; texts §9).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { revokeAllFamilies } from "../signin/issue.ts";

export function adminUserGlobalSignOut(input: InputOf<"AdminUserGlobalSignOut">, ctx: OperationContext): OutputOf<"AdminUserGlobalSignOut"> {
  revokeAllFamilies(ctx, getUser(getPool(ctx, input.UserPoolId), input.Username));
  return {};
}
