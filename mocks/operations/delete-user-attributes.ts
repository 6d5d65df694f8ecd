// DeleteUserAttributes: the signed-in user removes its own attributes, within its app client's WriteAttributes.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { deleteAttributes } from "../pools/attributes.ts";
import { authorize } from "../signin/access.ts";

export function deleteUserAttributes(input: InputOf<"DeleteUserAttributes">, ctx: OperationContext): Promise<OutputOf<"DeleteUserAttributes">> {
  return authorize(ctx, input.AccessToken).then(({ pool, client, user }) => {
    deleteAttributes(ctx, pool, user, input.UserAttributeNames, { admin: false, client });
    return {};
  });
}
