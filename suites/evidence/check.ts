// Labels never outrank their evidence: a case is as strong as the weakest fact it cites, and an asserted exact
// message must be a CONFIRMED fact's verbatim text. suites/test/evidence.test.ts runs this over every case.
import type { Case, Evidence, MessageExpectation, Step } from "../harness/case.ts";
import { FACTS, type Fact, type FactId } from "./facts.ts";

export const RANK: Record<Evidence, number> = { UNKNOWN: 0, INFERRED: 1, DOC: 2, CONFIRMED: 3 };
export const LABELS: readonly Evidence[] = ["CONFIRMED", "DOC", "INFERRED", "UNKNOWN"];

export const isFactId = (id: string): id is FactId => Object.hasOwn(FACTS, id);

/** The weakest label among the facts (UNKNOWN when there are none). */
export function weakestLabel(ids: readonly string[]): Evidence {
  const labels = ids.filter(isFactId).map((id) => FACTS[id].label);
  return labels.length ? labels.reduce((a, b) => (RANK[b] < RANK[a] ? b : a)) : "UNKNOWN";
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A fact text as a regular expression: each `<placeholder>` stands for any value. */
const textRe = (text: string) => new RegExp(`^${text.split(/<[^<>\s]+>/).map(escapeRe).join(".+")}$`, "su");
/** An asserted text with its `{{vars}}` (fixture ids, saved values) standing for any value. */
const filled = (asserted: string) => asserted.replace(/\{\{[^}]+\}\}/g, "x");

/** Whether a CONFIRMED fact's verbatim text is this asserted message. */
const holdsText = (f: Fact, asserted: string) => (f.text ?? []).some((t) => textRe(t).test(filled(asserted)) || textRe(t).test(asserted));
/** Whether a pattern can match a CONFIRMED text (placeholders filled with a stand-in). */
const patternMatches = (f: Fact, pattern: string) => (f.text ?? []).some((t) => [t, t.replace(/<[^<>\s]+>/g, "x")].some((v) => new RegExp(pattern, "su").test(v)));

const stepsOf = (c: Case): Step[] => c.steps ?? (c.expect ? [{ request: c.request ?? { headers: {} }, expect: c.expect }] : []);

function messageProblem(message: MessageExpectation, confirmed: Fact[]): string | undefined {
  if ("absent" in message) return confirmed.length ? undefined : "asserts that the message is absent, but cites no CONFIRMED fact";
  if ("equals" in message) {
    return confirmed.some((f) => holdsText(f, message.equals)) ? undefined : `asserts the exact message ${JSON.stringify(message.equals)}, which no cited CONFIRMED fact holds verbatim`;
  }
  if ("pattern" in message) {
    return confirmed.some((f) => patternMatches(f, message.pattern)) ? undefined : `asserts the message pattern /${message.pattern}/, which matches no cited CONFIRMED fact's text`;
  }
  return confirmed.some((f) => f.text?.length) ? undefined : "asserts validation clauses, but cites no CONFIRMED fact with their text";
}

/**
 * Whether a step asserts something about the target: a refusal, a body, a message, a header, a status other than
 * 200. A step that only needs to succeed is set-up (its failure still fails the case, but it claims nothing).
 */
export function asserts(step: Step): boolean {
  if (step.compute) return false;
  const e = step.expect;
  return Boolean(e.errorType || e.body || e.bodyEquals || e.bodyAbsent || e.message || e.headers || e.accepted || (e.status !== undefined && e.status !== 200));
}

/** The facts a step rests on: its own, else its case's. */
export const stepFacts = (c: Case, step: Step): readonly string[] => step.facts ?? c.facts ?? [];

/** A step's label: its own, else the weakest of its own facts, else its case's. */
export function stepLabel(c: Case, step: Step): Evidence {
  if (step.evidence) return step.evidence;
  return step.facts ? weakestLabel(step.facts) : c.evidence;
}

/**
 * The asserted steps that rest on their case's facts without citing their own, in a scenario that asserts more than
 * one step: each should say which fact it rests on (suites/test/evidence.test.ts keeps their number from growing).
 */
export function uncitedSteps(c: Case): number[] {
  if (!c.steps) return [];
  const asserted = c.steps.map((s, i) => [s, i] as const).filter(([s]) => asserts(s));
  return asserted.length > 1 ? asserted.filter(([s]) => s.facts === undefined).map(([, i]) => i) : [];
}

function stepProblems(c: Case, step: Step, at: string): string[] {
  const problems: string[] = [];
  const own = step.facts;
  if (own) {
    problems.push(...own.filter((id) => !isFactId(id)).map((id) => `${at}cites ${id}, which the registry does not have`));
    const weakest = weakestLabel(own);
    if (own.length && step.evidence && RANK[step.evidence] > RANK[weakest]) problems.push(`${at}labelled ${step.evidence}, stronger than its facts' (${weakest})`);
    if (!own.length && step.evidence !== "INFERRED" && step.evidence !== "UNKNOWN") problems.push(`${at}cites no fact: label it INFERRED (asserted, with why) or UNKNOWN (never asserted)`);
  }
  if (step.evidence === "INFERRED" && !own?.length && !step.why) problems.push(`${at}is INFERRED without a fact and says no why`);
  const label = stepLabel(c, step);
  if (asserts(step) && label !== "UNKNOWN" && RANK[c.evidence] > RANK[label]) problems.push(`labelled ${c.evidence}, stronger than ${at.trim() || "its step"} (${label})`);
  const confirmed = stepFacts(c, step).filter(isFactId).map((id) => FACTS[id]).filter((f) => f.label === "CONFIRMED");
  const asserted = step.expect.message && step.expect.messageStrength !== "advisory" && label !== "UNKNOWN" ? step.expect.message : undefined;
  const problem = asserted && messageProblem(asserted, confirmed);
  if (problem) problems.push(`${at}${problem}`);
  for (const [name, value] of Object.entries(step.expect.headers ?? {})) {
    if (name.toLowerCase() === "x-amzn-errormessage" && typeof value === "string" && !confirmed.some((f) => holdsText(f, value))) {
      problems.push(`${at}asserts the header ${name} ${JSON.stringify(value)}, which no cited CONFIRMED fact holds verbatim`);
    }
  }
  return problems;
}

/** What is wrong with a case's evidence; empty when its labels and every step's assertions keep to their facts. */
export function evidenceProblems(c: Case): string[] {
  const ids = c.facts ?? [];
  if (!ids.length) return ["cites no facts"];
  const problems = ids.filter((id) => !isFactId(id)).map((id) => `cites ${id}, which the registry does not have`);
  const weakest = weakestLabel(ids);
  if (RANK[c.evidence] > RANK[weakest]) {
    const weak = ids.filter((id) => isFactId(id) && FACTS[id].label === weakest);
    problems.push(`labelled ${c.evidence}, stronger than its facts' (${weak.join(", ")}: ${weakest})`);
  }
  for (const [i, step] of stepsOf(c).entries()) problems.push(...stepProblems(c, step, c.steps ? `step ${i + 1} ` : ""));
  // The strongest label asks the most: a CONFIRMED scenario names the fact behind each step it asserts.
  if (c.evidence === "CONFIRMED") for (const i of uncitedSteps(c)) problems.push(`step ${i + 1} of a CONFIRMED scenario asserts without citing its own facts`);
  return problems;
}

/** Asserted scenario steps per label (a step's own label, else its case's): the closing note's counts. */
export function countStepsByLabel(cases: readonly Case[]): Record<Evidence, number> {
  const out = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Evidence, number>;
  for (const c of cases) for (const step of c.steps ?? []) if (asserts(step)) out[stepLabel(c, step)]++;
  return out;
}

/** Cases per evidence label (the report's and the closing note's counts). */
export function countByLabel(cases: readonly Case[]): Record<Evidence, number> {
  const out = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Evidence, number>;
  for (const c of cases) out[c.evidence]++;
  return out;
}
