// Whole requests: the method, header list (missing, extra, duplicated, wrong content types, bad targets and
// Authorization headers) and body bytes (schema-shaped JSON, truncated, empty, invalid UTF-8, not an object).
import fc from "fast-check";
import { OPERATIONS, SERVICE, type OperationName } from "../../../generated/operations.ts";
import { serialize } from "./json-tree.ts";
import { exampleArbitrary, LEVELS, schemaArbitraries, type KnownValues } from "./schema-arbitrary.ts";

export interface GeneratedRequest {
  method: string;
  /** In order; a name may repeat. */
  headers: [string, string][];
  body: Buffer;
}

export const SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDFUZZ/20260601/us-east-1/cognito-idp/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";
export const JSON_CONTENT_TYPE = "application/x-amz-json-1.1";

const OTHER_TARGETS = [
  `${SERVICE.targetPrefix}.ListUserPools`,
  `${SERVICE.targetPrefix}.`,
  SERVICE.targetPrefix,
  "AWSCognitoIdentityProviderService.setRiskConfiguration",
  "awscognitoidentityproviderservice.DescribeUserPool",
  "CognitoIdentity.DescribeUserPool",
  `${SERVICE.targetPrefix}.DescribeUserPool.Extra`,
  `${SERVICE.targetPrefix}.__proto__`,
  `${SERVICE.targetPrefix}.constructor`,
  "",
];

const target = (operation: OperationName) =>
  fc.oneof(
    { arbitrary: fc.constant(OPERATIONS[operation].target), weight: 30 },
    { arbitrary: fc.constantFrom(...OTHER_TARGETS, ...Object.values(OPERATIONS).map((o) => o.target)), weight: 1 },
    { arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 40 }), weight: 1 },
  );

const authorization = fc.oneof(
  { arbitrary: fc.constant(SIGNED), weight: 30 },
  { arbitrary: fc.constantFrom("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA256 ", "Bearer abc", "AWS4-HMAC-SHA256 Credential=,,,", "aws4-hmac-sha256 Credential=x"), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 60 }), weight: 1 },
);

const contentType = fc.oneof(
  { arbitrary: fc.constant(JSON_CONTENT_TYPE), weight: 20 },
  { arbitrary: fc.constantFrom("application/json", "text/plain", "", "application/x-amz-json-1.0", "multipart/form-data; boundary=x", "application/x-amz-json-1.1; charset=latin1"), weight: 1 },
);

const headerToken = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const headerValue = fc.string({ unit: "grapheme-ascii", maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, " ").trim());

/** Headers: each expected one may be missing, changed or repeated; extra ones may appear. */
function headers(operation: OperationName): fc.Arbitrary<[string, string][]> {
  const maybe = (name: string, value: fc.Arbitrary<string>, keep = 0.97) =>
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), value).map(([draw, v]): [string, string][] => (draw < keep ? [[name, v]] : []));
  return fc
    .tuple(
      maybe("Content-Type", contentType),
      maybe("X-Amz-Target", target(operation)),
      maybe("Authorization", authorization),
      maybe("X-Amz-Date", fc.constantFrom("20260601T000000Z", "garbage")),
      fc.array(fc.tuple(headerToken, headerValue), { maxLength: 2 }),
      fc.integer({ min: 0, max: 29 }).map((n) => n === 0),
    )
    .map(([type, tgt, auth, date, extra, repeatTarget]) => [...type, ...tgt, ...(repeatTarget ? tgt : []), ...auth, ...date, ...extra]);
}

/** Lone continuation bytes, overlong forms, surrogates encoded in UTF-8, truncated sequences. */
const INVALID_UTF8 = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xff, 0xfe], [0xf4, 0x90, 0x80, 0x80]];

/** Bodies from the valid examples: mostly exact or nearly so, some mutated wildly. */
function exampleBodies(examples: readonly unknown[], schema: Record<string, any>, node: ReturnType<typeof schemaArbitraries>) {
  const [exact, nearly, wild] = LEVELS.map((level) => fc.oneof(...examples.map((e) => exampleArbitrary(e, schema, level, node))));
  return fc.oneof({ arbitrary: exact, weight: 5 }, { arbitrary: nearly, weight: 4 }, { arbitrary: wild, weight: 1 });
}

function bodies(operation: OperationName, known: KnownValues, examples: readonly unknown[]): fc.Arbitrary<Buffer> {
  const node = schemaArbitraries(known);
  const schema = OPERATIONS[operation].inputSchema;
  const [valid, light, heavy] = LEVELS.map((level) => node(schema, level));
  const fromSchema = fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: light, weight: 4 }, { arbitrary: heavy, weight: 2 });
  // Half the JSON bodies start from a valid request on live state, so success paths and their refusals are reached.
  // Operations with no valid example on live state (those not emulated yet) fuzz from the schema alone.
  const fromExamples = examples.length ? [{ arbitrary: exampleBodies(examples, schema, node), weight: 1 }] : [];
  const json = fc.oneof({ arbitrary: fromSchema, weight: 1 }, ...fromExamples).map(serialize);
  const text = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((s) => Buffer.from(s, "utf8"));
  return fc.oneof(
    { arbitrary: text(json), weight: 40 },
    { arbitrary: text(fc.tuple(json, fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1)))), weight: 3 },
    { arbitrary: text(fc.constantFrom("", " ", "\n", "null", "[]", "0", '"x"', "true", "{", "}", "{}{}", "\ufeff{}", '{"a":1}x', "[{}]")), weight: 3 },
    { arbitrary: text(fc.string({ unit: "binary", maxLength: 80 })), weight: 2 },
    { arbitrary: fc.uint8Array({ maxLength: 80 }).map((bytes) => Buffer.from(bytes)), weight: 1 },
    {
      // Valid JSON with invalid UTF-8 spliced in at a random point (inside a string, a key or between tokens).
      arbitrary: fc.tuple(json, fc.nat(), fc.constantFrom(...INVALID_UTF8)).map(([s, at, bad]) => {
        const bytes = Buffer.from(s, "utf8");
        const cut = at % (bytes.length + 1);
        return Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)]);
      }),
      weight: 3,
    },
  );
}

/** Requests for an operation; `examples` are valid requests on the fuzz's state to mutate from (sign-in-state.ts). */
export function requestArbitrary(operation: OperationName, known: KnownValues, examples: readonly unknown[] = []): fc.Arbitrary<GeneratedRequest> {
  const method = fc.oneof({ arbitrary: fc.constant("POST"), weight: 40 }, { arbitrary: fc.constantFrom("GET", "PUT", "DELETE", "PATCH", "OPTIONS"), weight: 1 });
  return fc.record({ method, headers: headers(operation), body: bodies(operation, known, examples) });
}
