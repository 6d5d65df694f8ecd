// Counts for the closing report: requests tried, crashes (a throw out of the server code), 5xx answers,
// malformed answers and state-invariant violations. Written as one line per suite at the end of a run.
export interface Tally {
  requests: number;
  crashes: number;
  serverErrors: number;
  malformed: number;
  invariantViolations: number;
  statuses: Record<string, number>;
}

export const newTally = (): Tally => ({ requests: 0, crashes: 0, serverErrors: 0, malformed: 0, invariantViolations: 0, statuses: {} });

export function countStatus(tally: Tally, status: number | string): void {
  tally.requests++;
  tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
  if (typeof status === "number" && status >= 500) tally.serverErrors++;
}

export const formatTally = (label: string, t: Tally) =>
  `[fuzz] ${label}: ${t.requests} requests, ${t.crashes} crashes, ${t.serverErrors} 5xx, ${t.malformed} malformed answers, ${t.invariantViolations} invariant violations; statuses ${JSON.stringify(t.statuses)}`;
