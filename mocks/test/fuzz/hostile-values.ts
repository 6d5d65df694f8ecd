// Values no valid request carries: every JSON type in every place, huge strings, deep nesting, numbers at
// and past the edges, escapes for lone surrogates and control characters, keys that aim at prototypes.
import fc from "fast-check";
import { raw, value, type JsonNode } from "./json-tree.ts";

/** Keys that pollute a prototype when code copies them with assignment instead of defining them. */
export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString", "valueOf"] as const;

const pollutingObject: JsonNode = { t: "obj", entries: [["polluted", value("yes")], ["prototype", { t: "obj", entries: [["polluted", value("yes")]] }]] };

const protoKeyed: fc.Arbitrary<JsonNode> = fc
  .constantFrom(...PROTO_KEYS)
  .map((key): JsonNode => ({ t: "obj", entries: [[key, pollutingObject]] }));

const numbers = fc.oneof(
  fc.constantFrom("0", "-0", "1e400", "-1e400", "9007199254740993", "1.5", "-1", "2147483648", "1E2", "0.0000001"),
  fc.double().filter(Number.isFinite).map(String),
  fc.integer().map(String),
);

const oddStrings = fc.oneof(
  fc.constantFrom('""', '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"', '"\\n\\r\\t"', '"null"', '"__proto__"', '"us-east-1_"', '"_"', '"\\u202e"'),
  fc.string({ unit: "binary", maxLength: 30 }).map((s) => JSON.stringify(s)),
);

/** Up to 300 K characters: far over every maxLength, built by repetition so it stays cheap to generate. */
const hugeString = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 3 }), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([unit, times]) => raw(JSON.stringify(unit.repeat(times))));

/** Arrays or objects nested up to 20,000 deep, as text (JSON.parse copes; recursive code might not). */
const deepNesting = fc
  .tuple(fc.boolean(), fc.integer({ min: 50, max: 20_000 }))
  .map(([asArray, depth]) => raw(asArray ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`));

const scalar: fc.Arbitrary<JsonNode> = fc.oneof(numbers.map(raw), oddStrings.map(raw), fc.constantFrom("true", "false", "null").map(raw));

const container: fc.Arbitrary<JsonNode> = fc.oneof(
  fc.array(scalar, { maxLength: 5 }).map((items): JsonNode => ({ t: "arr", items })),
  fc.array(fc.tuple(fc.string({ maxLength: 8 }), scalar), { maxLength: 4 }).map((entries): JsonNode => ({ t: "obj", entries })),
  fc.constant<JsonNode>({ t: "obj", entries: [] }),
  fc.constant<JsonNode>({ t: "arr", items: [] }),
);

/** Something in place of a member's value. */
export const hostileValue: fc.Arbitrary<JsonNode> = fc.oneof(
  { arbitrary: scalar, weight: 30 },
  { arbitrary: container, weight: 20 },
  { arbitrary: protoKeyed, weight: 10 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
);

/** Entries added to an object beside its members: prototype keys, unknown names, nulls. */
export const extraEntry: fc.Arbitrary<[string, JsonNode]> = fc.oneof(
  fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.oneof(fc.constant(pollutingObject), scalar)),
  fc.tuple(fc.string({ maxLength: 12 }), hostileValue),
  fc.tuple(fc.string({ maxLength: 12 }), fc.constant(raw("null"))),
);
