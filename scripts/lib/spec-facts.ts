// Reduces the OpenAPI document to constraint facts (see facts.ts).
import { canonical, type ApiFacts, type MemberFacts, type MemberKind } from "./facts.ts";
import { operationsOf, refName, resolve, type OpenApiDoc, type Schema } from "./spec.ts";

function kindOf(s: Schema): MemberKind {
  if (s["x-aws-timestamp"]) return "timestamp";
  if (s["x-aws-document"]) return "document";
  if (s.contentEncoding === "base64") return "blob";
  switch (s.type) {
    case "object":
      return s.additionalProperties && typeof s.additionalProperties === "object" ? "map" : "structure";
    case "array":
      return "list";
    case "string":
    case "integer":
    case "boolean":
      return s.type;
    default:
      throw new Error(`no AWS kind for schema ${JSON.stringify(s).slice(0, 120)}`);
  }
}

function flatten(doc: OpenApiDoc, shape: string, prefix: string, into: Record<string, MemberFacts>) {
  const root = doc.components.schemas[shape];
  const required = new Set<string>(root.required ?? []);
  for (const [name, ref] of Object.entries<Schema>(root.properties ?? {})) {
    walk(doc, ref, prefix ? `${prefix}.${name}` : name, required.has(name), into);
  }
}

function walk(doc: OpenApiDoc, ref: Schema, path: string, required: boolean, into: Record<string, MemberFacts>) {
  const s = resolve(doc, ref);
  const kind = kindOf(s);
  const facts: MemberFacts = { kind };
  if (ref.$ref && (kind === "structure" || kind === "string" || kind === "integer")) facts.shape = refName(ref.$ref);
  if (required) facts.required = true;
  const min = s.minLength ?? s.minItems ?? s.minProperties ?? s.minimum ?? s["x-aws-min-bytes"];
  const max = s.maxLength ?? s.maxItems ?? s.maxProperties ?? s.maximum ?? s["x-aws-max-bytes"];
  if (min !== undefined) facts.min = min;
  if (max !== undefined) facts.max = max;
  if (s.pattern !== undefined) facts.pattern = s.pattern;
  if (s.enum) facts.enum = s.enum;
  if (s["x-aws-sensitive"]) facts.sensitive = true;
  into[path] = facts;
  if (kind === "structure") flatten(doc, refName(ref.$ref), path, into);
  if (kind === "list") walk(doc, s.items, `${path}[]`, false, into);
  if (kind === "map") {
    walk(doc, s.propertyNames, `${path}{key}`, false, into);
    walk(doc, s.additionalProperties, `${path}{value}`, false, into);
  }
}

export function factsFromSpec(doc: OpenApiDoc): ApiFacts {
  const service = doc["x-aws-service"];
  const operations: ApiFacts["operations"] = {};
  for (const op of operationsOf(doc)) {
    const input: Record<string, MemberFacts> = {};
    const output: Record<string, MemberFacts> = {};
    flatten(doc, op.input, "", input);
    if (op.output) flatten(doc, op.output, "", output);
    operations[op.name] = { target: op.target, auth: op.auth, accessTokenMember: op.accessTokenMember, errors: op.errors, input, output };
  }
  return canonical({
    service: { signingName: service.signingName, targetPrefix: service.targetPrefix, apiVersion: service.apiVersion },
    operations,
  });
}
