// Turns ajv's errors for an operation input into the error AWS would send: SerializationException for a
// wrong JSON type, otherwise InvalidParameterException with one clause per member and constraint
// (shared/reference/aws-behavior.md §2).
import type { ErrorObject } from "ajv";
import { AwsError } from "./errors.ts";

type Schema = Record<string, any>;

/** Java-style rendering of a value, as AWS prints it in `Value '<v>' at ...`. */
export function renderValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${k}=${renderValue(v)}`).join(", ")}}`;
  }
  return String(value);
}

export const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The AWS text of one violated constraint, or undefined for keywords that are not constraints. */
function constraintText(e: ErrorObject): string | undefined {
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case "minLength":
    case "minItems":
    case "minProperties":
    case "x-aws-min-bytes":
      return `Member must have length greater than or equal to ${p.limit}`;
    case "maxLength":
    case "maxItems":
    case "maxProperties":
    case "x-aws-max-bytes":
      return `Member must have length less than or equal to ${p.limit}`;
    case "minimum":
      return `Member must have value greater than or equal to ${p.limit}`;
    case "maximum":
      return `Member must have value less than or equal to ${p.limit}`;
    case "pattern":
      return `Member must satisfy regular expression pattern: ${e.parentSchema?.["x-aws-pattern"] ?? p.pattern}`;
    case "enum":
      return `Member must satisfy enum value set: [${(p.allowedValues as unknown[]).join(", ")}]`;
    default:
      return undefined;
  }
}

const unescapePointer = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

interface Located {
  /** AWS member path, e.g. `accountTakeoverRiskConfiguration.actions.highAction`. */
  path: string;
  value: unknown;
  sensitive: boolean;
  /** Set when the violation is inside a list of scalars or a map: the clause is reported on the container. */
  container?: { kind: "list" | "mapKey" | "mapValue"; path: string; value: unknown; sensitive: boolean };
}

/** Follows an instance path through the (inlined) input schema, naming members the way AWS does. */
function locate(root: Schema, input: unknown, instancePath: string, propertyName?: string): Located {
  const segments = instancePath === "" ? [] : instancePath.slice(1).split("/").map(unescapePointer);
  let schema: Schema = root;
  let value: any = input;
  let path = "";
  let container: Located["container"];
  // Inside a sensitive container (AuthParameters, ChallengeResponses, UserContextData) nothing is echoed: the
  // clause on a map would print the whole map, password and SECRET_HASH included.
  let hidden = false;
  for (const segment of segments) {
    hidden ||= !!schema["x-aws-sensitive"];
    if (schema.type === "array") {
      const index = Number(segment);
      const item = schema.items as Schema;
      if (item.type === "object" && !item.additionalProperties) {
        path = `${path}.${index + 1}.member`;
      } else {
        container ??= { kind: "list", path, value, sensitive: hidden };
      }
      schema = item;
    } else if (schema.properties) {
      schema = schema.properties[segment] ?? {};
      path = path ? `${path}.${lowerCamel(segment)}` : lowerCamel(segment);
    } else {
      // a map: the value under `segment`
      container ??= { kind: "mapValue", path, value, sensitive: hidden };
      schema = schema.additionalProperties as Schema;
    }
    value = value?.[segment];
  }
  if (propertyName !== undefined && schema.propertyNames) {
    hidden ||= !!schema["x-aws-sensitive"];
    container ??= { kind: "mapKey", path, value, sensitive: hidden };
    value = propertyName;
    schema = schema.propertyNames;
  }
  return { path, value, sensitive: hidden || !!schema["x-aws-sensitive"], container };
}

function head(path: string, value: unknown, sensitive: boolean) {
  if (value === undefined || value === null) return `Value null at '${path}'`;
  return sensitive ? `Value at '${path}'` : `Value '${renderValue(value)}' at '${path}'`;
}

const CONTAINER_PREFIX = {
  list: "Member must satisfy constraint",
  mapKey: "Map keys must satisfy constraint",
  mapValue: "Map value must satisfy constraint",
} as const;

/** The clauses of an InvalidParameterException, one per member and constraint, in a stable order. */
export function clausesFor(errors: ErrorObject[], rootSchema: Schema, input: unknown): string[] {
  const clauses: string[] = [];
  const grouped = new Map<string, { head: string; prefix: string; inner: string[] }>();
  for (const e of errors) {
    if (e.keyword === "required") {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const at = locate(rootSchema, input, `${e.instancePath}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      clauses.push(`${head(at.path, null, false)} failed to satisfy constraint: Member must not be null`);
      continue;
    }
    const text = constraintText(e);
    if (!text) continue; // propertyNames/if/etc: their inner errors carry the constraint
    const at = locate(rootSchema, input, e.instancePath, (e as ErrorObject & { propertyName?: string }).propertyName);
    if (at.container) {
      const c = at.container;
      const key = `${c.kind}:${c.path}`;
      const group = grouped.get(key) ?? { head: head(c.path, c.value, c.sensitive), prefix: CONTAINER_PREFIX[c.kind], inner: [] };
      if (!group.inner.includes(text)) group.inner.push(text);
      grouped.set(key, group);
    } else {
      clauses.push(`${head(at.path, at.value, at.sensitive)} failed to satisfy constraint: ${text}`);
    }
  }
  for (const g of grouped.values()) clauses.push(`${g.head} failed to satisfy constraint: ${g.prefix}: [${g.inner.join(", ")}]`);
  return clauses;
}

export function validationMessage(clauses: string[]): string {
  const n = clauses.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${clauses.join("; ")}`;
}

const JSON_KIND = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

/** The SerializationException text for a value of the wrong JSON type (Coral's wording; INFERRED but one). */
function serializationMessage(e: ErrorObject): string {
  const actual = JSON_KIND(e.data);
  if (actual === "object") return "Start of structure or map found where not expected.";
  if (actual === "array") return "Start of list found where not expected.";
  const expected = String((e.params as { type: string }).type);
  const token = actual === "string" ? "STRING_VALUE" : actual === "number" ? "NUMBER_VALUE" : actual === "boolean" ? "BOOLEAN_VALUE" : "VALUE_NULL";
  const names: Record<string, string> = { string: "String", integer: "Integer", number: "Double", boolean: "Boolean", object: "Structure", array: "List" };
  return `${token} can not be converted to ${names[expected] ?? expected}`;
}

/** Validates; returns nothing when the input is valid, else the AwsError to send. */
export function validationError(
  validate: { (data: unknown): boolean; errors?: ErrorObject[] | null },
  schema: Schema,
  input: unknown,
): AwsError | undefined {
  if (validate(input)) return undefined;
  const errors = validate.errors ?? [];
  const typeError = errors.find((e) => e.keyword === "type");
  if (typeError) return new AwsError("SerializationException", serializationMessage(typeError));
  const clauses = clausesFor(errors, schema, input);
  return new AwsError("InvalidParameterException", validationMessage(clauses));
}
