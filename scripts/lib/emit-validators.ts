// Compiles one ajv (JSON Schema 2020-12) validator per operation input into standalone CommonJS code.
import type { KeywordErrorCxt } from "ajv/dist/types/index.js";
import Ajv2020, { _, type KeywordCxt } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { createRequire } from "node:module";
import { javaPatternToJs } from "./patterns.ts";
import { inline, operationsOf, type OpenApiDoc, type Schema } from "./spec.ts";

/** Extension keywords the compiled schemas carry; ajv ignores them but keeps them for error reports. */
export const EXTENSION_KEYWORDS = ["x-aws-shape", "x-aws-sensitive", "x-aws-timestamp", "x-aws-pattern", "x-aws-error", "x-aws-document"];

/** A blob's bounds count its decoded bytes, not its base64 characters: two keywords that compile to
 * `Buffer.byteLength(value, "base64")` checks (Node's own decoder arithmetic; the standalone code runs on Node). */
const BLOB_KEYWORDS = [
  { keyword: "x-aws-min-bytes", op: _`<` },
  { keyword: "x-aws-max-bytes", op: _`>` },
].map(({ keyword, op }) => ({
  keyword,
  type: "string" as const,
  schemaType: "number" as const,
  error: { message: keyword, params: ({ schema }: KeywordErrorCxt) => _`{limit: ${schema}}` },
  code(cxt: KeywordCxt) {
    cxt.fail(_`Buffer.byteLength(${cxt.data}, "base64") ${op} ${cxt.schema}`);
  },
}));

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

/**
 * minLength/maxLength count code points (ajv's ucs2length, a loop over every character). Text without a high
 * surrogate has as many code points as UTF-16 units, and one regular-expression test finds that 10-20x faster than
 * the loop: templates and IP lists of a full SetRiskConfiguration spent ~4 µs in it per request (issue 12).
 */
const UCS2LENGTH: string = createRequire(import.meta.url)("ajv/dist/runtime/ucs2length").default.code;
const CODE_POINT_LENGTH = `((ucs2length) => { const HIGH_SURROGATE = /[\\uD800-\\uDBFF]/; return (s) => (HIGH_SURROGATE.test(s) ? ucs2length(s) : s.length); })(${UCS2LENGTH})`;

/**
 * Most length checks are decided by the UTF-16 length alone, since a string has between length/2 and length code
 * points: it is within a maximum N when length <= N, and reaches a minimum N when length >= 2N (always for N = 0).
 * Only the rest count code points. The IP lists of a full SetRiskConfiguration (200 entries, bounds 0..131072)
 * made 400 counts per request (issue 21). ajv's `<count>(x) > N` / `< N` become guarded the same way everywhere.
 */
function guardLengthChecks(code: string): string {
  const name = new RegExp(String.raw`const (func\d+) = \(\(ucs2length\) =>`).exec(code)?.[1];
  if (!name) return code;
  return code.replace(new RegExp(String.raw`\b${name}\((\w+)\) ([<>]) (\d+)\)\{`, "g"), (_match, data: string, op: string, limit: string) =>
    op === ">" ? `${data}.length > ${limit} && ${name}(${data}) > ${limit}){` : `${data}.length < ${2 * Number(limit)} && ${name}(${data}) < ${limit}){`,
  );
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
    for (const definition of BLOB_KEYWORDS) ajv.addKeyword(definition);
    const schema = forAjv(inline(doc, { $ref: `#/components/schemas/${op.input}` }));
    const id = `urn:cognito-conformance:input:${op.name}`;
    ajv.addSchema({ ...schema, $id: id });
    // The inlined schema, for naming members in error messages (the validator doesn't expose its own).
    const code = guardLengthChecks(standaloneCode.default(ajv, { validate: id }).replaceAll(UCS2LENGTH, CODE_POINT_LENGTH));
    files[`validators.${op.name}.cjs`] = `${code}\nexports.schema = ${JSON.stringify(schema)};\n`;
  }
  return files;
}
