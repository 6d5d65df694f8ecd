// One report entry per case: the record, its status and the redacted exchange. report.json is a list of these.
import type { Case, Evidence, Status } from "../harness/case.ts";
import type { RunResult } from "../harness/result.ts";
import { countByStatus } from "../harness/result.ts";
import { redactBody, redactHeaders, redactJson, redactText } from "./redact.ts";
import { FACTS, type Fact } from "../evidence/facts.ts";
import { isFactId } from "../evidence/check.ts";

export interface ReportEntry {
  id: string;
  suite: string;
  operation: string;
  member?: string;
  rule: string;
  /** The rule without its per-value suffix, for the matrix columns (`enum-accepted-BLOCK` -> `enum-accepted`). */
  ruleFamily: string;
  title: string;
  evidence: Evidence;
  sources: Case["sources"];
  /** The evidence registry's facts the case cites (suites/evidence/facts.ts), each with its label and source. */
  facts: ({ id: string } & Fact)[];
  status: Status;
  reasons: string[];
  notes: string[];
  durationMs: number;
  expected: unknown;
  exchanges: { request: { headers: Record<string, string>; body: unknown }; answer?: { status: number; headers: Record<string, string>; body: unknown } }[];
  golden?: { recordedAt: string; matched: boolean };
  /** Accepted cases that passed: on their success answer, or on a refusal the case names (targets other than the mock). */
  acceptedOn?: "success" | "named-refusal";
}

/** A table appended to the report (coverage and the like), rendered as is. */
export interface Appendix {
  title: string;
  columns: string[];
  rows: string[][];
}

export interface Report {
  target: string;
  startedAt: string;
  durationMs: number;
  summary: Record<Status, number> & { total: number };
  entries: ReportEntry[];
  appendices: Appendix[];
}

/** How many accepted cases passed on their success answer and how many on a named refusal. */
export function acceptedCounts(entries: readonly ReportEntry[]) {
  return {
    success: entries.filter((e) => e.acceptedOn === "success").length,
    namedRefusal: entries.filter((e) => e.acceptedOn === "named-refusal").length,
  };
}

export const ruleFamily = (rule: string) => rule.replace(/^(enum-(?:accepted|refused))-.+$/, "$1").replace(/^multi-pair-\d+/, "multi-pair");

export function buildReport(run: RunResult, appendices: Appendix[] = []): Report {
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  const entries = run.results.map((r): ReportEntry => {
    const c = byId.get(r.id)!;
    return {
      id: c.id,
      suite: c.suite,
      operation: c.operation,
      member: c.member,
      rule: c.rule,
      ruleFamily: ruleFamily(c.rule),
      title: c.title,
      // A case backed by a recorded AWS answer it matches is CONFIRMED, whatever the document said.
      evidence: r.golden?.matched ? "CONFIRMED" : c.evidence,
      sources: c.sources,
      facts: (c.facts ?? []).filter(isFactId).map((id) => ({ id, ...FACTS[id] })),
      status: r.status,
      reasons: r.reasons.map(redactText),
      notes: r.notes.map(redactText),
      durationMs: r.durationMs,
      // A control step shows its action and what its answer must show.
      expected: redactJson(c.steps ? c.steps.map((s) => (s.control ? { ...s.control, ...(Object.keys(s.expect).length && { expect: s.expect }) } : s.expect)) : c.expect),
      exchanges: r.exchanges.map((x) => ({
        request: { headers: redactHeaders(x.request.headers), body: redactBody(x.request.body) },
        answer: x.answer && { status: x.answer.status, headers: redactHeaders(x.answer.headers), body: redactBody(x.answer.body) },
      })),
      golden: r.golden,
      ...(r.acceptedOn && { acceptedOn: r.acceptedOn }),
    };
  });
  return { target: run.target, startedAt: run.startedAt, durationMs: run.durationMs, summary: { ...countByStatus(run.results), total: entries.length }, entries, appendices };
}
