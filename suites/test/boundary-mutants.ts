// Boundary mutants derived from the spec facts, not hand-picked: for every minimum and maximum (string length, list
// size, map size, integer bound) of every member, a mock that refuses the exact boundary, and one that accepts one
// past it. Each rewrites what the dispatcher receives; boundary-mutation.test.ts runs the member's cases on each.
import type { Dispatch, WireRequest } from "../../generated/handlers.ts";
import type { MemberFacts } from "../cases/constraints/facts.ts";
import { loadFacts } from "../cases/constraints/facts.ts";

export interface BoundaryMutant {
  name: string;
  operation: string;
  path: string;
  bound: "min" | "max";
  /** refuses: the exact boundary is refused; accepts: one past it is let through (as if the bound were not checked). */
  mode: "refuses" | "accepts";
  limit: number;
}

const MEASURED = new Set(["string", "list", "map", "integer"]);

/** Every boundary mutant the facts imply (one past a minimum of 0 does not exist: nothing is shorter). */
export function boundaryMutants(): BoundaryMutant[] {
  const out: BoundaryMutant[] = [];
  for (const [operation, op] of Object.entries(loadFacts().operations)) {
    for (const [path, facts] of Object.entries(op.input)) {
      if (!MEASURED.has(facts.kind) || facts.enum) continue;
      for (const bound of ["min", "max"] as const) {
        const limit = facts[bound];
        if (limit === undefined) continue;
        for (const mode of ["refuses", "accepts"] as const) {
          if (mode === "accepts" && bound === "min" && limit === 0 && facts.kind !== "integer") continue;
          out.push({ name: `${operation} ${path}: ${mode === "refuses" ? "refuses the" : "accepts one past the"} ${bound} ${limit}`, operation, path, bound, mode, limit });
        }
      }
    }
  }
  return out;
}

/** A place in a request body: its value and how to replace it. */
interface Slot {
  value: unknown;
  set(v: unknown): void;
}

/** The values at a member path (`A.B`, `A[]`, `A[].B`, `A{key}`, `A{value}`) in a request body. */
export function slotsAt(body: unknown, path: string): Slot[] {
  let slots: Slot[] = [{ value: body, set: () => {} }];
  for (const segment of path.split(".")) {
    const map = /^(.*)\{(key|value)\}$/.exec(segment);
    const list = segment.endsWith("[]");
    const name = map ? map[1] : list ? segment.slice(0, -2) : segment;
    const next: Slot[] = [];
    for (const { value } of slots) {
      if (!value || typeof value !== "object" || Array.isArray(value)) continue;
      const parent = value as Record<string, unknown>;
      const child = parent[name];
      if (child === undefined) continue;
      if (map && child && typeof child === "object") {
        const entries = child as Record<string, unknown>;
        for (const key of Object.keys(entries)) {
          next.push(
            map[2] === "key"
              ? { value: key, set: (v) => (parent[name] = Object.fromEntries(Object.entries(entries).map(([k, x]) => [k === key ? String(v) : k, x]))) }
              : { value: entries[key], set: (v) => (entries[key] = v) },
          );
        }
      } else if (list && Array.isArray(child)) child.forEach((item, i) => next.push({ value: item, set: (v) => (child[i] = v) }));
      else if (!map && !list) next.push({ value: child, set: (v) => (parent[name] = v) });
    }
    slots = next;
  }
  return slots;
}

/** The measure a bound applies to, for a value of the member's own kind only (a list sent for a string is not). */
function measure(value: unknown, facts: MemberFacts): number | undefined {
  if (facts.kind === "integer") return typeof value === "number" ? value : undefined;
  if (facts.kind === "string") return typeof value === "string" ? value.length : undefined;
  if (facts.kind === "list") return Array.isArray(value) ? value.length : undefined;
  return value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value).length : undefined;
}

/** The value moved onto the boundary (what a mock that does not check the bound would have let through). */
function ontoBoundary(value: unknown, limit: number, facts: MemberFacts): unknown {
  if (facts.kind === "integer") return limit;
  if (typeof value === "string") return value.length > limit ? value.slice(0, limit) : value + (value[0] ?? "a").repeat(limit - value.length);
  if (Array.isArray(value)) return value.length > limit ? value.slice(0, limit) : [...value, ...Array(limit - value.length).fill(value[0])];
  const entries = Object.entries(value as object);
  return Object.fromEntries(entries.length > limit ? entries.slice(0, limit) : [...entries, ...Array.from({ length: limit - entries.length }, (_, i) => [`padding${i}`, entries[0]?.[1] ?? ""])]);
}

const operationOf = (r: WireRequest) => r.headers["x-amz-target"]?.split(".")[1] ?? "";
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const refusal = (m: BoundaryMutant) => ({
  status: 400,
  headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": "InvalidParameterException:" },
  body: JSON.stringify({
    __type: "InvalidParameterException",
    message: `1 validation error detected: Value at '${m.path.split(".").map(lowerFirst).join(".")}' failed to satisfy constraint: Member must have ${m.limit} excluded (mutant)`,
  }),
});

/** The mock, broken at one boundary. */
export function breakAtBoundary(m: BoundaryMutant): (dispatch: Dispatch) => Dispatch {
  const facts = loadFacts().operations[m.operation].input[m.path];
  const past = m.bound === "max" ? m.limit + 1 : m.limit - 1;
  return (dispatch) => async (request, ...rest) => {
    if (operationOf(request) !== m.operation) return dispatch(request, ...rest);
    let body: unknown;
    try {
      body = JSON.parse(request.body || "{}");
    } catch {
      return dispatch(request, ...rest);
    }
    const slots = slotsAt(body, m.path);
    if (m.mode === "refuses") return slots.some((s) => measure(s.value, facts) === m.limit) ? refusal(m) : dispatch(request, ...rest);
    const hits = slots.filter((s) => measure(s.value, facts) === past);
    for (const s of hits) s.set(ontoBoundary(s.value, m.limit, facts));
    return dispatch(hits.length ? { ...request, body: JSON.stringify(body) } : request, ...rest);
  };
}
