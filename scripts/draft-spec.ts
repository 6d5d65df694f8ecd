// Drafts the spec entries of model operations the spec does not describe yet: their path items and every component
// schema they reach that the spec lacks, converted from a botocore service-2.json by the conventions of
// spec/README.md. It never changes what the spec already holds: the spec stays the hand-owned source, this only
// writes a first draft that is then read, edited and kept by hand (the drift test checks the result).
//   npx tsx scripts/draft-spec.ts [path/to/service-2.json] [--only Op,Op]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { DEFAULT_MODEL } from "./extract-model-facts.ts";
import { CONTENT_TYPE, SPEC_PATH, type Schema } from "./lib/spec.ts";

type Shape = Record<string, any>;
interface BotoModel {
  metadata: Record<string, string>;
  operations: Record<string, Shape>;
  shapes: Record<string, Shape>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const SIGNATURE_ERRORS = [
  "MissingAuthenticationTokenException",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "IncompleteSignatureException",
];

/** The first sentence of the model's documentation, as plain text. */
export function summaryOf(documentation: string | undefined): string {
  const text = (documentation ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ")
    .trim();
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** One model shape as a component schema (spec/README.md's conventions). */
export function schemaOf(name: string, s: Shape): Schema {
  if (s.exception) {
    const status = s.error?.httpStatusCode === 500 || name === "InternalErrorException" ? 500 : 400;
    return {
      type: "object",
      required: ["__type"],
      properties: { __type: { const: name }, message: { type: "string" } },
      "x-aws-error": { httpStatus: status },
    };
  }
  const out: Schema = {};
  switch (s.type) {
    case "structure":
      if (s.document) {
        // A Smithy document: any JSON value, carried as is.
        out["x-aws-document"] = true;
        break;
      }
      out.type = "object";
      if (s.required?.length) out.required = [...s.required];
      out.properties = Object.fromEntries(Object.entries<Shape>(s.members ?? {}).map(([m, r]) => [m, ref(r.shape)]));
      break;
    case "list":
      out.type = "array";
      out.items = ref(s.member.shape);
      if (s.min !== undefined) out.minItems = s.min;
      if (s.max !== undefined) out.maxItems = s.max;
      break;
    case "map":
      out.type = "object";
      out.propertyNames = ref(s.key.shape);
      out.additionalProperties = ref(s.value.shape);
      if (s.min !== undefined) out.minProperties = s.min;
      if (s.max !== undefined) out.maxProperties = s.max;
      break;
    case "string":
      out.type = "string";
      if (s.enum) out.enum = [...s.enum];
      if (s.min !== undefined) out.minLength = s.min;
      if (s.max !== undefined) out.maxLength = s.max;
      if (s.pattern !== undefined) out.pattern = s.pattern;
      break;
    case "blob":
      // awsJson1_1 sends a blob as base64 text; its bounds count the decoded bytes.
      out.type = "string";
      out.contentEncoding = "base64";
      if (s.min !== undefined) out["x-aws-min-bytes"] = s.min;
      if (s.max !== undefined) out["x-aws-max-bytes"] = s.max;
      break;
    case "integer":
    case "long":
      out.type = "integer";
      if (s.min !== undefined) out.minimum = s.min;
      if (s.max !== undefined) out.maximum = s.max;
      break;
    case "boolean":
      out.type = "boolean";
      break;
    case "timestamp":
      out.type = "number";
      out["x-aws-timestamp"] = "epoch-seconds";
      break;
    default:
      throw new Error(`${name}: unsupported botocore type ${s.type}`);
  }
  if (s.sensitive) out["x-aws-sensitive"] = true;
  return out;
}

/** The shapes a shape reaches, itself included. */
function reach(model: BotoModel, name: string, into: Set<string>) {
  if (into.has(name)) return;
  into.add(name);
  const s = model.shapes[name];
  for (const r of Object.values<Shape>(s.members ?? {})) reach(model, r.shape, into);
  if (s.member) reach(model, s.member.shape, into);
  if (s.key) reach(model, s.key.shape, into);
  if (s.value) reach(model, s.value.shape, into);
}

/** The protocol errors a 400 answer of any operation may carry (the server's 408/413 have statuses of their own). */
const PROTOCOL_400 = ["SerializationException", "UnknownOperationException"];

export function pathItemOf(model: BotoModel, name: string) {
  const op = model.operations[name];
  const target = `${model.metadata.targetPrefix}.${name}`;
  const noAuth = op.authtype === "none" || (op.auth ?? []).includes("smithy.api#noAuth");
  const byToken = noAuth && "AccessToken" in (model.shapes[op.input.shape].members ?? {});
  const errors: string[] = (op.errors ?? []).map((e: Shape) => e.shape);
  const wireErrors = [
    ...errors.filter((e) => e !== "InternalErrorException"),
    ...PROTOCOL_400,
    ...(noAuth ? [] : SIGNATURE_ERRORS),
  ];
  const output = op.output ? op.output.shape : "EmptyOutput";
  return {
    post: {
      operationId: name,
      summary: summaryOf(op.documentation),
      "x-amz-target": target,
      "x-aws-auth": byToken ? "access-token" : noAuth ? "none" : "sigv4",
      ...(byToken ? { "x-aws-access-token-member": "AccessToken" } : {}),
      security: noAuth ? [] : [{ sigv4: [] }],
      parameters: [
        { $ref: "#/components/parameters/ContentType" },
        { name: "X-Amz-Target", in: "header", required: true, schema: { type: "string", const: target } },
      ],
      requestBody: { required: true, content: { [CONTENT_TYPE]: { schema: ref(op.input.shape) } } },
      responses: {
        "200": {
          description: "Success.",
          headers: { "x-amzn-RequestId": { $ref: "#/components/headers/RequestId" } },
          content: { [CONTENT_TYPE]: { schema: ref(output) } },
        },
        "400": {
          description: "Client error: one of the errors this operation lists, or a protocol error.",
          headers: {
            "x-amzn-RequestId": { $ref: "#/components/headers/RequestId" },
            "x-amzn-ErrorType": { $ref: "#/components/headers/ErrorType" },
            "x-amzn-ErrorMessage": { $ref: "#/components/headers/ErrorMessage" },
          },
          content: { [CONTENT_TYPE]: { schema: { oneOf: wireErrors.map(ref) } } },
        },
        "500": { $ref: "#/components/responses/InternalError" },
      },
      "x-aws-errors": errors,
    },
  };
}

/** Adds the missing operations (and only what they need) to the spec text; returns the new text and what it added. */
export function draft(specText: string, model: BotoModel, only?: string[]) {
  const doc = YAML.parseDocument(specText);
  const spec = doc.toJS() as { paths: Record<string, { post: { operationId: string } }>; components: { schemas: Record<string, Schema> }};
  const have = new Set(Object.values(spec.paths).map((p) => p.post.operationId));
  const missing = Object.keys(model.operations)
    .filter((n) => !have.has(n) && (!only || only.includes(n)))
    .sort();
  const shapes = new Set<string>();
  for (const name of missing) {
    const op = model.operations[name];
    reach(model, op.input.shape, shapes);
    if (op.output) reach(model, op.output.shape, shapes);
    for (const e of op.errors ?? []) reach(model, e.shape, shapes);
  }
  const newShapes = [...shapes].filter((s) => !(s in spec.components.schemas)).sort();
  for (const name of missing) {
    doc.setIn(["paths", `/#X-Amz-Target=${model.metadata.targetPrefix}.${name}`], doc.createNode(pathItemOf(model, name)));
  }
  const schemas = doc.getIn(["components", "schemas"]) as YAML.YAMLMap;
  for (const name of newShapes) schemas.set(name, doc.createNode(schemaOf(name, model.shapes[name])));
  // Code-point order, as the spec keeps its components (MFAOptionType before MessageTemplateType).
  const keyOf = (p: YAML.Pair) => String((p.key as YAML.Scalar).value);
  schemas.items.sort((a, b) => (keyOf(a as YAML.Pair) < keyOf(b as YAML.Pair) ? -1 : 1));
  return { text: doc.toString({ lineWidth: 121, indentSeq: false }), operations: missing, shapes: newShapes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--only");
  const only = at >= 0 ? args.splice(at, 2)[1].split(",") : undefined;
  const model = JSON.parse(readFileSync(args[0] ?? DEFAULT_MODEL, "utf8")) as BotoModel;
  const { text, operations, shapes } = draft(readFileSync(SPEC_PATH, "utf8"), model, only);
  writeFileSync(SPEC_PATH, text);
  console.log(`drafted ${operations.length} operations and ${shapes.length} shapes into ${SPEC_PATH}; read and edit them: the spec is hand-owned`);
}
