// One result per case and target: the status, why, and what was sent and received (redacted by the report).
import { NOT_APPLICABLE, type Case, type Status } from "./case.ts";
import type { Answer } from "./target.ts";

export interface Exchange {
  request: { headers: Record<string, string>; body: string };
  answer?: Answer;
}

export interface CaseResult {
  id: string;
  status: Status;
  /** Why it failed, errored or was skipped. */
  reasons: string[];
  /** Non-failing observations (an advisory message that differs, the business error an accepted case got). */
  notes: string[];
  exchanges: Exchange[];
  durationMs: number;
  /** An accepted case that passed: on its success answer, or on a refusal the case names (other targets). */
  acceptedOn?: "success" | "named-refusal";
  /** Set when a recorded golden answer backs the case. */
  golden?: { recordedAt: string; matched: boolean };
}

export interface RunResult {
  target: string;
  startedAt: string;
  durationMs: number;
  cases: Case[];
  results: CaseResult[];
}

export function countByStatus(results: readonly CaseResult[]): Record<Status, number> {
  const counts: Record<Status, number> = { PASS: 0, FAIL: 0, ERROR: 0, TIMEOUT: 0, SKIP: 0, PRECONDITION_FAILED: 0, NOT_IMPLEMENTED: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** Exit status rule: every case that applies (not SKIP, PRECONDITION_FAILED or NOT_IMPLEMENTED) passed. */
export const allApplicablePassed = (results: readonly CaseResult[]) => results.every((r) => r.status === "PASS" || NOT_APPLICABLE.has(r.status));
