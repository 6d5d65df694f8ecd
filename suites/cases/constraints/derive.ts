// Constraint cases derived from generated/spec-facts.json: for every constrained member of every operation, the
// boundaries accepted and the violations refused, each with the AWS error and message clauses it expects.
import type { Case, Expectation, MessageExpectation, RequestSpec, Step, TextMatch } from "../../harness/case.ts";
import { contextOf, resolveWith, type ProbeContext } from "./context.ts";
import { awsPath, clause, clauseAnyValue, violatedConstraints } from "./clauses.ts";
import { clauseFacts, messageEvidence } from "./evidence.ts";
import { loadFacts, SPEC_FACTS_PATH, type MemberFacts, type OperationFacts } from "./facts.ts";
import { ABSENT, bytes, fixturesOf, itemValue, mapKeys, validValue, withMember, type MemberValue } from "./requests.ts";
import { conformingString, nonEnumValues, patternBreaker } from "./values.ts";

export interface Probe {
  rule: string;
  title: string;
  value: MemberValue;
  accepted: boolean;
  /** Overrides the expected error (wrong JSON types). */
  serialization?: { message?: string; confirmed: boolean };
}

const VALIDATION_TYPES = ["InvalidParameterException", "SerializationException", "ValidationException"];
const ACCEPTS_BUSINESS_ERRORS_EXCEPT = new Set(["InternalErrorException"]);
const show = (v: unknown) => (typeof v === "string" && v.length > 24 ? `${JSON.stringify(v.slice(0, 12))}… (${v.length})` : JSON.stringify(v));

export function request(operation: string, target: string, body: unknown): RequestSpec {
  return { headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": `${target}` }, body };
}

/** The probes of one member: what values to send and whether the service should accept them. */
export function probesOf(op: OperationFacts, path: string, facts: MemberFacts, items: ProbeContext["items"] = {}): Probe[] {
  const out: Probe[] = [];
  const ok = (rule: string, title: string, value: unknown) => out.push({ rule, title, value, accepted: true });
  const bad = (rule: string, title: string, value: unknown) => out.push({ rule, title, value, accepted: false });
  const { min, max, pattern } = facts;
  if (facts.kind === "string" && !facts.enum) {
    for (const [rule, length, accepted] of [
      ["length-min-accepted", min, true],
      ["length-max-accepted", max, true],
      ["length-under-min-refused", min !== undefined && min > 0 ? min - 1 : undefined, false],
      ["length-over-max-refused", max !== undefined ? max + 1 : undefined, false],
    ] as const) {
      if (length === undefined) continue;
      // Refused lengths keep to the pattern where it can, so the length clause stands alone when possible.
      const value = conformingString(pattern, length) ?? (accepted ? undefined : "a".repeat(length));
      if (value !== undefined) (accepted ? ok : bad)(rule, `${length} characters`, value);
    }
    if (pattern) {
      const unicode = conformingString(pattern, Math.max(min ?? 0, 8), { unicode: true });
      if (unicode && unicode.length <= (max ?? Infinity)) ok("pattern-unicode-accepted", `non-ASCII letters ${show(unicode)}`, unicode);
      const breaker = patternBreaker(pattern, min, max);
      if (breaker) bad("pattern-refused", `breaks the pattern: ${show(breaker)}`, breaker);
    }
  }
  if (facts.kind === "string" && facts.enum) {
    for (const v of facts.enum) ok(`enum-accepted-${v}`, `enum value ${v}`, v);
    for (const [i, v] of nonEnumValues(facts.enum).entries()) bad(`enum-refused-${i + 1}`, `not in the enum: ${v}`, v);
  }
  if (facts.kind === "integer") {
    if (min !== undefined) ok("value-min-accepted", `${min}`, min), bad("value-under-min-refused", `${min - 1}`, min - 1);
    if (max !== undefined) ok("value-max-accepted", `${max}`, max), bad("value-over-max-refused", `${max + 1}`, max + 1);
  }
  if (facts.kind === "list") {
    const item = items[`${path}[]`];
    const listOf = (n: number) => Array.from({ length: n }, (_, i) => (item ? item(i) : itemValue(op, `${path}[]`, "fixtures", i)));
    if (min === 0) ok("length-min-accepted", "no items", []);
    if (min !== undefined && min > 0) ok("length-min-accepted", `${min} items`, listOf(min)), bad("length-under-min-refused", `${min - 1} items`, listOf(min - 1));
    if (max !== undefined) ok("length-max-accepted", `${max} items`, listOf(max)), bad("length-over-max-refused", `${max + 1} items`, listOf(max + 1));
  }
  if (facts.kind === "blob") {
    // Bounds count decoded bytes; the value travels as base64 text.
    if (min !== undefined) ok("length-min-accepted", `${min} bytes`, bytes(min));
    if (min !== undefined && min > 0) bad("length-under-min-refused", `${min - 1} bytes`, bytes(min - 1));
    if (max !== undefined) ok("length-max-accepted", `${max} bytes`, bytes(max)), bad("length-over-max-refused", `${max + 1} bytes`, bytes(max + 1));
  }
  if (facts.kind === "map" && (min !== undefined || max !== undefined)) {
    const mapOf = (n: number) => {
      const keys = mapKeys(op, path, n);
      return keys && Object.fromEntries(keys.map((k) => [k, validValue(op, `${path}{value}`, "fixtures")]));
    };
    for (const [rule, n, accepted] of [
      ["length-min-accepted", min, true],
      ["length-max-accepted", max, true],
      ["length-under-min-refused", min !== undefined && min > 0 ? min - 1 : undefined, false],
      ["length-over-max-refused", max !== undefined ? max + 1 : undefined, false],
    ] as const) {
      const value = n === undefined ? undefined : mapOf(n);
      if (value) (accepted ? ok : bad)(rule, `${n} entries`, value);
    }
  }
  if (facts.required) bad("required-missing-refused", "member missing", ABSENT);
  // A document takes any JSON value, so no JSON type is wrong for it.
  if (!path.endsWith("}") && facts.kind !== "document") {
    if (facts.kind === "structure" || facts.kind === "map") {
      out.push({ rule: "type-string-refused", title: "a string where a structure belongs", value: "not-a-structure", accepted: false, serialization: { confirmed: false } });
    } else if (!path.endsWith("[]")) {
      out.push({
        rule: "type-object-refused",
        title: "an object where a scalar or list belongs",
        value: { unexpected: true },
        accepted: false,
        serialization: { message: "Start of structure or map found where not expected.", confirmed: facts.kind === "string" },
      });
      if (facts.kind === "string") {
        out.push({ rule: "type-list-refused", title: "a list where a string belongs", value: ["a"], accepted: false, serialization: { message: "Start of list found where not expected.", confirmed: false } });
      }
    }
  }
  return out;
}

/**
 * An accepted boundary passes only on success; a refusal only where the case names it (on targets other than the
 * suite's own mock, which can give every context: capability `conformance-mock`).
 */
export function acceptedExpectation(refusals: { errorType: string; reason: string }[] = []): Expectation {
  return { accepted: { refusals: refusals.map((r) => ({ ...r, unless: "conformance-mock" })) } };
}

/** Accepted boundaries no valid request can hold, with why (listed in the coverage appendix). */
export const UNREACHABLE: { operation: string; path: string; rule: string; reason: string }[] = [];

/** The step that makes a fixture reachable under an id of the boundary length (targets with `id-alias`). */
function aliasStep(kind: "pool" | "client" | "event", id: unknown, from?: string): Step {
  const of = from ?? { pool: "{{userPoolId}}", client: "{{clientId}}", event: "{{EventId}}" }[kind];
  return { control: { action: "alias", args: { kind, userPoolId: "{{userPoolId}}", username: "{{username}}", of, id } }, request: { headers: {} }, expect: {}, optional: "id-alias" };
}

/** The clauses a single refused member value produces, exact or (list values) as patterns. */
export function refusalClauses(path: string, facts: MemberFacts, value: MemberValue): TextMatch[] {
  const at = awsPath(path);
  if (value === ABSENT) return [clause(at, null, false, "Member must not be null")];
  const texts = violatedConstraints(facts, value);
  if (path.endsWith("[]")) return [clause(at, [value], false, `Member must satisfy constraint: [${texts.join(", ")}]`)];
  if (path.endsWith("{key}")) return [clauseAnyValue(at, `Map keys must satisfy constraint: [${texts.join(", ")}]`)];
  if (path.endsWith("{value}")) return [clauseAnyValue(at, `Map value must satisfy constraint: [${texts.join(", ")}]`)];
  if (facts.kind === "list") return texts.map((t) => clauseAnyValue(at, t));
  return texts.map((t) => clause(at, value, facts.sensitive, t));
}

const topLevelOf = (path: string) => path.split(/[.[{]/)[0];
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The context's value of the member that holds the one under test, with the probed part put in: a map gets the
 * probed entry beside the context's, a structure the probed member beside the context's others; a list, or the
 * member itself, is the probe's.
 */
export function mergeContext(context: unknown, probed: unknown, segments: string[]): unknown {
  const [segment, ...more] = segments;
  if (probed === undefined) return context;
  if (segment!.endsWith("}")) return isObject(context) && isObject(probed) ? { ...context, ...probed } : probed;
  if (segment!.endsWith("[]") || !more.length || !isObject(context) || !isObject(probed)) return probed;
  const child = more[0]!.replace(/\[\]$|\{(key|value)\}$/, "");
  return { ...context, [child]: mergeContext(context[child], probed[child], more) };
}

function acceptedCase(name: string, op: OperationFacts, path: string, probe: Probe, base: Omit<Case, "id" | "title" | "facts" | "evidence" | "needs">, id: string): Case | undefined {
  const ctx = contextOf(name, path, probe.rule);
  if (ctx.unreachable) {
    UNREACHABLE.push({ operation: name, path, rule: probe.rule, reason: ctx.unreachable });
    return undefined;
  }
  const value = ctx.shape && typeof probe.value === "string" ? ctx.shape(probe.value) : probe.value;
  const body = withMember(op, path, value, "fixtures", ctx.items);
  for (const [k, v] of Object.entries(resolveWith(ctx.with, value))) body[k] = k === topLevelOf(path) ? mergeContext(v, body[k], path.split(".")) : v;
  // A request that creates the user it names gets a name of its own per case, so it reaches success instead of
  // UsernameExistsException.
  if (ctx.createsUser && body.Username === "{{username}}") body.Username = `accepted-${path.replace(/\W+/g, "-")}-${probe.rule}`.slice(0, 128);
  const key = `${path}-${probe.rule}`.replace(/\W+/g, "-");
  const setup = [...(ctx.setup?.(value, key) ?? []), ...(ctx.alias ? [aliasStep(ctx.alias.kind, value, ctx.alias.of)] : [])];
  const refusals = [...(ctx.alias ? [{ errorType: ctx.alias.refusal, reason: ctx.alias.reason }] : []), ...(ctx.refusal ? [ctx.refusal] : [])];
  const names = [...new Set([...fixturesOf([body, setup]), ...(ctx.fixtures ?? [])])];
  // Setup steps change state (users, events): such a case gets its own fixtures.
  const set = ctx.fresh ?? Boolean(ctx.setup) ? "fresh" : /^(Describe|AdminList)/.test(name) ? "shared" : name;
  const probeStep: Step = { request: request(name, op.target, body), expect: acceptedExpectation(refusals) };
  return {
    ...base,
    id,
    title: `${name} ${path}: ${probe.title} is accepted`,
    facts: ["model.constraints"],
    evidence: "DOC",
    needs: [],
    fixtures: names.length ? { set, names } : undefined,
    ...(setup.length ? { request: undefined, steps: [...setup, probeStep] } : { request: probeStep.request, expect: probeStep.expect }),
    ...(refusals.length && { notes: refusals.map((r) => `other targets may answer ${r.errorType}: ${r.reason}`) }),
  };
}

function memberCase(name: string, op: OperationFacts, path: string, facts: MemberFacts, probe: Probe): Case | undefined {
  const sources = [
    { kind: "spec" as const, ref: `${SPEC_FACTS_PATH}#${name}.input.${path}` },
    { kind: "model" as const, ref: `spec/aws-model.facts.json#${name}.input.${path}` },
  ];
  const id = `constraint/${name}/${path}/${probe.rule}`;
  if (probe.accepted) return acceptedCase(name, op, path, probe, { suite: "constraint", operation: name, member: path, rule: probe.rule, sources }, id);
  const body = withMember(op, path, probe.value, "stand-ins");
  // A token operation's refusal carries a well-formed token stand-in: a mock that let the value through must then
  // answer the token check (NotAuthorizedException), not the same InvalidParameterException a missing token gets.
  const token = op.accessTokenMember;
  if (token && topLevelOf(path) !== token && body[token] === undefined) body[token] = validValue(op, token, "stand-ins");
  const base = { suite: "constraint", operation: name, member: path, rule: probe.rule, sources, request: request(name, op.target, body) };
  if (probe.serialization) {
    const s = probe.serialization;
    const message: MessageExpectation | undefined = s.message ? { equals: s.message } : undefined;
    return {
      ...base,
      id,
      title: `${name} ${path}: ${probe.title} is a SerializationException`,
      facts: s.confirmed ? ["s2.wrong-json-type"] : ["s2.wrong-json-type", "s2.wrong-json-type-texts"],
      evidence: s.confirmed ? "CONFIRMED" : "INFERRED",
      needs: [],
      expect: { status: 400, errorType: "SerializationException", message, messageStrength: s.confirmed ? "assert" : "advisory" },
      notes: s.confirmed ? undefined : ["SerializationException is CONFIRMED for wrong JSON types; this wording is INFERRED (Coral)"],
    };
  }
  const ev = messageEvidence(path, facts);
  return {
    ...base,
    id,
    title: `${name} ${path}: ${probe.title} is refused`,
    facts: ["s2.invalid-parameter", ...clauseFacts(probe.value === ABSENT ? ["Member must not be null"] : violatedConstraints(facts, probe.value)), ...ev.facts],
    evidence: ev.evidence,
    needs: [],
    expect: { status: 400, errorType: "InvalidParameterException", message: { clauses: refusalClauses(path, facts, probe.value) }, messageStrength: ev.assert ? "assert" : "advisory" },
    notes: ev.why ? [`message not asserted: ${ev.why}`] : undefined,
  };
}

/** Every member case of every operation. */
export function deriveMemberCases(): Case[] {
  const facts = loadFacts();
  UNREACHABLE.length = 0;
  const cases: Case[] = [];
  for (const [name, op] of Object.entries(facts.operations)) {
    for (const [path, member] of Object.entries(op.input)) {
      for (const probe of probesOf(op, path, member, contextOf(name, path, "").items)) {
        const c = memberCase(name, op, path, member, probe);
        if (c) cases.push(c);
      }
    }
  }
  return cases;
}
