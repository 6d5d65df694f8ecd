// Attribute writes after a user exists (aws-behavior.md §12.2): AdminUpdateUserAttributes, UpdateUserAttributes and
// the two deletes. Names and formats go through users.ts's checkAttributes (the one validator); this adds what only
// applies after creation: the schema's mutability and required members, who may write what, sign-in attributes that
// must stay unique, and email / phone changes that are verified by a code (or held back until then).
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import { codeErrors, newCode, pendingCode, sendCode, type Delivery } from "../signin/codes.ts";
import { attributeOf, isTrue, removeAttributes, setAttribute } from "../signin/user-state.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { NEVER_WRITABLE } from "./client-attributes.ts";
import { checkAttributes, userWithAttribute } from "./users.ts";

type Attribute = components["schemas"]["AttributeType"];

export const VERIFIABLE = ["email", "phone_number"] as const;
export type Verifiable = (typeof VERIFIABLE)[number];
const isVerifiable = (name: string): name is Verifiable => (VERIFIABLE as readonly string[]).includes(name);

/** Only email and phone number are verified by a code (text UNKNOWN, our choice: mocks/README.md). */
export function verifiableName(name: string): Verifiable {
  if (!isVerifiable(name)) throw errors.invalidParameter(`Attribute ${name} cannot be verified.`);
  return name;
}

/** Who writes: an administrator (IAM credentials), or a user through an app client (its WriteAttributes apply). */
export interface Writer {
  admin: boolean;
  client?: ClientRecord;
}

/** CONFIRMED text (`user.email: Attribute cannot be updated.`); type INFERRED. */
const immutable = (name: string) => errors.invalidParameter(`user.${name}: Attribute cannot be updated.`);
/** The schema text SignUp answers for a missing required attribute (INFERRED here, our choice for a delete). */
const required = (name: string) => errors.invalidParameter(`Attributes did not conform to the schema: ${name}: The attribute is required\n`);

function schemaOf(pool: PoolRecord, name: string) {
  return pool.pool.SchemaAttributes?.find((a) => a.Name === name);
}

/** The client's write list, or (none set) every attribute Cognito does not set itself (DOC defaults). CONFIRMED text. */
function checkWriter(writer: Writer, names: readonly string[]): void {
  if (writer.admin) return;
  const allowed = writer.client?.client.WriteAttributes;
  const refused = names.some((n) => (allowed ? !allowed.includes(n) : NEVER_WRITABLE.has(n) || n.startsWith("dev:")));
  if (refused) throw new AwsError("NotAuthorizedException", "A client attempted to write unauthorized attribute");
}

function checkMutable(pool: PoolRecord, names: readonly string[]): void {
  const fixed = names.find((n) => schemaOf(pool, n)?.Mutable === false);
  if (fixed) throw immutable(fixed);
}

/** Another user holding this email / phone number as a sign-in name or alias: AliasExistsException (text INFERRED). */
function checkUnique(pool: PoolRecord, user: UserRecord, attribute: Attribute): void {
  const signInNames: string[] = [...(pool.pool.UsernameAttributes ?? []), ...(pool.pool.AliasAttributes ?? [])];
  if (!signInNames.includes(attribute.Name)) return;
  const other = userWithAttribute(pool, attribute);
  if (other && other.user.Username !== user.user.Username) {
    throw new AwsError("AliasExistsException", `An account with the given ${attribute.Name} already exists.`);
  }
}

/**
 * Applies an update: a blank value deletes (DOC). A changed email / phone number loses its verified flag unless the
 * same call sets it; with AttributesRequireVerificationBeforeUpdate the new value waits, unstored, for
 * VerifyUserAttribute (DOC). Returns where verification codes went (UpdateUserAttributes' CodeDeliveryDetailsList).
 */
export function updateAttributes(ctx: OperationContext, pool: PoolRecord, user: UserRecord, attributes: readonly Attribute[], writer: Writer): Delivery[] {
  const names = attributes.map((a) => a.Name);
  const blank = attributes.filter((a) => !a.Value).map((a) => a.Name);
  const values = attributes.filter((a) => a.Value);
  checkNames(pool, blank);
  checkAttributes(pool, values);
  checkWriter(writer, names);
  checkMutable(pool, names);
  checkRequired(pool, blank);
  for (const a of values) checkUnique(pool, user, a);

  const holdBack = pool.pool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? [];
  const autoVerified = pool.pool.AutoVerifiedAttributes ?? [];
  const toVerify: Verifiable[] = [];
  const pending = { ...user.pendingAttributes };
  for (const { Name, Value } of values) {
    if (!isVerifiable(Name) || attributeOf(user, Name) === Value) {
      setAttribute(user, Name, Value!);
      continue;
    }
    const markedVerified = isTrue(attributes.find((a) => a.Name === `${Name}_verified`)?.Value);
    if (markedVerified) {
      setAttribute(user, Name, Value!);
      delete pending[Name];
    } else if (holdBack.includes(Name) && attributeOf(user, Name) !== undefined) {
      pending[Name] = Value!;
      toVerify.push(Name);
    } else {
      setAttribute(user, Name, Value!);
      setAttribute(user, `${Name}_verified`, "false");
      delete pending[Name];
      if (autoVerified.includes(Name)) toVerify.push(Name);
    }
  }
  removeAttributes(user, blank);
  user.pendingAttributes = pending;
  user.user.UserLastModifiedDate = ctx.now();
  return toVerify.flatMap((name) => {
    const clientId = writer.client?.client.ClientId;
    const delivery = sendVerificationCode(ctx, pool, user, name, { source: "UpdateUserAttribute", ...(clientId !== undefined && { clientId }) });
    return delivery ? [delivery] : [];
  });
}

/** AdminDeleteUserAttributes / DeleteUserAttributes: the schema's required and immutable members stay. */
export function deleteAttributes(ctx: OperationContext, pool: PoolRecord, user: UserRecord, names: readonly string[], writer: Writer): void {
  checkNames(pool, names);
  checkWriter(writer, names);
  checkMutable(pool, names);
  checkRequired(pool, names);
  removeAttributes(user, names);
  const pending = { ...user.pendingAttributes };
  for (const n of names) if (isVerifiable(n)) delete pending[n];
  user.pendingAttributes = pending;
  user.user.UserLastModifiedDate = ctx.now();
}

/** Names alone (deletes): an unknown one gets checkAttributes' schema answer. */
function checkNames(pool: PoolRecord, names: readonly string[]): void {
  const unknown = names.find((n) => !schemaOf(pool, n));
  if (unknown !== undefined) checkAttributes(pool, [{ Name: unknown }]);
}

function checkRequired(pool: PoolRecord, names: readonly string[]): void {
  const missing = names.find((n) => schemaOf(pool, n)?.Required);
  if (missing) throw required(missing);
}

/** The value a code for this attribute goes to: the one waiting for verification, else the stored one. */
export function valueToVerify(user: UserRecord, name: Verifiable): string | undefined {
  return user.pendingAttributes?.[name] ?? attributeOf(user, name);
}

/**
 * A verification code for the user's email or phone (its pending value if any), kept for VerifyUserAttribute.
 * `source`: the message triggers' source tail, UpdateUserAttribute when an attribute update sent it (DOC).
 */
export function sendVerificationCode(
  ctx: OperationContext,
  pool: PoolRecord,
  user: UserRecord,
  name: Verifiable,
  via: { source?: "VerifyUserAttribute" | "UpdateUserAttribute"; clientId?: string } = {},
): Delivery | undefined {
  const destination = valueToVerify(user, name);
  if (destination === undefined) return undefined;
  const delivery: Delivery = { medium: name === "email" ? "EMAIL" : "SMS", attribute: name, destination };
  const code = newCode(ctx);
  user.codes = { ...user.codes, verification: { ...user.codes?.verification, [name]: pendingCode(ctx, code) } };
  sendCode(ctx, pool.pool.Id!, user, "VerifyUserAttribute", delivery, code, { source: via.source ?? "VerifyUserAttribute", ...(via.clientId !== undefined && { clientId: via.clientId }) });
  return delivery;
}

const HOUR_MS = 3_600_000;
const QUOTA = { sent: 5, attempts: 15 } as const;

/**
 * The per-user hourly quotas (DOC, dev guide "Quotas": 5 GetUserAttributeVerificationCode calls, 15 VerifyUserAttribute
 * attempts); over them LimitExceededException with §9's text (INFERRED here). The call or attempt counts once made.
 */
export function countVerification(ctx: OperationContext, user: UserRecord, kind: keyof typeof QUOTA): void {
  const now = ctx.nowMs();
  const recent = (user.verificationQuota?.[kind] ?? []).filter((t) => now - t < HOUR_MS);
  if (recent.length >= QUOTA[kind]) throw new AwsError("LimitExceededException", "Attempt limit exceeded, please try after some time.");
  user.verificationQuota = { ...user.verificationQuota, [kind]: [...recent, now] };
}

/** VerifyUserAttribute's code (consumed on success; §9's texts, INFERRED for attributes). */
export function checkVerificationCode(ctx: OperationContext, user: UserRecord, name: Verifiable, presented: string): void {
  countVerification(ctx, user, "attempts");
  const pending = user.codes?.verification?.[name];
  if (!pending || pending.code !== presented) throw codeErrors.mismatch();
  if (ctx.nowMs() > pending.expiresAt) throw codeErrors.expired();
  const { [name]: _, ...rest } = user.codes!.verification!;
  user.codes = { ...user.codes, verification: rest };
}

/** VerifyUserAttribute after the code matched: the pending value (if any) becomes the attribute, now verified. */
export function markVerified(ctx: OperationContext, user: UserRecord, name: Verifiable): void {
  const { [name]: value, ...rest } = user.pendingAttributes ?? {};
  if (value !== undefined) setAttribute(user, name, value);
  user.pendingAttributes = rest;
  setAttribute(user, `${name}_verified`, "true");
  user.user.UserLastModifiedDate = ctx.now();
}
