// Small reads and writes of a user record that every flow shares.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import type { UserRecord } from "../state.ts";

type Status = components["schemas"]["UserStatusType"];

export const attributeOf = (user: UserRecord, name: string) => user.user.Attributes?.find((a) => a.Name === name)?.Value;

/**
 * `email_verified` / `phone_number_verified` are stored as given (`"True"` comes back as `"True"`) and read
 * case-insensitively as booleans (aws-behavior.md §12.2, INFERRED).
 */
export const isTrue = (value: string | undefined) => value?.toLowerCase() === "true";

/** Whether the user's email or phone number is verified. */
export const isVerified = (user: UserRecord, name: "email" | "phone_number") => isTrue(attributeOf(user, `${name}_verified`));

export function removeAttributes(user: UserRecord, names: readonly string[]): void {
  user.user.Attributes = (user.user.Attributes ?? []).filter((a) => !names.includes(a.Name));
}

export function setAttribute(user: UserRecord, name: string, value: string): void {
  const rest = (user.user.Attributes ?? []).filter((a) => a.Name !== name);
  user.user.Attributes = [...rest, { Name: name, Value: value }];
}

export function setStatus(ctx: OperationContext, user: UserRecord, status: Status): void {
  user.user.UserStatus = status;
  user.user.UserLastModifiedDate = ctx.now();
}

/** The user's `sub` (every user has one: AdminCreateUser and SignUp assign it). */
export const subOf = (user: UserRecord) => attributeOf(user, "sub") ?? user.user.Username!;
