// Reads the hand-maintained OpenAPI document and gives the rest of the pipeline a resolved view of it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { AuthKind } from "./facts.ts";

export const SPEC_PATH = fileURLToPath(new URL("../../spec/cognito-idp.openapi.yaml", import.meta.url));

export type Schema = Record<string, any>;
export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, { post: OperationObject }>;
  components: { schemas: Record<string, Schema> };
  "x-aws-service": { signingName: string; targetPrefix: string; protocol: string; apiVersion: string };
  "x-aws-protocol-errors": string[];
  [key: string]: unknown;
}
export interface OperationObject {
  operationId: string;
  "x-amz-target": string;
  "x-aws-auth": AuthKind;
  /** With `x-aws-auth: access-token`: the input member carrying the user's access token. */
  "x-aws-access-token-member"?: string;
  "x-aws-errors": string[];
  requestBody: { content: Record<string, { schema: Schema }> };
  responses: Record<string, any>;
  [key: string]: unknown;
}

export const CONTENT_TYPE = "application/x-amz-json-1.1";

export function loadSpecText(path = SPEC_PATH): string {
  return readFileSync(path, "utf8");
}

export function loadSpec(path = SPEC_PATH): OpenApiDoc {
  return parse(loadSpecText(path)) as OpenApiDoc;
}

/** The operations in document order, with their input and output component names. */
export function operationsOf(doc: OpenApiDoc) {
  return Object.values(doc.paths).map(({ post }) => {
    const input = refName(post.requestBody.content[CONTENT_TYPE].schema.$ref);
    const outRef = post.responses["200"].content[CONTENT_TYPE].schema.$ref as string;
    const output = refName(outRef);
    return {
      name: post.operationId,
      target: post["x-amz-target"],
      auth: post["x-aws-auth"],
      accessTokenMember: post["x-aws-access-token-member"],
      errors: post["x-aws-errors"],
      input,
      output: output === "EmptyOutput" ? undefined : output,
    };
  });
}
export type OperationInfo = ReturnType<typeof operationsOf>[number];

export function refName(ref: string): string {
  const prefix = "#/components/schemas/";
  if (!ref?.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

/** Follows a `$ref` to its component schema; other schemas come back unchanged. */
export function resolve(doc: OpenApiDoc, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const target = doc.components.schemas[refName(schema.$ref)];
  if (!target) throw new Error(`dangling $ref ${schema.$ref}`);
  return target;
}

/** The schema with every `$ref` replaced by a copy of its target (the model has no recursive shapes here). */
export function inline(doc: OpenApiDoc, schema: Schema, seen: string[] = []): Schema {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    if (seen.includes(name)) throw new Error(`recursive shape ${[...seen, name].join(" -> ")}`);
    return { ...inline(doc, resolve(doc, schema), [...seen, name]), "x-aws-shape": name };
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([k, v]) => [k, inline(doc, v, seen)]),
      );
    } else if (key === "items" || key === "additionalProperties" || key === "propertyNames") {
      out[key] = typeof value === "object" ? inline(doc, value as Schema, seen) : value;
    } else {
      out[key] = value;
    }
  }
  return out;
}
