// AdminGetUser: a user's record, status and MFA settings.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { mfaView } from "../signin/mfa-settings.ts";

export function adminGetUser(input: InputOf<"AdminGetUser">, ctx: OperationContext): OutputOf<"AdminGetUser"> {
  const { user, ...record } = getUser(getPool(ctx, input.UserPoolId), input.Username);
  return {
    Username: user.Username!,
    UserAttributes: structuredClone(user.Attributes ?? []),
    UserCreateDate: user.UserCreateDate,
    UserLastModifiedDate: user.UserLastModifiedDate,
    Enabled: user.Enabled,
    UserStatus: user.UserStatus,
    ...mfaView({ user, ...record }),
  };
}
