// AdminCreateUser: a new user in FORCE_CHANGE_PASSWORD with a generated `sub`; RESEND re-invites an existing
// one, SUPPRESS sends nothing (the mock keeps no invitation messages: its outbox is for threat protection).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { findUser, getPool, getUser, userKey } from "../lookup.ts";
import { checkPassword } from "../pools/password.ts";
import { checkAttributes, recountUsers, usernameAttributeOf, userWithAttribute } from "../pools/users.ts";
import { AwsError, errors } from "../protocol/errors.ts";

export function adminCreateUser(input: InputOf<"AdminCreateUser">, ctx: OperationContext): OutputOf<"AdminCreateUser"> {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.MessageAction === "RESEND") return resend(input, ctx);

  const attributes = (input.UserAttributes ?? []).filter((a) => a.Name !== "sub"); // the service assigns `sub`
  checkAttributes(pool, attributes);
  if (input.TemporaryPassword) checkPassword(input.TemporaryPassword, pool.pool.Policies?.PasswordPolicy);
  const signInAttribute = usernameAttributeOf(pool, input.Username);
  if (signInAttribute) {
    if (userWithAttribute(pool, signInAttribute)) {
      throw new AwsError("UsernameExistsException", `An account with the given ${signInAttribute.Name === "email" ? "email" : "phone_number"} already exists.`);
    }
    const i = attributes.findIndex((a) => a.Name === signInAttribute.Name);
    if (i >= 0) attributes.splice(i, 1);
    attributes.push(signInAttribute);
  } else if (findUser(pool, input.Username)) {
    throw errors.usernameExists();
  }

  const sub = ctx.ids.uuid();
  const username = signInAttribute ? sub : input.Username;
  const now = ctx.now();
  const user = {
    Username: username,
    Attributes: [{ Name: "sub", Value: sub }, ...attributes],
    UserCreateDate: now,
    UserLastModifiedDate: now,
    Enabled: true,
    UserStatus: "FORCE_CHANGE_PASSWORD" as const,
  };
  pool.users.set(userKey(pool, username), { user, events: [] });
  recountUsers(pool);
  return { User: structuredClone(user) };
}

/** A new temporary password for a user who has not signed in yet. */
function resend(input: InputOf<"AdminCreateUser">, ctx: OperationContext): OutputOf<"AdminCreateUser"> {
  const record = getUser(getPool(ctx, input.UserPoolId), input.Username);
  if (record.user.UserStatus !== "FORCE_CHANGE_PASSWORD") {
    // Text UNKNOWN; the model lists UnsupportedUserStateException for AdminCreateUser.
    throw new AwsError("UnsupportedUserStateException", `Resend not possible. ${record.user.Username} status is not FORCE_CHANGE_PASSWORD`);
  }
  record.user.UserLastModifiedDate = ctx.now();
  // No copy: the dispatcher serializes the output at once (and under --state-file, record is a tracking proxy,
  // which structuredClone cannot copy).
  return { User: record.user };
}
