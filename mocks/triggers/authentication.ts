// The sign-in triggers around the password (aws-behavior.md §14.2): migrate user for a name the pool does not hold
// (USER_PASSWORD_AUTH / ADMIN_USER_PASSWORD_AUTH only: the function needs the password), pre authentication before
// the password is checked (not on CUSTOM_AUTH, as observed), post authentication after a successful sign-in. Each
// runs before the flow's synchronous state changes, or after all of them, never between.
import type { OperationContext } from "../context.ts";
import { findUser, userKey } from "../lookup.ts";
import { recountUsers } from "../pools/users.ts";
import type { UserRecord } from "../state.ts";
import { hidesUsers, unknownUser } from "../signin/client-rules.ts";
import { setCredentials } from "../signin/credentials.ts";
import type { AuthCall, Grant } from "../signin/steps.ts";
import { booleanOf, eventAttributes, hasTrigger, invokeTrigger, isObject, stringOf } from "./invoke.ts";
import { triggerErrors } from "./runtime.ts";

type PasswordFlow = "USER_PASSWORD_AUTH" | "ADMIN_USER_PASSWORD_AUTH" | "USER_SRP_AUTH";

/** Whether a sign-in of this flow takes the trigger path at all (plain pools pay nothing). */
export const wantsSignInTriggers = (call: AuthCall, flow: PasswordFlow) =>
  hasTrigger(call.pool, "PreAuthentication") || (flow !== "USER_SRP_AUTH" && hasTrigger(call.pool, "UserMigration"));

/** Migrate user (if the name is unknown), then pre authentication, then `run` (the synchronous flow). */
export async function beforeSignIn<T>(ctx: OperationContext, call: AuthCall, flow: PasswordFlow, run: () => T | Promise<T>): Promise<T> {
  const username = call.params.USERNAME;
  // Missing parameters and the like are the flow's to refuse.
  if (username === undefined) return run();
  let user = findUser(call.pool, username);
  if (!user && flow !== "USER_SRP_AUTH" && call.params.PASSWORD !== undefined && hasTrigger(call.pool, "UserMigration")) {
    user = await migrateUser(ctx, call, username, call.params.PASSWORD);
  }
  if (hasTrigger(call.pool, "PreAuthentication") && (user || hidesUsers(call.client))) {
    await invokeTrigger(ctx, {
      pool: call.pool,
      trigger: "PreAuthentication",
      triggerSource: "PreAuthentication_Authentication",
      userName: user?.user.Username ?? username,
      clientId: call.client.client.ClientId!,
      request: { userAttributes: user ? eventAttributes(user) : {}, ...(!user && { userNotFound: true }), ...(call.clientMetadata && { validationData: call.clientMetadata }) },
    });
  }
  return run();
}

/**
 * UserMigration_Authentication: the function's userAttributes make a new user with the typed password (the pool's
 * password policy is not applied, DOC). No answer: the unknown-user refusal. Nothing is stored on a failure.
 */
async function migrateUser(ctx: OperationContext, call: AuthCall, username: string, password: string): Promise<UserRecord | undefined> {
  const response = (await invokeTrigger(ctx, {
    pool: call.pool,
    trigger: "UserMigration",
    triggerSource: "UserMigration_Authentication",
    userName: username,
    clientId: call.client.client.ClientId!,
    request: { password, ...(call.clientMetadata && { validationData: call.clientMetadata, clientMetadata: call.clientMetadata }) },
    response: { userAttributes: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null, forceAliasCreation: null, enableSMSMFA: null },
  }))!;
  const attributes = response.userAttributes;
  if (attributes === undefined || attributes === null) throw unknownUser(call.client);
  if (!isObject(attributes) || Object.values(attributes).some((v) => typeof v !== "string")) throw triggerErrors.unrecognizable();
  const status = stringOf(response, "finalUserStatus") ?? "RESET_REQUIRED";
  if (status !== "CONFIRMED" && status !== "RESET_REQUIRED") throw triggerErrors.unrecognizable();
  booleanOf(response, "forceAliasCreation");
  // Synchronous from here: the name may have been taken while the function ran.
  const existing = findUser(call.pool, username);
  if (existing) return existing;
  const now = ctx.now();
  const values = attributes as Record<string, string>;
  const sub = ctx.ids.uuid();
  const user: UserRecord = {
    user: {
      Username: username,
      Attributes: [{ Name: "sub", Value: sub }, ...Object.entries(values).filter(([name]) => name !== "sub" && name !== "username").map(([Name, Value]) => ({ Name, Value }))],
      UserCreateDate: now,
      UserLastModifiedDate: now,
      Enabled: true,
      UserStatus: status,
    },
    events: [],
  };
  setCredentials(ctx, call.pool, user, password);
  call.pool.users.set(userKey(call.pool, username), user);
  recountUsers(call.pool);
  return user;
}

/** PostAuthentication_Authentication, after a sign-in succeeded and before its tokens are minted. */
export function postAuthentication(ctx: OperationContext, grant: Grant): Promise<unknown> | undefined {
  if (!hasTrigger(grant.pool, "PostAuthentication")) return undefined;
  return invokeTrigger(ctx, {
    pool: grant.pool,
    trigger: "PostAuthentication",
    triggerSource: "PostAuthentication_Authentication",
    userName: grant.user.user.Username!,
    clientId: grant.client.client.ClientId!,
    request: { userAttributes: eventAttributes(grant.user), newDeviceUsed: false },
  });
}
