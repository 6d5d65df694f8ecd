// The user lifecycle around sign-in (aws-behavior.md §9, model DOC): SignUp -> UNCONFIRMED (a code to the
// auto-verified attribute) -> ConfirmSignUp / AdminConfirmSignUp -> CONFIRMED; ResendConfirmationCode.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { findUser, getUser, userKey } from "../lookup.ts";
import { checkPassword } from "../pools/password.ts";
import { checkAttributes, recountUsers, usernameAttributeOf, userWithAttribute } from "../pools/users.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { checkSecretHash, hidesUsers, userNotFound } from "./client-rules.ts";
import { checkCode, codeErrors, deliveryDetails, deliveryFor, newCode, pendingCode, sendCode, type Delivery } from "./codes.ts";
import { setCredentials } from "./credentials.ts";
import { assessEvent } from "./risk-hook.ts";
import { setAttribute, setStatus } from "./user-state.ts";
import { hasTrigger } from "../triggers/invoke.ts";
import { applySignUpFlags, NO_FLAGS, postConfirmation, preSignUp, type AttributeList, type SignUpFlags } from "../triggers/sign-up.ts";

type Where = { pool: PoolRecord; client: ClientRecord };

/** The attribute a confirmation code goes to: the pool's auto-verified ones, email first (DOC). */
function confirmationDelivery(pool: PoolRecord, user: UserRecord): Delivery | undefined {
  const auto = pool.pool.AutoVerifiedAttributes ?? [];
  return deliveryFor(user, (["email", "phone_number"] as const).filter((a) => auto.includes(a)), false);
}

function sendConfirmation(ctx: OperationContext, { pool, client }: Where, user: UserRecord, source: "SignUp" | "ResendCode" = "SignUp") {
  const delivery = confirmationDelivery(pool, user);
  if (!delivery) return undefined;
  const code = newCode(ctx);
  user.codes = { ...user.codes, confirmation: { ...pendingCode(ctx, code), attribute: delivery.attribute } };
  sendCode(ctx, pool.pool.Id!, user, "SignUp", delivery, code, { source, clientId: client.client.ClientId! });
  return deliveryDetails(delivery);
}

export function signUp(ctx: OperationContext, where: Where, input: InputOf<"SignUp">): OutputOf<"SignUp"> | Promise<OutputOf<"SignUp">> {
  const { pool, client } = where;
  checkSecretHash(client, input.Username, input.SecretHash);
  // CONFIRMED text.
  if (pool.pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly) throw new AwsError("NotAuthorizedException", "SignUp is not permitted for this user pool");
  // The model makes Password optional (passwordless pools); the mock's pools all sign in with passwords.
  if (input.Password === undefined) throw new AwsError("InvalidParameterException", "Password is required for this user pool.");
  const attributes = (input.UserAttributes ?? []).filter((a) => a.Name !== "sub");
  checkAttributes(pool, attributes);
  checkNotTaken(pool, input.Username);
  checkPassword(input.Password, pool.pool.Policies?.PasswordPolicy);
  // Pre sign-up answers before anything is stored: a refusal leaves no user (mocks/triggers/sign-up.ts).
  if (hasTrigger(pool, "PreSignUp")) {
    return preSignUp(ctx, where, input, attributes).then((flags) => {
      const output = storeSignUp(ctx, where, input, attributes, flags);
      const user = output.UserConfirmed ? findUser(pool, input.Username) : undefined;
      // An auto-confirmed sign-up is a confirmation too (DOC: post confirmation takes SignUp's ClientMetadata).
      return user ? postConfirmation(ctx, pool, user, "ConfirmSignUp", client.client.ClientId!, input.ClientMetadata, output) : output;
    });
  }
  return storeSignUp(ctx, where, input, attributes, NO_FLAGS);
}

function checkNotTaken(pool: PoolRecord, username: string): void {
  const signInAttribute = usernameAttributeOf(pool, username);
  if (signInAttribute ? userWithAttribute(pool, signInAttribute) : findUser(pool, username)) {
    // CONFIRMED texts.
    throw new AwsError("UsernameExistsException", signInAttribute?.Name === "email" ? "An account with the given email already exists." : "User already exists");
  }
}

/** Synchronous from the first line: after a trigger's await the name is checked again, then everything is stored. */
function storeSignUp(ctx: OperationContext, { pool, client }: Where, input: InputOf<"SignUp">, given: AttributeList, flags: SignUpFlags): OutputOf<"SignUp"> {
  checkNotTaken(pool, input.Username);
  const attributes = [...given];
  const signInAttribute = usernameAttributeOf(pool, input.Username);
  if (signInAttribute) {
    const i = attributes.findIndex((a) => a.Name === signInAttribute.Name);
    if (i >= 0) attributes.splice(i, 1);
    attributes.push(signInAttribute);
  }
  const sub = ctx.ids.uuid();
  const username = signInAttribute ? sub : input.Username;
  const now = ctx.now();
  const user: UserRecord = {
    user: { Username: username, Attributes: [{ Name: "sub", Value: sub }, ...attributes], UserCreateDate: now, UserLastModifiedDate: now, Enabled: true, UserStatus: "UNCONFIRMED" },
    events: [],
  };
  // Threat protection sees the sign-up first; a refused one stores neither the user nor its event.
  assessEvent(ctx, { admin: false, userContextData: input.UserContextData }, pool, client, user, { eventType: "SignUp", password: input.Password, passwordCorrect: true });
  setCredentials(ctx, pool, user, input.Password!);
  applySignUpFlags(ctx, user, flags);
  pool.users.set(userKey(pool, username), user);
  recountUsers(pool);
  if (flags.autoConfirmUser) return { UserConfirmed: true, UserSub: sub };
  const details = sendConfirmation(ctx, { pool, client }, user);
  return { UserConfirmed: false, UserSub: sub, ...(details && { CodeDeliveryDetails: details }) };
}

export function confirmSignUp(ctx: OperationContext, { pool, client }: Where, input: InputOf<"ConfirmSignUp">): OutputOf<"ConfirmSignUp"> | Promise<OutputOf<"ConfirmSignUp">> {
  checkSecretHash(client, input.Username, input.SecretHash);
  const user = findUser(pool, input.Username);
  // Under ENABLED an unknown user gets the wrong-code answer (INFERRED), else UserNotFoundException.
  if (!user) throw hidesUsers(client) ? codeErrors.mismatch() : userNotFound();
  requireUnconfirmed(user);
  const attribute = user.codes?.confirmation?.attribute;
  checkCode(ctx, user, "confirmation", input.ConfirmationCode);
  if (attribute) setAttribute(user, `${attribute}_verified`, "true");
  setStatus(ctx, user, "CONFIRMED");
  return postConfirmation(ctx, pool, user, "ConfirmSignUp", client.client.ClientId!, input.ClientMetadata, {});
}

export function adminConfirmSignUp(ctx: OperationContext, pool: PoolRecord, username: string, clientMetadata?: Record<string, string>): void | Promise<void> {
  const user = getUser(pool, username);
  requireUnconfirmed(user);
  setStatus(ctx, user, "CONFIRMED");
  return postConfirmation(ctx, pool, user, "ConfirmSignUp", undefined, clientMetadata, undefined);
}

/** CONFIRMED text (`Current status is CONFIRMED`); other statuses named the same way (INFERRED). */
function requireUnconfirmed(user: UserRecord): void {
  const status = user.user.UserStatus;
  if (status !== "UNCONFIRMED") throw new AwsError("NotAuthorizedException", `User cannot be confirmed. Current status is ${status}`);
}

export function resendConfirmationCode(ctx: OperationContext, { pool, client }: Where, input: InputOf<"ResendConfirmationCode">): OutputOf<"ResendConfirmationCode"> {
  checkSecretHash(client, input.Username, input.SecretHash);
  const user = getUser(pool, input.Username);
  // Text INFERRED (quoted by users of the API).
  if (user.user.UserStatus !== "UNCONFIRMED") throw new AwsError("InvalidParameterException", "User is already confirmed.");
  assessEvent(ctx, { admin: false, userContextData: input.UserContextData }, pool, client, user, { eventType: "ResendCode", passwordCorrect: true });
  const details = sendConfirmation(ctx, { pool, client }, user, "ResendCode");
  // No auto-verified attribute to send to: our wording (AWS UNKNOWN).
  if (!details) throw new AwsError("InvalidParameterException", "No auto-verified email or phone_number to send the code to.");
  return { CodeDeliveryDetails: details };
}
