// Counts for the closing report: requests tried, crashes (a throw out of the server code), 5xx answers,
// malformed answers and state-invariant violations, and per operation what each answer was (200 or its
// `__type`), which the outcome minimums (outcome-minimums.ts) read. One line per suite at the end of a run.
export interface Tally {
  requests: number;
  crashes: number;
  serverErrors: number;
  malformed: number;
  invariantViolations: number;
  statuses: Record<string, number>;
  /** operation -> outcome ("200", an error `__type`, or "closed") -> count. */
  outcomes: Record<string, Record<string, number>>;
}

export const newTally = (): Tally => ({ requests: 0, crashes: 0, serverErrors: 0, malformed: 0, invariantViolations: 0, statuses: {}, outcomes: {} });

export function countStatus(tally: Tally, status: number | string): void {
  tally.requests++;
  tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
  if (typeof status === "number" && status >= 500) tally.serverErrors++;
}

/** What an answer was, for the per-operation counts: "200", its `__type`, or its status when it has none. */
export function outcomeOf(answer: { status: number; body: string } | undefined): string {
  if (!answer) return "closed";
  if (answer.status === 200) return "200";
  try {
    const type = (JSON.parse(answer.body) as { __type?: unknown }).__type;
    return typeof type === "string" ? type : String(answer.status);
  } catch {
    return String(answer.status);
  }
}

export function countOutcome(tally: Tally, operation: string, outcome: string): void {
  const counts = (tally.outcomes[operation] ??= {});
  counts[outcome] = (counts[outcome] ?? 0) + 1;
}

export const formatTally = (label: string, t: Tally) =>
  `[fuzz] ${label}: ${t.requests} requests, ${t.crashes} crashes, ${t.serverErrors} 5xx, ${t.malformed} malformed answers, ${t.invariantViolations} invariant violations; statuses ${JSON.stringify(t.statuses)}`;
