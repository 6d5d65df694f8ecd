// DeleteUser: the signed-in user deletes itself; its refresh tokens go with it, and later calls with its access token
// find no user (UNKNOWN on AWS, INFERRED NotAuthorizedException; the mock answers the access check's user-not-found).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { removeUser } from "../pools/users.ts";
import { authorize } from "../signin/access.ts";
import { revokeAllFamilies } from "../signin/issue.ts";

export function deleteUser(input: InputOf<"DeleteUser">, ctx: OperationContext): Promise<OutputOf<"DeleteUser">> {
  return authorize(ctx, input.AccessToken).then(({ pool, user }) => {
    revokeAllFamilies(ctx, user);
    removeUser(pool, user);
    return {};
  });
}
