// Compiles one ajv (JSON Schema 2020-12) validator per operation input into standalone ESM code.
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { javaPatternToJs } from "./patterns.ts";
import { inline, operationsOf, type OpenApiDoc, type Schema } from "./spec.ts";

/** Extension keywords the compiled schemas carry; ajv ignores them but keeps them for error reports. */
export const EXTENSION_KEYWORDS = ["x-aws-shape", "x-aws-sensitive", "x-aws-timestamp", "x-aws-pattern", "x-aws-error"];

/** Anchors and translates patterns, keeping the AWS text in `x-aws-pattern` for the error message. */
function forAjv(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "pattern") {
      out.pattern = javaPatternToJs(value as string);
      out["x-aws-pattern"] = value;
    } else if (key === "properties") {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([k, v]) => [k, forAjv(v)]));
    } else if (key === "items" || key === "additionalProperties" || key === "propertyNames") {
      out[key] = forAjv(value as Schema);
    } else out[key] = value;
  }
  return out;
}

export function emitValidators(doc: OpenApiDoc): string {
  const ajv = new Ajv2020.default({
    allErrors: true, // every violated constraint becomes a clause of the AWS message
    verbose: true, // errors carry the value and parent schema (sensitivity, verbatim pattern)
    strict: true,
    unicodeRegExp: true,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addVocabulary(EXTENSION_KEYWORDS);
  const exports: Record<string, string> = {};
  const schemas: Record<string, Schema> = {};
  for (const op of operationsOf(doc)) {
    const schema = forAjv(inline(doc, { $ref: `#/components/schemas/${op.input}` }));
    const id = `urn:cognito-conformance:input:${op.name}`;
    ajv.addSchema({ ...schema, $id: id });
    exports[op.name] = id;
    schemas[op.name] = schema;
  }
  let code = standaloneCode.default(ajv, exports);
  // The inlined schemas, for naming members in error messages (the validators don't expose theirs).
  code += `\nexport const inputSchemas = ${JSON.stringify(schemas)};\n`;
  // The ESM output still `require`s ajv's runtime helpers (ucs2length, equal); give it a require.
  code = `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n${code}`;
  return code;
}

export function emitValidatorTypes(doc: OpenApiDoc): string {
  const lines = [
    `import type { ErrorObject } from "ajv";`,
    `export interface InputValidator {`,
    `  (data: unknown): boolean;`,
    `  errors?: ErrorObject[] | null;`,
    `}`,
  ];
  for (const op of operationsOf(doc)) lines.push(`export declare const ${op.name}: InputValidator;`);
  lines.push(`/** The inlined input schemas the validators were compiled from (patterns anchored, AWS text in x-aws-pattern). */`);
  lines.push(`export declare const inputSchemas: Record<string, Record<string, any>>;`);
  return lines.join("\n") + "\n";
}
