// User rules shared by AdminCreateUser and AdminDeleteUser: attribute names against the pool's schema,
// usernames in pools that sign in with email or phone, and the pool's user count.
import type { components } from "../../generated/types.ts";
import { errors } from "../protocol/errors.ts";
import type { PoolRecord, UserRecord } from "../state.ts";

type Attribute = components["schemas"]["AttributeType"];

const EMAIL = /^[^@\s]+@[^@\s]+$/;
const PHONE = /^\+[0-9]{4,15}$/;

/**
 * Attribute names against the pool's schema (INFERRED text: reports of SignUp/UpdateUserAttributes answers,
 * `<name>: Attribute does not exist in the schema.` after AWS's "did not conform" lead), and the email and
 * phone number formats (texts INFERRED).
 */
export function checkAttributes(pool: PoolRecord, attributes: Attribute[]): void {
  const known = new Set((pool.pool.SchemaAttributes ?? []).map((a) => a.Name));
  const unknown = attributes.find((a) => !known.has(a.Name));
  if (unknown) throw errors.invalidParameter(`Attributes did not conform to the schema: ${unknown.Name}: Attribute does not exist in the schema.\n`);
  for (const { Name, Value = "" } of attributes) {
    if (Name === "email" && !EMAIL.test(Value)) throw errors.invalidParameter("Invalid email address format.");
    if (Name === "phone_number" && !PHONE.test(Value)) throw errors.invalidParameter("Invalid phone number format.");
  }
}

/**
 * In a pool whose users sign in with email or phone number, the Username given is that attribute and AWS
 * names the user by its `sub` (DOC: UsernameAttributes). Returns the attribute the username stands for.
 */
export function usernameAttributeOf(pool: PoolRecord, username: string): Attribute | undefined {
  const allowed = pool.pool.UsernameAttributes ?? [];
  if (allowed.length === 0) return undefined;
  if (allowed.includes("email") && EMAIL.test(username)) return { Name: "email", Value: username };
  if (allowed.includes("phone_number") && PHONE.test(username)) return { Name: "phone_number", Value: username };
  const wanted = allowed.length === 2 ? "either an email or a phone number" : allowed[0] === "email" ? "an email" : "a phone number";
  throw errors.invalidParameter(`Username should be ${wanted}.`);
}

/** The user whose username attribute (email or phone number) has this value, if the pool signs in that way. */
export function userWithAttribute(pool: PoolRecord, attribute: Attribute) {
  for (const record of pool.users.values()) {
    if (record.user.Attributes?.some((a) => a.Name === attribute.Name && a.Value === attribute.Value)) return record;
  }
  return undefined;
}

/** DescribeUserPool's EstimatedNumberOfUsers follows the users (a new pool object: see protocol/serialized.ts). */
export function recountUsers(pool: PoolRecord): void {
  pool.pool = { ...pool.pool, EstimatedNumberOfUsers: pool.users.size };
}

/** Deletes a user (AdminDeleteUser, DeleteUser): its record under whatever key it is stored, and the count. */
export function removeUser(pool: PoolRecord, record: UserRecord): void {
  for (const [key, candidate] of pool.users) if (candidate === record) pool.users.delete(key);
  recountUsers(pool);
}
