// The constraint facts of an API, flattened to one record per member path. Both sides of the drift check
// (the OpenAPI spec and the botocore model) are reduced to this form, and the suites derive cases from it.

/** The model's types; a `blob` travels as base64 text and its bounds count decoded bytes; a `document` is any JSON value. */
export type MemberKind = "structure" | "list" | "map" | "string" | "integer" | "boolean" | "timestamp" | "blob" | "document";

export interface MemberFacts {
  kind: MemberKind;
  /** The AWS shape the member is of (for structures and named scalars). */
  shape?: string;
  required?: true;
  /** Length (string), item count (list), entry count (map), value (integer) or decoded byte count (blob) bounds. */
  min?: number;
  max?: number;
  /** Verbatim AWS pattern; it applies to the whole value. */
  pattern?: string;
  enum?: string[];
  sensitive?: true;
}

/** How a call is authorized: SigV4, nothing (the model's noAuth), or an access token in a member of the input. */
export type AuthKind = "sigv4" | "none" | "access-token";

export interface OperationFacts {
  target: string;
  auth: AuthKind;
  /** For "access-token" operations: the input member that carries the token. */
  accessTokenMember?: string;
  errors: string[];
  /** Member path -> facts. Paths: `A.B` nested member, `A[]` list item, `A{key}` / `A{value}` map key / value. */
  input: Record<string, MemberFacts>;
  output: Record<string, MemberFacts>;
}

export interface ApiFacts {
  service: { signingName: string; targetPrefix: string; apiVersion: string };
  operations: Record<string, OperationFacts>;
}

export const FACT_KEYS = ["kind", "required", "min", "max", "pattern", "enum", "sensitive"] as const;

/** Canonical order and shape, so that the JSON form is stable and two fact sets compare key by key. */
export function canonical(facts: ApiFacts): ApiFacts {
  const sortObj = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])) as Record<string, T>;
  const member = (m: MemberFacts): MemberFacts => {
    const out: Record<string, unknown> = {};
    for (const k of ["kind", "shape", ...FACT_KEYS.slice(1)] as const) if (m[k] !== undefined) out[k] = m[k];
    return out as unknown as MemberFacts;
  };
  const operations: Record<string, OperationFacts> = {};
  for (const name of Object.keys(facts.operations).sort()) {
    const op = facts.operations[name];
    operations[name] = {
      target: op.target,
      auth: op.auth,
      ...(op.accessTokenMember === undefined ? {} : { accessTokenMember: op.accessTokenMember }),
      errors: [...op.errors].sort(),
      input: sortObj(Object.fromEntries(Object.entries(op.input).map(([k, v]) => [k, member(v)]))),
      output: sortObj(Object.fromEntries(Object.entries(op.output).map(([k, v]) => [k, member(v)]))),
    };
  }
  return { service: facts.service, operations };
}

/** Every difference between two fact sets, each naming the operation, the member path and the fact. */
export function diffFacts(expected: ApiFacts, actual: ApiFacts, labels = { expected: "AWS model", actual: "spec" }): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));
  for (const name of new Set([...Object.keys(expected.operations), ...Object.keys(actual.operations)])) {
    const e = expected.operations[name];
    const a = actual.operations[name];
    if (!e || !a) {
      out.push(`${name}: operation is in the ${e ? labels.expected : labels.actual} only`);
      continue;
    }
    for (const key of ["target", "auth", "accessTokenMember"] as const) {
      if (e[key] !== a[key]) out.push(`${name}: ${key} is ${show(a[key])} in the ${labels.actual}, ${show(e[key])} in the ${labels.expected}`);
    }
    const missingErrors = e.errors.filter((x) => !a.errors.includes(x));
    const extraErrors = a.errors.filter((x) => !e.errors.includes(x));
    if (missingErrors.length) out.push(`${name}: errors missing from the ${labels.actual}: ${missingErrors.join(", ")}`);
    if (extraErrors.length) out.push(`${name}: errors not in the ${labels.expected}: ${extraErrors.join(", ")}`);
    for (const side of ["input", "output"] as const) {
      for (const path of new Set([...Object.keys(e[side]), ...Object.keys(a[side])])) {
        const em = e[side][path];
        const am = a[side][path];
        if (!em || !am) {
          out.push(`${name} ${side} ${path}: member is in the ${em ? labels.expected : labels.actual} only`);
          continue;
        }
        for (const key of FACT_KEYS) {
          if (JSON.stringify(em[key]) !== JSON.stringify(am[key])) {
            out.push(`${name} ${side} ${path}: ${key} is ${show(am[key])} in the ${labels.actual}, ${show(em[key])} in the ${labels.expected}`);
          }
        }
      }
    }
  }
  return out;
}
