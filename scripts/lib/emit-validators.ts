// Compiles one ajv (JSON Schema 2020-12) validator per operation input into standalone CommonJS code.
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

/** One CommonJS file per operation input (`validators.<Operation>.cjs`: `validate` and the inlined `schema`), so
 * a process loads only the validators of the operations it is asked for, synchronously, on first use. */
export function emitValidators(doc: OpenApiDoc): Record<string, string> {
  const files: Record<string, string> = {};
  for (const op of operationsOf(doc)) {
    const ajv = new Ajv2020.default({
      allErrors: true, // every violated constraint becomes a clause of the AWS message
      verbose: true, // errors carry the value and parent schema (sensitivity, verbatim pattern)
      strict: true,
      unicodeRegExp: true,
      code: { source: true, esm: false, lines: true },
    });
    ajv.addVocabulary(EXTENSION_KEYWORDS);
    const schema = forAjv(inline(doc, { $ref: `#/components/schemas/${op.input}` }));
    const id = `urn:cognito-conformance:input:${op.name}`;
    ajv.addSchema({ ...schema, $id: id });
    // The inlined schema, for naming members in error messages (the validator doesn't expose its own).
    files[`validators.${op.name}.cjs`] = `${standaloneCode.default(ajv, { validate: id })}\nexports.schema = ${JSON.stringify(schema)};\n`;
  }
  return files;
}
