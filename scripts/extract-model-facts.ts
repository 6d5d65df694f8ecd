// Reads a botocore service-2.json and writes the constraint facts (no documentation text) of the operations
// the spec describes to spec/aws-model.facts.json, the committed side of the drift check.
//   npm run extract-model -- [path/to/service-2.json]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { canonical, type ApiFacts, type MemberFacts, type MemberKind } from "./lib/facts.ts";
import { loadSpec, operationsOf } from "./lib/spec.ts";

export const DEFAULT_MODEL = fileURLToPath(
  new URL("../../shared/reference/cognito-idp-2016-04-18.service-2.json", import.meta.url),
);
export const MODEL_FACTS_PATH = fileURLToPath(new URL("../spec/aws-model.facts.json", import.meta.url));

type BotoShape = Record<string, any>;
interface BotoModel {
  metadata: Record<string, string>;
  operations: Record<string, BotoShape>;
  shapes: Record<string, BotoShape>;
}

/** The member that authorizes a noAuth operation in place of SigV4 (the model documents it as the user's token). */
const ACCESS_TOKEN_MEMBER = "AccessToken";

const KINDS: Record<string, MemberKind> = {
  structure: "structure", list: "list", map: "map", string: "string",
  integer: "integer", long: "integer", boolean: "boolean", timestamp: "timestamp", blob: "blob",
};

function flatten(model: BotoModel, shapeName: string, prefix: string, into: Record<string, MemberFacts>) {
  const shape = model.shapes[shapeName];
  const required = new Set<string>(shape.required ?? []);
  for (const [name, ref] of Object.entries<BotoShape>(shape.members ?? {})) {
    walk(model, ref.shape, prefix ? `${prefix}.${name}` : name, required.has(name), into);
  }
}

function walk(model: BotoModel, shapeName: string, path: string, required: boolean, into: Record<string, MemberFacts>) {
  const s = model.shapes[shapeName];
  const kind = s.document ? "document" : KINDS[s.type];
  if (!kind) throw new Error(`${path}: unsupported botocore type ${s.type}`);
  const facts: MemberFacts = { kind };
  if (kind === "structure" || kind === "string" || kind === "integer") facts.shape = shapeName;
  if (required) facts.required = true;
  if (s.min !== undefined) facts.min = s.min;
  if (s.max !== undefined) facts.max = s.max;
  if (s.pattern !== undefined) facts.pattern = s.pattern;
  if (s.enum) facts.enum = s.enum;
  if (s.sensitive) facts.sensitive = true;
  into[path] = facts;
  if (kind === "structure") flatten(model, shapeName, path, into);
  if (kind === "list") walk(model, s.member.shape, `${path}[]`, false, into);
  if (kind === "map") {
    walk(model, s.key.shape, `${path}{key}`, false, into);
    walk(model, s.value.shape, `${path}{value}`, false, into);
  }
}

export function factsFromModel(model: BotoModel, operationNames: string[]): ApiFacts {
  const operations: ApiFacts["operations"] = {};
  for (const name of operationNames) {
    const op = model.operations[name];
    if (!op) throw new Error(`operation ${name} is not in the model`);
    const noAuth = op.authtype === "none" || (op.auth ?? []).includes("smithy.api#noAuth");
    const input: Record<string, MemberFacts> = {};
    const output: Record<string, MemberFacts> = {};
    flatten(model, op.input.shape, "", input);
    if (op.output) flatten(model, op.output.shape, "", output);
    const byToken = noAuth && ACCESS_TOKEN_MEMBER in (model.shapes[op.input.shape].members ?? {});
    operations[name] = {
      target: `${model.metadata.targetPrefix}.${name}`,
      auth: byToken ? "access-token" : noAuth ? "none" : "sigv4",
      ...(byToken ? { accessTokenMember: ACCESS_TOKEN_MEMBER } : {}),
      errors: (op.errors ?? []).map((e: BotoShape) => e.shape),
      input,
      output,
    };
  }
  return canonical({
    service: {
      signingName: model.metadata.signingName ?? model.metadata.endpointPrefix,
      targetPrefix: model.metadata.targetPrefix,
      apiVersion: model.metadata.apiVersion,
    },
    operations,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const modelPath = process.argv[2] ?? DEFAULT_MODEL;
  const model = JSON.parse(readFileSync(modelPath, "utf8")) as BotoModel;
  const names = operationsOf(loadSpec()).map((o) => o.name);
  const facts = factsFromModel(model, names);
  writeFileSync(MODEL_FACTS_PATH, JSON.stringify(facts, null, 2) + "\n");
  const members = Object.values(facts.operations).reduce((n, o) => n + Object.keys(o.input).length + Object.keys(o.output).length, 0);
  console.log(`wrote ${MODEL_FACTS_PATH}: ${names.length} operations, ${members} member paths`);
}
