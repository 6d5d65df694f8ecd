// Load records -> send to a target -> compare -> one status per case. Knows nothing of the service.
import type { Case, Expectation, RequestSpec, Step } from "./case.ts";
import { compare } from "./compare.ts";
import { runComputation } from "./compute.ts";
import type { CaseResult, Exchange, RunResult } from "./result.ts";
import type { Answer, ResolvedRequest, Target } from "./target.ts";
import { fill, fillJson } from "./template.ts";

/** HTTP's own status for a server that does not support the functionality asked for. */
const NOT_IMPLEMENTED_HTTP = 501;

export interface RunOptions {
  /** Per case, fixtures excluded. */
  timeoutMs?: number;
  /** Called after each case (progress line). */
  onResult?: (result: CaseResult, done: number, total: number) => void;
  /** Extra per-case check (golden answers); may add failures or notes. */
  afterCase?: (c: Case, result: CaseResult) => void;
}

class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), ms))),
  ]);
}

export function resolveRequest(spec: RequestSpec, vars: Record<string, string>): ResolvedRequest {
  const headers = Object.fromEntries(Object.entries(spec.headers).map(([k, v]) => [k, fill(v, vars)]));
  const body = spec.rawBody !== undefined ? fill(spec.rawBody, vars) : JSON.stringify(fillJson(spec.body ?? {}, vars));
  return { method: spec.method, path: spec.path && fill(spec.path, vars), headers, rawBody: spec.rawBody, sign: spec.sign, body };
}

/** Expectations may name fixture and saved values (`{{userPoolId}}`, `{ $gt: "{{before}}" }`). */
function fillExpectation(expect: Expectation, vars: Record<string, string>): Expectation {
  // `accepted` holds a regular expression of the suite's own, never a placeholder.
  const { accepted, ...rest } = expect;
  return { ...(fillJson(rest, vars) as Expectation), ...(accepted && { accepted }) };
}

const stepsOf = (c: Case): Step[] => c.steps ?? (c.request && c.expect ? [{ request: c.request, expect: c.expect }] : []);

function saveValues(step: Step, answer: Answer, vars: Record<string, string>) {
  if (!step.save) return;
  const body = JSON.parse(answer.body);
  for (const [name, path] of Object.entries(step.save)) {
    const value = path.split(".").reduce<any>((v, k) => v?.[k], body);
    if (value !== undefined) vars[name] = typeof value === "string" ? value : JSON.stringify(value);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A control action's result, seen as a JSON answer so that it is compared and saved from like any other. */
async function controlExchange(step: Step, target: Target, vars: Record<string, string>): Promise<Exchange> {
  const { action, args } = step.control!;
  const filled = fillJson(args ?? {}, vars);
  const out = await target.control!(action, filled, vars);
  // Top-level strings of the result (a sign-in's EventId, FeedbackToken) become variables without a `save`.
  if (out && typeof out === "object") for (const [k, v] of Object.entries(out)) if (typeof v === "string") vars[k] = v;
  const answer: Answer = { status: 200, headers: {}, body: JSON.stringify(out ?? {}) };
  return { request: { headers: { control: action }, body: JSON.stringify(filled) }, answer };
}

/**
 * A computation's results become variables and are compared like an answer body; the recorded exchange keeps only
 * their names, since they may derive from secrets (an SRP proof, a TOTP code).
 */
async function computeExchange(step: Step, vars: Record<string, string>): Promise<{ exchange: Exchange; answer: Answer }> {
  const { fn, args } = step.compute!;
  const out = await runComputation(fn, fillJson(args ?? {}, vars));
  Object.assign(vars, out);
  const names = Object.fromEntries(Object.keys(out).map((k) => [k, "<computed>"]));
  const exchange = { request: { headers: { compute: fn }, body: "{}" }, answer: { status: 200, headers: {}, body: JSON.stringify(names) } };
  return { exchange, answer: { status: 200, headers: {}, body: JSON.stringify(out) } };
}

/** After a skipped optional step, the values it would have given stand in as a well-formed placeholder. */
const STAND_IN = "conformance0skipped";
const lenient = (vars: Record<string, string>) =>
  new Proxy(vars, { get: (t, k) => (typeof k === "string" && !(k in t) ? STAND_IN : Reflect.get(t, k)) });

async function execute(c: Case, target: Target, vars: Record<string, string>, result: CaseResult) {
  for (const [i, step] of stepsOf(c).entries()) {
    const label = c.steps ? `step ${i + 1}: ` : "";
    if (step.optional && !target.capabilities.has(step.optional)) {
      result.notes.push(`${label}skipped: the target lacks ${step.optional}`);
      vars = lenient(vars);
      continue;
    }
    if (step.waitMs) await sleep(step.waitMs);
    let exchange: Exchange;
    let compared: Answer | undefined;
    if (step.control) exchange = await controlExchange(step, target, vars);
    else if (step.compute) ({ exchange, answer: compared } = await computeExchange(step, vars));
    else {
      const request = resolveRequest(step.request, vars);
      exchange = { request: { headers: request.headers, body: request.body } };
      exchange.answer = await target.send(request);
    }
    result.exchanges.push(exchange);
    const verdict = compare(fillExpectation(step.expect, vars), compared ?? exchange.answer!, target.capabilities);
    if (verdict.acceptedOn) result.acceptedOn = verdict.acceptedOn;
    if (verdict.failures.length && exchange.answer?.status === NOT_IMPLEMENTED_HTTP && typeof step.expect.errorType !== "string") {
      // HTTP's own "Not Implemented" where the step expected the operation to work: the target does not emulate the
      // operation, so the case proves nothing either way. Where the step expected a refusal (validation, say), a 501
      // is an answer that should have been that refusal: a plain failure.
      result.status = "NOT_IMPLEMENTED";
      result.reasons.push(`${label}the target does not implement this (HTTP 501): ${exchange.answer.body.slice(0, 300)}`);
      return;
    }
    // A step labelled UNKNOWN is never asserted: what it expected and what came are a note, and the case goes on.
    const unasserted = step.evidence === "UNKNOWN";
    if (unasserted) result.notes.push(...verdict.failures.map((f) => `${label}UNKNOWN, not asserted: ${f}`));
    else result.reasons.push(...verdict.failures.map((f) => label + f));
    result.notes.push(...verdict.notes.map((n) => label + n));
    if (verdict.failures.length && !unasserted) return; // later steps depend on this one
    if (!step.compute) saveValues(step, exchange.answer!, vars);
  }
}

export async function runCase(c: Case, target: Target, options: RunOptions = {}): Promise<CaseResult> {
  const started = performance.now();
  const result: CaseResult = { id: c.id, status: "PASS", reasons: [], notes: [...(c.notes ?? [])], exchanges: [], durationMs: 0 };
  const done = () => ((result.durationMs = Math.round(performance.now() - started)), result);
  const missing = c.needs.filter((n) => !target.capabilities.has(n));
  if (missing.length || (c.steps?.some((s) => s.control && !s.optional) && !target.control)) {
    result.status = "PRECONDITION_FAILED";
    result.reasons.push(`target ${target.name} lacks: ${missing.join(", ") || "control"}`);
    return done();
  }
  // A case with fresh fixtures shares nothing with others: where the target can give it a service of its own, it
  // runs there (the same answers, and an in-process mock made anew costs less than fresh pools in a crowded one).
  const own = c.fixtures?.set === "fresh" ? target.isolated?.() : undefined;
  let prepared: boolean;
  try {
    prepared = await carryOut(c, own ?? target, result, options);
  } finally {
    await own?.close();
  }
  if (prepared) options.afterCase?.(c, result);
  return done();
}

/** Prepares the fixtures and runs the steps; false when the fixtures could not be prepared. */
async function carryOut(c: Case, target: Target, result: CaseResult, options: RunOptions): Promise<boolean> {
  let vars: Record<string, string>;
  try {
    vars = c.fixtures ? { ...(await target.prepare(c.fixtures.set, c.fixtures.names)) } : {};
  } catch (e) {
    result.status = "ERROR";
    result.reasons.push(`fixtures ${c.fixtures!.names.join(", ")} could not be prepared: ${(e as Error).message}`);
    return false;
  }
  try {
    await withTimeout(execute(c, target, vars, result), options.timeoutMs ?? 30_000);
    if (result.reasons.length && result.status === "PASS") result.status = "FAIL";
  } catch (e) {
    result.status = e instanceof Timeout ? "TIMEOUT" : "ERROR";
    result.reasons.push((e as Error).message);
  }
  return true;
}

/** Runs cases one after the other (fixture sets are shared, and live targets are paced). */
export async function runCases(cases: readonly Case[], target: Target, options: RunOptions = {}): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const r = await runCase(c, target, options);
    results.push(r);
    options.onResult?.(r, results.length, cases.length);
  }
  return { target: target.name, startedAt, durationMs: Math.round(performance.now() - started), cases: [...cases], results };
}

/** A run that did not happen, with the reason on every case (live runs without opt-in). */
export function skipAll(cases: readonly Case[], target: string, reason: string): RunResult {
  const results = cases.map((c) => ({ id: c.id, status: "SKIP" as const, reasons: [reason], notes: [], exchanges: [], durationMs: 0 }));
  return { target, startedAt: new Date().toISOString(), durationMs: 0, cases: [...cases], results };
}
