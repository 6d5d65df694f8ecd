// ChangePassword: authorized by the access token; the previous password must match.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { authorize } from "../signin/access.ts";
import { changePassword as change } from "../signin/passwords.ts";

export function changePassword(input: InputOf<"ChangePassword">, ctx: OperationContext): Promise<OutputOf<"ChangePassword">> {
  return authorize(ctx, input.AccessToken).then(({ pool, client, user }) => {
    change(ctx, pool, client, user, input);
    return {};
  });
}
