// AdminEnableUser: sign-in works again (DOC). Tokens revoked by AdminDisableUser stay revoked.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";

export function adminEnableUser(input: InputOf<"AdminEnableUser">, ctx: OperationContext): OutputOf<"AdminEnableUser"> {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  user.user = { ...user.user, Enabled: true, UserLastModifiedDate: ctx.now() };
  return {};
}
