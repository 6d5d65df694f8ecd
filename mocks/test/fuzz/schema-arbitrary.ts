// Requests shaped by an operation's input schema (generated/validators.<Operation>.cjs schema), then mutated: at
// each node a hostile value may replace the valid one, objects may gain extra or duplicate keys and lose
// required members. Known ids (pools, clients, users, events, tokens) are favoured so that requests get
// past the lookups and reach the operation's logic.
import fc from "fast-check";
import { extraEntry, hostileValue } from "./hostile-values.ts";
import { value, type JsonNode } from "./json-tree.ts";

type Schema = Record<string, any>;

/** Per node: how often a hostile value replaces it, an object gains extras, a required member goes. */
export interface MutationLevel {
  name: string;
  hostile: number;
  extras: number;
  dropRequired: number;
  /** In a mutated example: how often a value becomes another valid one (another pool, user or token: lookups refuse it). */
  swap: number;
}

export const LEVELS: readonly MutationLevel[] = [
  { name: "valid", hostile: 0, extras: 0, dropRequired: 0, swap: 0 },
  { name: "light", hostile: 0.03, extras: 0.05, dropRequired: 0.02, swap: 0.1 },
  { name: "heavy", hostile: 0.25, extras: 0.3, dropRequired: 0.2, swap: 0.3 },
];

/** Values to prefer for a string shape (x-aws-shape), e.g. UserPoolIdType -> the pools that exist. */
export type KnownValues = Partial<Record<string, readonly string[]>>;

/** `arbitrary` with probability p, else `otherwise`; only the branch taken is generated. */
const either = <A, B>(p: number, arbitrary: fc.Arbitrary<A>, otherwise: fc.Arbitrary<B>): fc.Arbitrary<A | B> =>
  p <= 0 ? otherwise : p >= 1 ? arbitrary : fc.oneof({ arbitrary, weight: Math.round(p * 1000) }, { arbitrary: otherwise, weight: Math.round((1 - p) * 1000) });

/** Building a generator for a Unicode-class pattern is slow, and the inlined schemas repeat patterns: one each. */
const patternArbitraries = new Map<string, fc.Arbitrary<string>>();
function matching(pattern: string): fc.Arbitrary<string> {
  const cached = patternArbitraries.get(pattern) ?? fc.stringMatching(new RegExp(pattern, "u"));
  patternArbitraries.set(pattern, cached);
  return cached;
}

function stringArbitrary(schema: Schema, known: KnownValues): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  const max = Math.min(schema.maxLength ?? 40, 40);
  const min = Math.min(schema.minLength ?? 0, max);
  const clip = (s: string) => (s.length > (schema.maxLength ?? Infinity) ? s.slice(0, schema.maxLength) : s);
  const generated = schema.pattern
    ? matching(schema.pattern).map(clip)
    : fc.string({ unit: "grapheme", minLength: min, maxLength: max });
  const favoured = known[schema["x-aws-shape"]];
  return favoured?.length ? fc.oneof({ arbitrary: fc.constantFrom(...favoured), weight: 6 }, { arbitrary: generated, weight: 1 }) : generated;
}

function objectArbitrary(schema: Schema, level: MutationLevel, known: KnownValues, node: NodeArbitrary): fc.Arbitrary<JsonNode> {
  const required = new Set<string>(schema.required ?? []);
  const members = Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([name, member]) => {
    const entry = node(member, level).map((n): [string, JsonNode] => [name, n]);
    const keepChance = required.has(name) ? 1 - level.dropRequired : 0.35;
    return either(keepChance, entry, fc.constant(undefined));
  });
  const mapEntries = schema.additionalProperties
    ? fc.array(fc.tuple(schema.propertyNames ? stringArbitrary(schema.propertyNames, known) : fc.string({ maxLength: 10 }), node(schema.additionalProperties, level)), { maxLength: 3 })
    : fc.constant([] as [string, JsonNode][]);
  const extras = either(level.extras, fc.array(extraEntry, { minLength: 1, maxLength: 3 }), fc.constant([] as [string, JsonNode][]));
  const duplicate = either(level.extras / 2, fc.tuple(fc.nat(), hostileValue), fc.constant(undefined));
  return fc.tuple(fc.tuple(...members), mapEntries, extras, duplicate).map(([picked, mapped, extra, dup]): JsonNode => {
    const entries = [...picked.filter((e): e is [string, JsonNode] => e !== undefined), ...mapped, ...extra];
    if (dup && entries.length) entries.push([entries[dup[0] % entries.length][0], dup[1]]);
    return { t: "obj", entries };
  });
}

/** A generator of values for any schema at any mutation level, favouring `known` values; memoized per schema. */
export function schemaArbitraries(known: KnownValues) {
  const cache = new Map<Schema, Map<string, fc.Arbitrary<JsonNode>>>();
  return function nodeArbitrary(schema: Schema, level: MutationLevel): fc.Arbitrary<JsonNode> {
    const byLevel = cache.get(schema) ?? new Map<string, fc.Arbitrary<JsonNode>>();
    cache.set(schema, byLevel);
    const cached = byLevel.get(level.name);
    if (cached) return cached;
    const valid = validArbitrary(schema, level, known, nodeArbitrary);
    const arbitrary = either(level.hostile, hostileValue, valid);
    byLevel.set(level.name, arbitrary);
    return arbitrary;
  };
}

export type NodeArbitrary = ReturnType<typeof schemaArbitraries>;

function validArbitrary(schema: Schema, level: MutationLevel, known: KnownValues, node: NodeArbitrary): fc.Arbitrary<JsonNode> {
  switch (schema.type) {
    case "object":
      return objectArbitrary(schema, level, known, node);
    case "array": {
      const max = Math.min(schema.maxItems ?? 4, 4);
      const items = fc.array(node(schema.items ?? {}, level), { minLength: Math.min(schema.minItems ?? 0, max), maxLength: max });
      return items.map((list): JsonNode => ({ t: "arr", items: list }));
    }
    case "string":
      return stringArbitrary(schema, known).map(value);
    case "integer":
      return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 - 1 }).map(value);
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map(value);
    case "boolean":
      return fc.boolean().map(value);
    default:
      return hostileValue;
  }
}

/** The schema of an object's member (or a map's value); `{}` (anything hostile) when the schema has none. */
const memberSchema = (schema: Schema, name: string): Schema => schema.properties?.[name] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : {});

/**
 * Mutations of a valid request (an example built on live state: the right password, a live session, a real token),
 * at a level: at each node a hostile value or another generated one may replace the example's, members may go,
 * extras may come. At the "valid" level the example itself, so the request reaches the operation's success path.
 */
export function exampleArbitrary(example: unknown, schema: Schema, level: MutationLevel, node: NodeArbitrary): fc.Arbitrary<JsonNode> {
  let kept: fc.Arbitrary<JsonNode>;
  if (Array.isArray(example)) {
    kept = fc.tuple(...example.map((item) => exampleArbitrary(item, schema.items ?? {}, level, node))).map((items): JsonNode => ({ t: "arr", items }));
  } else if (example !== null && typeof example === "object") {
    const entries = Object.entries(example).map(([name, v]) =>
      either(1 - level.dropRequired, exampleArbitrary(v, memberSchema(schema, name), level, node).map((n): [string, JsonNode] => [name, n]), fc.constant(undefined)),
    );
    const extras = either(level.extras, fc.array(extraEntry, { minLength: 1, maxLength: 3 }), fc.constant([] as [string, JsonNode][]));
    kept = fc.tuple(fc.tuple(...entries), extras).map(([picked, extra]): JsonNode => ({ t: "obj", entries: [...picked.filter((e): e is [string, JsonNode] => e !== undefined), ...extra] }));
  } else {
    kept = either(level.swap, node(schema, LEVELS[0]), fc.constant(value(example)));
  }
  return either(level.hostile, hostileValue, kept);
}
