// Partial comparison, as Smithy protocol tests do it: listed headers only, JSON bodies by structure,
// messages by clause set or pattern. Returns failures (assertions) and notes (advisory differences).
import type { Expectation, MessageExpectation, TextMatch } from "./case.ts";
import type { Answer } from "./target.ts";

export interface Verdict {
  failures: string[];
  notes: string[];
  /** For an `accepted` expectation that held: on a success, or on one of its named refusals. */
  acceptedOn?: "success" | "named-refusal";
}

export const matchText = (m: TextMatch, actual: string) =>
  typeof m === "string" ? m === actual : new RegExp(m.pattern, "su").test(actual);

const show = (m: TextMatch) => (typeof m === "string" ? JSON.stringify(m) : `/${m.pattern}/`);

/** Structural equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as any)[k], (b as any)[k]));
}

const MATCHER_KEYS = new Set(["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$pattern", "$contains", "$all", "$not"]);

/** An object whose keys are all matcher keys (`{ $gt: 5 }`); see `Matcher` in case.ts. */
export const isMatcher = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => MATCHER_KEYS.has(k));

/** Saved values are text: a number equals its decimal text. */
const looseEqual = (actual: unknown, expected: unknown) =>
  jsonEqual(actual, expected) || (typeof actual === "number" && typeof expected === "string" && expected.trim() !== "" && Number(expected) === actual);

const ORDER: Record<string, [string, (a: number, b: number) => boolean]> = {
  $gt: [">", (a, b) => a > b],
  $gte: [">=", (a, b) => a >= b],
  $lt: ["<", (a, b) => a < b],
  $lte: ["<=", (a, b) => a <= b],
};

function matcherHolds(key: string, operand: unknown, actual: unknown): boolean {
  if (key === "$eq") return looseEqual(actual, operand);
  if (key === "$ne") return !looseEqual(actual, operand);
  if (key in ORDER) return typeof actual === "number" && ORDER[key][1](actual, Number(operand));
  if (key === "$pattern") return typeof actual === "string" && new RegExp(String(operand), "su").test(actual);
  if (key === "$contains") {
    if (typeof actual === "string") return typeof operand === "string" && actual.includes(operand);
    return Array.isArray(actual) && actual.some((item) => subsetDiff(operand, item).length === 0);
  }
  if (key === "$all") return Array.isArray(operand) && operand.every((o) => matcherHolds("$contains", o, actual));
  return subsetDiff(operand, actual).length > 0; // $not
}

const describeMatcher = (key: string, operand: unknown) => `${ORDER[key]?.[0] ?? key} ${JSON.stringify(operand)}`;

/** Every key of `expected` is in `actual` with a matching value; the differences as dotted paths. */
export function subsetDiff(expected: unknown, actual: unknown, path = ""): string[] {
  if (isMatcher(expected)) {
    const failed = Object.entries(expected).filter(([k, v]) => !matcherHolds(k, v, actual));
    return failed.map(([k, v]) => `${path || "body"}: expected ${describeMatcher(k, v)}, got ${JSON.stringify(actual)}`);
  }
  if (expected === null || typeof expected !== "object") {
    return jsonEqual(expected, actual) ? [] : [`${path || "body"}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (actual === null || typeof actual !== "object" || Array.isArray(expected) !== Array.isArray(actual)) {
    return [`${path || "body"}: expected ${Array.isArray(expected) ? "a list" : "an object"}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected) && expected.length !== (actual as unknown[]).length) {
    return [`${path}: expected ${expected.length} items, got ${(actual as unknown[]).length}`];
  }
  return Object.entries(expected).flatMap(([k, v]) => subsetDiff(v, (actual as any)[k], path ? `${path}.${k}` : k));
}

const at = (value: unknown, dotted: string) =>
  dotted.split(".").reduce<any>((v, k) => (v === null || typeof v !== "object" ? undefined : v[k]), value);

const VALIDATION_HEAD = /^(\d+) validation errors? detected: /s;

/** Whether `message` is `N validation error(s) detected: ` followed by exactly these clauses, in any order. */
export function clauseSetDiff(expected: readonly TextMatch[], message: string): string[] {
  const head = VALIDATION_HEAD.exec(message);
  if (!head) return [`message is not a validation message: ${JSON.stringify(message)}`];
  const out: string[] = [];
  const n = expected.length;
  const wantHead = `${n} validation error${n === 1 ? "" : "s"} detected: `;
  if (head[0] !== wantHead) out.push(`message starts ${JSON.stringify(head[0])}, expected ${JSON.stringify(wantHead)}`);
  // Clauses are separated by "; " but values may contain it: consume the exact clauses first, then match patterns.
  let rest = message.slice(head[0].length);
  const patterns: TextMatch[] = [];
  for (const clause of expected) {
    if (typeof clause !== "string") {
      patterns.push(clause);
      continue;
    }
    const i = rest.indexOf(clause);
    if (i < 0) out.push(`missing clause ${JSON.stringify(clause)}`);
    else rest = rest.slice(0, i) + "\u0000" + rest.slice(i + clause.length);
  }
  const leftovers = rest.split(/\u0000/).flatMap((s) => s.split("; ")).map((s) => s.trim()).filter((s) => s && s !== ";");
  for (const p of patterns) {
    const i = leftovers.findIndex((s) => matchText(p, s));
    if (i < 0) out.push(`no clause matches ${show(p)}`);
    else leftovers.splice(i, 1);
  }
  if (leftovers.length) out.push(`unexpected clause(s): ${leftovers.map((s) => JSON.stringify(s)).join(", ")}`);
  return out;
}

function messageDiff(expected: MessageExpectation, body: Record<string, unknown>): string[] {
  const message = body.message;
  if ("absent" in expected) return "message" in body ? [`body has a message key (${JSON.stringify(message)}), expected none`] : [];
  if (typeof message !== "string") return [`body has no string "message" (keys: ${Object.keys(body).join(", ") || "none"})`];
  if ("equals" in expected) return message === expected.equals ? [] : [`message ${JSON.stringify(message)}, expected ${JSON.stringify(expected.equals)}`];
  if ("pattern" in expected) return matchText(expected, message) ? [] : [`message ${JSON.stringify(message)} does not match /${expected.pattern}/`];
  return clauseSetDiff(expected.clauses, message);
}

/** `capabilities`: the target's (a named refusal with `unless` does not apply on a target that has it). */
export function compare(expect: Expectation, answer: Answer, capabilities: ReadonlySet<string> = new Set()): Verdict {
  const failures: string[] = [];
  const notes: string[] = [];
  let acceptedOn: Verdict["acceptedOn"];
  if (expect.status !== undefined && answer.status !== expect.status) failures.push(`status ${answer.status}, expected ${expect.status}`);
  for (const [name, want] of Object.entries(expect.headers ?? {})) {
    const got = answer.headers[name.toLowerCase()];
    if (want === null) {
      if (got !== undefined) failures.push(`header ${name} present (${JSON.stringify(got)}), expected absent`);
    } else if (got === undefined) failures.push(`header ${name} missing, expected ${show(want)}`);
    else if (!matchText(want, got)) failures.push(`header ${name} is ${JSON.stringify(got)}, expected ${show(want)}`);
  }
  let body: any;
  try {
    body = answer.body.trim() === "" ? undefined : JSON.parse(answer.body);
  } catch {
    failures.push(`body is not JSON: ${JSON.stringify(answer.body.slice(0, 200))}`);
    return { failures, notes };
  }
  const isError = body && typeof body === "object" && typeof body.__type === "string";
  if (expect.errorType === null && (isError || answer.status !== 200)) failures.push(`expected success, got ${answer.status} ${isError ? body.__type : ""}`.trim());
  if (expect.errorType) {
    if (!isError) failures.push(`expected ${expect.errorType}, got ${answer.status} without __type`);
    else if (body.__type !== expect.errorType) failures.push(`__type ${JSON.stringify(body.__type)}, expected ${JSON.stringify(expect.errorType)}`);
  }
  if (expect.accepted) {
    if (isError) {
      const message = typeof body.message === "string" ? body.message : "";
      const named = expect.accepted.refusals.find((r) => r.errorType === body.__type && r.errorType !== "InvalidParameterException" && !(r.unless && capabilities.has(r.unless)));
      if (named) {
        notes.push(`accepted on a named refusal: ${body.__type} (${named.reason}): ${message}`);
        acceptedOn = "named-refusal";
      } else failures.push(`valid request refused: ${body.__type}: ${message}`);
    } else if (answer.status !== 200) failures.push(`status ${answer.status} without __type`);
    else acceptedOn = "success";
  }
  if (expect.body !== undefined) failures.push(...subsetDiff(expect.body, body));
  if (expect.bodyEquals !== undefined && !jsonEqual(expect.bodyEquals, body)) {
    failures.push(`body ${JSON.stringify(body)}, expected ${JSON.stringify(expect.bodyEquals)}`);
  }
  for (const p of expect.bodyAbsent ?? []) if (at(body, p) !== undefined) failures.push(`body.${p} present, expected absent`);
  if (expect.message) {
    const diff = messageDiff(expect.message, body && typeof body === "object" ? body : {});
    if (expect.messageStrength === "advisory") notes.push(...diff.map((d) => `message differs (not asserted, evidence below CONFIRMED): ${d}`));
    else failures.push(...diff);
  }
  return { failures, notes, ...(acceptedOn && !failures.length && { acceptedOn }) };
}
