// Password changes (aws-behavior.md §9): ForgotPassword -> a reset code -> ConfirmForgotPassword; ChangePassword
// with the previous password (the access token is checked by the operation); AdminSetUserPassword. The pool's
// policy applies (texts INFERRED); threat protection sees ForgotPassword and PasswordChange events.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { findUser, getUser } from "../lookup.ts";
import { checkPassword } from "../pools/password.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { checkSecretHash, hidesUsers, userNotFound, wrongPassword } from "./client-rules.ts";
import { checkCode, deliveryDetails, deliveryFor, newCode, pendingCode, sendCode, type Delivery } from "./codes.ts";
import { passwordMatches, setCredentials } from "./credentials.ts";
import { checkNotLocked, recordFailure, recordSuccess } from "./lockout.ts";
import { assessEvent } from "./risk-hook.ts";
import { setStatus } from "./user-state.ts";
import { hasTrigger } from "../triggers/invoke.ts";
import { migrateUser } from "../triggers/migrate-user.ts";
import { postConfirmation } from "../triggers/sign-up.ts";

type Where = { pool: PoolRecord; client: ClientRecord };

export function forgotPassword(ctx: OperationContext, { pool, client }: Where, input: InputOf<"ForgotPassword">): OutputOf<"ForgotPassword"> | Promise<OutputOf<"ForgotPassword">> {
  checkSecretHash(client, input.Username, input.SecretHash);
  const user = findUser(pool, input.Username);
  // A name the pool lacks goes to migrate user first (UserMigration_ForgotPassword, DOC).
  if (!user && hasTrigger(pool, "UserMigration")) {
    const call = { pool, client, ...(input.ClientMetadata && { clientMetadata: input.ClientMetadata }) };
    return migrateUser(ctx, call, input.Username, "ForgotPassword").then((migrated) => (migrated ? sendReset(ctx, { pool, client }, input, migrated) : unknownForReset(client)));
  }
  return user ? sendReset(ctx, { pool, client }, input, user) : unknownForReset(client);
}

function unknownForReset(client: ClientRecord): OutputOf<"ForgotPassword"> {
  if (!hidesUsers(client)) throw userNotFound();
  // ENABLED: a 200 with simulated delivery details (CONFIRMED); the masked destination is our invention.
  return { CodeDeliveryDetails: { Destination: "u***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" } };
}

function sendReset(ctx: OperationContext, { pool, client }: Where, input: InputOf<"ForgotPassword">, user: UserRecord): OutputOf<"ForgotPassword"> {
  const delivery = resetDelivery(user);
  assessEvent(ctx, { admin: false, userContextData: input.UserContextData }, pool, client, user, { eventType: "ForgotPassword", passwordCorrect: true });
  sendResetCode(ctx, pool, user, delivery, client.client.ClientId!);
  return { CodeDeliveryDetails: deliveryDetails(delivery) };
}

/** Where a reset code goes: a verified email or phone number. Text CONFIRMED for ForgotPassword (§12.2). */
function resetDelivery(user: UserRecord): Delivery {
  const delivery = deliveryFor(user, ["email", "phone_number"], true);
  if (!delivery) throw new AwsError("InvalidParameterException", "Cannot reset password for the user as there is no registered/verified email or phone_number");
  return delivery;
}

function sendResetCode(ctx: OperationContext, pool: PoolRecord, user: UserRecord, delivery: Delivery, clientId?: string): void {
  const code = newCode(ctx);
  user.codes = { ...user.codes, reset: pendingCode(ctx, code) };
  sendCode(ctx, pool.pool.Id!, user, "ForgotPassword", delivery, code, clientId === undefined ? {} : { clientId });
}

/**
 * AdminResetUserPassword (§12.2, DOC): RESET_REQUIRED and a reset code; sign-in then answers
 * PasswordResetRequiredException until ConfirmForgotPassword. Without a verified email or phone number: ForgotPassword's
 * refusal (INFERRED for this operation).
 */
export function adminResetUserPassword(ctx: OperationContext, pool: PoolRecord, user: UserRecord): void {
  const delivery = resetDelivery(user);
  sendResetCode(ctx, pool, user, delivery);
  setStatus(ctx, user, "RESET_REQUIRED");
}

export function confirmForgotPassword(ctx: OperationContext, { pool, client }: Where, input: InputOf<"ConfirmForgotPassword">): OutputOf<"ConfirmForgotPassword"> | Promise<OutputOf<"ConfirmForgotPassword">> {
  checkSecretHash(client, input.Username, input.SecretHash);
  const user = getUser(pool, input.Username);
  checkPassword(input.Password, pool.pool.Policies?.PasswordPolicy);
  checkCode(ctx, user, "reset", input.ConfirmationCode);
  assessEvent(ctx, { admin: false, userContextData: input.UserContextData }, pool, client, user, { eventType: "ForgotPassword", password: input.Password, passwordCorrect: true });
  setCredentials(ctx, pool, user, input.Password);
  recordSuccess(user);
  if (user.user.UserStatus === "RESET_REQUIRED" || user.user.UserStatus === "FORCE_CHANGE_PASSWORD") setStatus(ctx, user, "CONFIRMED");
  // After the new password is stored: PostConfirmation_ConfirmForgotPassword (DOC); its failure reaches the caller.
  return postConfirmation(ctx, pool, user, "ConfirmForgotPassword", client.client.ClientId!, input.ClientMetadata, {});
}

/** ChangePassword after its access token was verified: the previous password counts toward the lockout. */
export function changePassword(ctx: OperationContext, pool: PoolRecord, client: ClientRecord | undefined, user: UserRecord, input: InputOf<"ChangePassword">): void {
  checkNotLocked(user, ctx.nowMs());
  if (input.PreviousPassword === undefined || !passwordMatches(user.credentials, input.PreviousPassword)) {
    recordFailure(user, ctx.nowMs());
    throw wrongPassword(); // CONFIRMED: the wrong-password text
  }
  recordSuccess(user);
  checkPassword(input.ProposedPassword, pool.pool.Policies?.PasswordPolicy);
  assessEvent(ctx, { admin: false }, pool, client, user, { eventType: "PasswordChange", password: input.ProposedPassword, passwordCorrect: true });
  setCredentials(ctx, pool, user, input.ProposedPassword);
  user.user.UserLastModifiedDate = ctx.now();
}

/** Permanent -> CONFIRMED, else FORCE_CHANGE_PASSWORD (DOC). */
export function adminSetUserPassword(ctx: OperationContext, pool: PoolRecord, input: InputOf<"AdminSetUserPassword">): void {
  const user = getUser(pool, input.Username);
  checkPassword(input.Password, pool.pool.Policies?.PasswordPolicy);
  setCredentials(ctx, pool, user, input.Password, !input.Permanent);
  recordSuccess(user);
  setStatus(ctx, user, input.Permanent ? "CONFIRMED" : "FORCE_CHANGE_PASSWORD");
}
