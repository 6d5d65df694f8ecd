// Valid requests built from the facts: every required member filled with a conforming value, ids taken from the
// fixtures (accepted cases) or from well-formed stand-ins (refused cases: validation runs before any lookup).
import type { MemberFacts, OperationFacts } from "./facts.ts";
import { childrenOf } from "./facts.ts";
import { conformingString } from "./values.ts";

export type IdSource = "fixtures" | "stand-ins";

/** Top-level members that must name the fixtures for the request to reach the operation. */
const FIXTURE_MEMBERS: Record<string, { placeholder: string; standIn: string; fixture: string }> = {
  UserPoolId: { placeholder: "{{userPoolId}}", standIn: "us-east-1_Conformance0", fixture: "pool" },
  ClientId: { placeholder: "{{clientId}}", standIn: "conformance0stand0in0client", fixture: "client" },
  Username: { placeholder: "{{username}}", standIn: "conformance-user@example.com", fixture: "user" },
};

export const ABSENT = Symbol("absent");
export type MemberValue = unknown | typeof ABSENT;

/** A conforming value of modest length: the shortest from 8 (or min) up. */
export function plainString(facts: MemberFacts): string {
  const min = facts.min ?? 0;
  const max = facts.max ?? 2048;
  for (let length = Math.min(max, Math.max(min, 8)); length <= Math.min(max, 256); length++) {
    const s = conformingString(facts.pattern, length, { unicode: false });
    if (s !== undefined) return s;
  }
  throw new Error(`no conforming value for pattern ${facts.pattern}`);
}

export function validValue(op: OperationFacts, path: string, ids: IdSource): unknown {
  const facts: MemberFacts = path === "" ? { kind: "structure" } : op.input[path];
  const fixture = FIXTURE_MEMBERS[path];
  if (fixture) return ids === "fixtures" ? fixture.placeholder : fixture.standIn;
  switch (facts.kind) {
    case "string":
      return facts.enum ? facts.enum[0] : plainString(facts);
    case "integer":
      return facts.min ?? 1;
    case "boolean":
      return false;
    case "timestamp":
      return 0;
    case "map":
      return {};
    case "blob":
      return bytes(facts.min ?? 0);
    case "document":
      return {};
    case "list":
      return Array.from({ length: facts.min ?? 0 }, (_, i) => itemValue(op, `${path}[]`, ids, i));
    case "structure":
      return Object.fromEntries(
        childrenOf(op, path)
          .filter((c) => op.input[c].required)
          .map((c) => [path === "" ? c : c.slice(path.length + 1), validValue(op, c, ids)]),
      );
  }
}

/** A blob of `n` bytes, as awsJson1_1 sends it: base64 text. */
export const bytes = (n: number) => Buffer.alloc(n, 0x61).toString("base64");

/** `n` distinct valid keys of a map: its enum, the words of a finite pattern, or a conforming value with a counter. */
export function mapKeys(op: OperationFacts, mapPath: string, n: number): string[] | undefined {
  const facts = op.input[`${mapPath}{key}`];
  const pool = facts?.enum ?? (facts?.pattern ? finiteWords(facts.pattern) : undefined);
  if (pool) return pool.length >= n ? pool.slice(0, n) : undefined;
  const base = facts ? plainString(facts) : "key";
  const keys = Array.from({ length: n }, (_, i) => `${base}${i}`.slice(-(facts?.max ?? Infinity)));
  return new Set(keys).size === n ? keys : undefined;
}

/** The words of a pattern made only of literals, groups and alternatives (`^cognito:(default|dutch)$`), or undefined. */
export function finiteWords(pattern: string): string[] | undefined {
  const source = pattern.replace(/^\^/, "").replace(/\$$/, "");
  if (/[\\[\]*+?{}.]/.test(source)) return undefined;
  let at = 0;
  const alternatives = (): string[] => {
    const out: string[] = [];
    let words = [""];
    while (at < source.length && source[at] !== ")") {
      const ch = source[at++];
      if (ch === "|") (out.push(...words), (words = [""]));
      else if (ch === "(") {
        const inner = alternatives();
        at++; // the ")"
        words = words.flatMap((w) => inner.map((i) => w + i));
      } else words = words.map((w) => w + ch);
    }
    return [...out, ...words];
  };
  const words = alternatives();
  return at === source.length ? words : undefined;
}

/** The i-th valid item of a list: distinct enum values while they last. */
export function itemValue(op: OperationFacts, itemPath: string, ids: IdSource, i: number): unknown {
  const facts = op.input[itemPath];
  if (facts.kind === "string" && facts.enum) return facts.enum[i % facts.enum.length];
  return validValue(op, itemPath, ids);
}

/** The minimal valid request: the required top-level members. */
export function baseRequest(op: OperationFacts, ids: IdSource): Record<string, unknown> {
  return validValue(op, "", ids) as Record<string, unknown>;
}

/** The fixtures a request's placeholders need. */
export function fixturesOf(body: unknown): string[] {
  const text = JSON.stringify(body);
  return Object.values(FIXTURE_MEMBERS).filter((f) => text.includes(f.placeholder)).map((f) => f.fixture);
}

/**
 * The base request with the member at `path` set to `value` (or removed), creating its parents with their
 * required members. Lists get one item (`A[].B` -> A = [{..., B: value}], the item from `items` when given);
 * `A{key}`/`A{value}` one entry.
 */
export function withMember(op: OperationFacts, path: string, value: MemberValue, ids: IdSource, items: Record<string, (i: number) => unknown> = {}): Record<string, unknown> {
  const body = baseRequest(op, ids);
  const segments = path.split(".");
  let node: any = body;
  let prefix = "";
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const map = /^(.*)\{(key|value)\}$/.exec(segment);
    const list = segment.endsWith("[]");
    const name = map ? map[1] : list ? segment.slice(0, -2) : segment;
    const memberPath = prefix ? `${prefix}.${name}` : name;
    if (last && map) {
      const entry = map[2] === "key" ? [value, validValue(op, `${memberPath}{value}`, ids)] : [validValue(op, `${memberPath}{key}`, ids), value];
      node[name] = Object.fromEntries([entry]);
    } else if (last && list) node[name] = [value];
    else if (last) {
      if (value === ABSENT) delete node[name];
      else node[name] = value;
    } else if (list) {
      const item: any = items[`${memberPath}[]`]?.(0) ?? validValue(op, `${memberPath}[]`, ids);
      node[name] = [item];
      node = item;
    } else {
      node[name] ??= validValue(op, memberPath, ids);
      node = node[name];
    }
    prefix = list ? `${memberPath}[]` : memberPath;
  }
  return body;
}
