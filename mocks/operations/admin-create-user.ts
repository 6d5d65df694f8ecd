// AdminCreateUser: a new user in FORCE_CHANGE_PASSWORD with a generated `sub` and a temporary password (the one
// given, or one generated and "sent" as an Invitation code message); RESEND re-invites an existing one with a new
// temporary password, SUPPRESS sends nothing.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { findUser, getPool, getUser, userKey } from "../lookup.ts";
import { checkPassword } from "../pools/password.ts";
import { checkAttributes, recountUsers, usernameAttributeOf, userWithAttribute } from "../pools/users.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import { deliveryFor, sendCode } from "../signin/codes.ts";
import { setCredentials } from "../signin/credentials.ts";
import type { PoolRecord, UserRecord } from "../state.ts";
import type { components } from "../../generated/types.ts";
import { hasTrigger } from "../triggers/invoke.ts";
import { preAdminCreateUser } from "../triggers/sign-up.ts";

type AttributeType = components["schemas"]["AttributeType"];

export function adminCreateUser(input: InputOf<"AdminCreateUser">, ctx: OperationContext): OutputOf<"AdminCreateUser"> | Promise<OutputOf<"AdminCreateUser">> {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.MessageAction === "RESEND") return resend(input, ctx);

  const attributes = (input.UserAttributes ?? []).filter((a) => a.Name !== "sub"); // the service assigns `sub`
  checkAttributes(pool, attributes);
  if (input.TemporaryPassword) checkPassword(input.TemporaryPassword, pool.pool.Policies?.PasswordPolicy);
  checkNameFree(pool, input.Username);
  // Pre sign-up answers before anything is stored (PreSignUp_AdminCreateUser); the name is checked again after it.
  if (hasTrigger(pool, "PreSignUp")) return preAdminCreateUser(ctx, pool, input, attributes).then(() => storeNewUser(ctx, pool, input, attributes));
  return storeNewUser(ctx, pool, input, attributes);
}

function checkNameFree(pool: PoolRecord, username: string): void {
  const signInAttribute = usernameAttributeOf(pool, username);
  if (signInAttribute) {
    if (userWithAttribute(pool, signInAttribute)) {
      throw new AwsError("UsernameExistsException", `An account with the given ${signInAttribute.Name === "email" ? "email" : "phone_number"} already exists.`);
    }
  } else if (findUser(pool, username)) {
    throw errors.usernameExists();
  }
}

/** Synchronous: the new user and its invitation. */
function storeNewUser(ctx: OperationContext, pool: PoolRecord, input: InputOf<"AdminCreateUser">, attributes: AttributeType[]): OutputOf<"AdminCreateUser"> {
  checkNameFree(pool, input.Username);
  const signInAttribute = usernameAttributeOf(pool, input.Username);
  if (signInAttribute) {
    const i = attributes.findIndex((a) => a.Name === signInAttribute.Name);
    if (i >= 0) attributes.splice(i, 1);
    attributes.push(signInAttribute);
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
  const record: UserRecord = { user, events: [] };
  invite(ctx, pool, record, input.TemporaryPassword, input.MessageAction !== "SUPPRESS");
  pool.users.set(userKey(pool, username), record);
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
  const pool = getPool(ctx, input.UserPoolId);
  invite(ctx, pool, record, input.TemporaryPassword, true);
  record.user.UserLastModifiedDate = ctx.now();
  // No copy: the dispatcher serializes the output at once (and under --state-file, record is a tracking proxy,
  // which structuredClone cannot copy).
  return { User: record.user };
}

/** Sets the temporary password and, unless suppressed, sends it to the user's email or phone (the code outbox). */
function invite(ctx: OperationContext, pool: PoolRecord, record: UserRecord, given: string | undefined, send: boolean): void {
  const password = given ?? temporaryPassword(ctx);
  setCredentials(ctx, pool, record, password, true);
  const delivery = deliveryFor(record, ["email", "phone_number"], false);
  if (send && given === undefined && delivery) sendCode(ctx, pool.pool.Id!, record, "Invitation", delivery, password);
}

/** Every character class and 20 characters: meets the default policy and most custom ones (AWS's generator UNKNOWN). */
function temporaryPassword(ctx: OperationContext): string {
  return `Aa1!${Buffer.from(ctx.ids.uuid().replaceAll("-", ""), "hex").toString("base64url").slice(0, 16)}`;
}
