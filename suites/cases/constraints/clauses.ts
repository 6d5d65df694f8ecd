// The validation-message clauses AWS sends (aws-behavior.md §2), computed from the facts by the suite's own code
// (independent of the mock's validation module, which it checks).
import type { MemberFacts } from "../../../scripts/lib/facts.ts";
import { wholeValueRegExp } from "./values.ts";

/** Java's List/Map toString, as the service prints a value in `Value '<v>' at ...`. */
export function javaString(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(javaString).join(", ")}]`;
  if (value !== null && typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `${k}=${javaString(v)}`).join(", ")}}`;
  return String(value);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Where the clause points: `A.B` -> `a.b` (dotted, lowerCamelCase); list and map parts stop at the container. */
export function awsPath(memberPath: string): string {
  const segments = memberPath.replace(/\{(key|value)\}$/, "").split(".");
  return segments
    .map((segment, i) => {
      const name = lowerFirst(segment.replace(/\[\]$/, ""));
      // A member of a list of structures: Coral numbers the item from 1 (`schema.1.member.name`).
      return segment.endsWith("[]") && i < segments.length - 1 ? `${name}.1.member` : name;
    })
    .join(".");
}

/** The constraint texts a value violates: length, value, pattern, enum (one clause each). */
export function violatedConstraints(facts: MemberFacts, value: unknown): string[] {
  const out: string[] = [];
  // A blob's bounds count its decoded bytes; a string's its characters; a list's items; a map's entries.
  const size =
    facts.kind === "blob" && typeof value === "string" ? Buffer.byteLength(value, "base64")
    : typeof value === "string" ? value.length
    : Array.isArray(value) ? value.length
    : value && typeof value === "object" ? Object.keys(value).length
    : undefined;
  if (typeof value === "number") {
    if (facts.min !== undefined && value < facts.min) out.push(`Member must have value greater than or equal to ${facts.min}`);
    if (facts.max !== undefined && value > facts.max) out.push(`Member must have value less than or equal to ${facts.max}`);
    return out;
  }
  if (size !== undefined) {
    if (facts.min !== undefined && size < facts.min) out.push(`Member must have length greater than or equal to ${facts.min}`);
    if (facts.max !== undefined && size > facts.max) out.push(`Member must have length less than or equal to ${facts.max}`);
  }
  if (typeof value === "string" && facts.pattern && !wholeValueRegExp(facts.pattern).test(value)) {
    out.push(`Member must satisfy regular expression pattern: ${facts.pattern}`);
  }
  if (typeof value === "string" && facts.enum && !facts.enum.includes(value)) out.push(`Member must satisfy enum value set: [${facts.enum.join(", ")}]`);
  return out;
}

/** `Value '<v>' at '<path>' failed to satisfy constraint: <text>`; sensitive values are left out, null says null. */
export function clause(path: string, value: unknown, sensitive: boolean | undefined, text: string): string {
  const head = value === undefined || value === null ? `Value null at '${path}'` : sensitive ? `Value at '${path}'` : `Value '${javaString(value)}' at '${path}'`;
  return `${head} failed to satisfy constraint: ${text}`;
}

export const missingClause = (path: string) => clause(path, null, false, "Member must not be null");

export function validationMessage(clauses: readonly string[]): string {
  return `${clauses.length} validation error${clauses.length === 1 ? "" : "s"} detected: ${clauses.join("; ")}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A clause whose value rendering is not confirmed: any value, exact path and constraint text. */
export const clauseAnyValue = (path: string, text: string) => ({
  pattern: `^Value (?:'.*' )?at '${escapeRegExp(path)}' failed to satisfy constraint: ${escapeRegExp(text)}$`,
});
