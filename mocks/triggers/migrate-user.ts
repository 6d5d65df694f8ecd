// Migrate user (aws-behavior.md §14.2, DOC: developer guide's migrate-user page): for a name the pool does not hold,
// at a password sign-in (UserMigration_Authentication, with the typed password) or in ForgotPassword
// (UserMigration_ForgotPassword, no password). The function's answer makes the user: userAttributes, finalUserStatus
// (not set: CONFIRMED at sign-in; the forgot-password user has no password yet, so RESET_REQUIRED), messageAction
// (SUPPRESS: no welcome message), desiredDeliveryMediums (where the welcome message goes, SMS by default),
// forceAliasCreation (an email / phone number another user holds as a sign-in name or alias: moved when true,
// AliasExistsException when not). Nothing is stored when anything fails; the pool's password policy is not applied.
import type { OperationContext } from "../context.ts";
import { findUser, userKey } from "../lookup.ts";
import { recountUsers, userWithAttribute } from "../pools/users.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { setCredentials } from "../signin/credentials.ts";
import { deliveryFor } from "../signin/codes.ts";
import { setAttribute } from "../signin/user-state.ts";
import { booleanOf, invokeTrigger, isObject, stringOf, type TriggerAnswer } from "./invoke.ts";
import { triggerErrors } from "./runtime.ts";

export interface MigrationCall {
  pool: PoolRecord;
  client: ClientRecord;
  clientMetadata?: Record<string, string>;
}

export type MigrationSource = "Authentication" | "ForgotPassword";

/** What the answer asks for, checked: a wrongly typed member refuses the answer (text UNKNOWN, §14.3). */
interface Migration {
  attributes: Record<string, string>;
  status: "CONFIRMED" | "RESET_REQUIRED";
  welcome: ("EMAIL" | "SMS")[] | undefined;
  forceAlias: boolean;
}

/** Runs the function; the new user (stored), or undefined when it gave no userAttributes (the unknown-user answer is the caller's). */
export async function migrateUser(ctx: OperationContext, call: MigrationCall, username: string, source: MigrationSource, password?: string): Promise<UserRecord | undefined> {
  const response = (await invokeTrigger(ctx, {
    pool: call.pool,
    trigger: "UserMigration",
    triggerSource: `UserMigration_${source}`,
    userName: username,
    clientId: call.client.client.ClientId!,
    request: { ...(password !== undefined && { password }), ...(call.clientMetadata && { validationData: call.clientMetadata, clientMetadata: call.clientMetadata }) },
    response: { userAttributes: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null, forceAliasCreation: null, enableSMSMFA: null },
  }))!;
  const migration = readMigration(response, source);
  if (!migration) return undefined;
  // Synchronous from here: the name may have been taken while the function ran.
  const existing = findUser(call.pool, username);
  if (existing) return existing;
  claimAliases(call.pool, migration);
  const user = newUser(ctx, username, migration);
  if (password !== undefined) setCredentials(ctx, call.pool, user, password);
  call.pool.users.set(userKey(call.pool, username), user);
  recountUsers(call.pool);
  if (migration.welcome) welcome(ctx, call.pool, user, migration.welcome);
  return user;
}

function readMigration(response: TriggerAnswer, source: MigrationSource): Migration | undefined {
  const attributes = response.userAttributes;
  if (attributes === undefined || attributes === null) return undefined;
  if (!isObject(attributes) || Object.values(attributes).some((v) => typeof v !== "string")) throw triggerErrors.unrecognizable();
  const status = stringOf(response, "finalUserStatus") ?? (source === "Authentication" ? "CONFIRMED" : "RESET_REQUIRED");
  if (status !== "CONFIRMED" && status !== "RESET_REQUIRED") throw triggerErrors.unrecognizable();
  const action = stringOf(response, "messageAction");
  if (action !== undefined && action !== "SUPPRESS" && action !== "RESEND") throw triggerErrors.unrecognizable();
  const mediums = response.desiredDeliveryMediums ?? ["SMS"];
  if (!Array.isArray(mediums) || mediums.some((m) => m !== "EMAIL" && m !== "SMS")) throw triggerErrors.unrecognizable();
  booleanOf(response, "enableSMSMFA");
  return {
    attributes: attributes as Record<string, string>,
    status,
    welcome: action === "SUPPRESS" ? undefined : (mediums as ("EMAIL" | "SMS")[]),
    forceAlias: booleanOf(response, "forceAliasCreation"),
  };
}

/** An email / phone number another user holds as sign-in name or alias: moved (its verified flag cleared) or refused. */
function claimAliases(pool: PoolRecord, migration: Migration): void {
  const signInNames: string[] = [...(pool.pool.UsernameAttributes ?? []), ...(pool.pool.AliasAttributes ?? [])];
  for (const [Name, Value] of Object.entries(migration.attributes)) {
    if (!signInNames.includes(Name)) continue;
    const holder = userWithAttribute(pool, { Name, Value });
    if (!holder) continue;
    // Text INFERRED (the attribute update's AliasExistsException).
    if (!migration.forceAlias) throw new AwsError("AliasExistsException", `An account with the given ${Name} already exists.`);
    // The previous user can no longer sign in with it (DOC); how AWS records that is UNKNOWN: the mock clears its flag.
    setAttribute(holder, `${Name}_verified`, "false");
    if ((pool.pool.UsernameAttributes as string[] | undefined)?.includes(Name)) holder.user.Attributes = holder.user.Attributes?.filter((a) => a.Name !== Name);
  }
}

function newUser(ctx: OperationContext, username: string, migration: Migration): UserRecord {
  const now = ctx.now();
  return {
    user: {
      Username: username,
      Attributes: [{ Name: "sub", Value: ctx.ids.uuid() }, ...Object.entries(migration.attributes).filter(([name]) => name !== "sub" && name !== "username").map(([Name, Value]) => ({ Name, Value }))],
      UserCreateDate: now,
      UserLastModifiedDate: now,
      Enabled: true,
      UserStatus: migration.status,
    },
    events: [],
  };
}

/**
 * The welcome message (DOC: sent unless SUPPRESS, by SMS unless desiredDeliveryMediums says EMAIL): an outbox
 * notification without a code, to the first medium the user has an address for. Its text is UNKNOWN.
 */
function welcome(ctx: OperationContext, pool: PoolRecord, user: UserRecord, mediums: ("EMAIL" | "SMS")[]): void {
  const delivery = deliveryFor(user, mediums.map((m) => (m === "EMAIL" ? "email" : "phone_number")), false);
  if (!delivery) return;
  ctx.state.codes.push({ kind: "code", userPoolId: pool.pool.Id!, username: user.user.Username!, purpose: "Welcome", medium: delivery.medium, destination: delivery.destination, code: "", sentAt: ctx.now() });
}
