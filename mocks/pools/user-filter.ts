// ListUsers' Filter (aws-behavior.md §12.2, DOC): one clause `name = "value"` (exact) or `name ^= "value"` (prefix),
// the value in double quotes with `\"` inside; empty means every user. Only these attributes are searchable;
// `cognito:user_status` compares case-insensitively, `status` is Enabled / Disabled (INFERRED values).
import { errors } from "../protocol/errors.ts";
import type { UserRecord } from "../state.ts";

export type UserPredicate = (user: UserRecord) => boolean;

const ATTRIBUTES = ["email", "phone_number", "name", "given_name", "family_name", "preferred_username", "sub"];
const SEARCHABLE = new Set(["username", "cognito:user_status", "status", ...ATTRIBUTES]);

const CLAUSE = /^\s*([\w:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

/**
 * CONFIRMED text for a malformed filter. A well-formed clause on an attribute that is not searchable (a custom one)
 * is InvalidParameterException too (INFERRED); its text is UNKNOWN and the mock reuses the parse text.
 */
const parseError = () => errors.invalidParameter("Error while parsing filter.");

/** The filter as a test of one user; undefined for an empty filter (every user). */
export function parseUserFilter(filter: string | undefined): UserPredicate | undefined {
  if (filter === undefined || filter.trim() === "") return undefined;
  const match = CLAUSE.exec(filter);
  if (!match) throw parseError();
  const [, name = "", operator, raw = ""] = match;
  if (!SEARCHABLE.has(name)) throw parseError();
  const value = raw.replace(/\\(.)/g, "$1");
  const prefix = operator === "^=";
  const test = (candidate: string | undefined, fold = false) => {
    if (candidate === undefined) return false;
    const [c, v] = fold ? [candidate.toLowerCase(), value.toLowerCase()] : [candidate, value];
    return prefix ? c.startsWith(v) : c === v;
  };
  switch (name) {
    case "username":
      return (r) => test(r.user.Username);
    case "cognito:user_status":
      return (r) => test(r.user.UserStatus, true);
    case "status":
      return (r) => test(r.user.Enabled === false ? "Disabled" : "Enabled");
    default:
      return (r) => test(r.user.Attributes?.find((a) => a.Name === name)?.Value);
  }
}
