// The sign-in triggers around the password (aws-behavior.md §14.2): migrate user for a name the pool does not hold
// (USER_PASSWORD_AUTH / ADMIN_USER_PASSWORD_AUTH only: the function needs the password), pre authentication before
// the password is checked (not on CUSTOM_AUTH, as observed), post authentication after a successful sign-in. Each
// runs before the flow's synchronous state changes, or after all of them, never between.
import type { OperationContext } from "../context.ts";
import { findUser } from "../lookup.ts";
import { hidesUsers, unknownUser } from "../signin/client-rules.ts";
import type { AuthCall, Grant } from "../signin/steps.ts";
import { eventAttributes, hasTrigger, invokeTrigger } from "./invoke.ts";
import { migrateUser } from "./migrate-user.ts";

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
    user = await migrateUser(ctx, call, username, "Authentication", call.params.PASSWORD);
    if (!user) throw unknownUser(call.client);
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
