// UpdateUserAttributes: the signed-in user's own attributes, within its app client's WriteAttributes; answers where
// verification codes went (DOC).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { updateAttributes } from "../pools/attributes.ts";
import { authorize } from "../signin/access.ts";
import { deliveryDetails } from "../signin/codes.ts";

export function updateUserAttributes(input: InputOf<"UpdateUserAttributes">, ctx: OperationContext): Promise<OutputOf<"UpdateUserAttributes">> {
  return authorize(ctx, input.AccessToken).then(({ pool, client, user }) => {
    const sent = updateAttributes(ctx, pool, user, input.UserAttributes, { admin: false, client });
    return sent.length > 0 ? { CodeDeliveryDetailsList: sent.map(deliveryDetails) } : {};
  });
}
