// `run`'s progress. On a terminal: a bar with the counts so far and an estimate of the time left (cli-progress,
// which redraws in place on stderr). Off a terminal (CI logs, pipes), what a log reader uses and nothing per passing
// case: a start line (target, case count), every FAIL / ERROR / TIMEOUT with its case id and first difference, and
// a line per operation when its last case has run (counts, time). The summary is run.ts's.
import cliProgress from "cli-progress";
import type { Status } from "../harness/case.ts";
import type { CaseResult } from "../harness/result.ts";
import { STATUSES } from "../report/markdown.ts";
import { redactText } from "../report/redact.ts";

export type Progress = {
  /** Before the first case: the target and the cases that will run (their operations give the per-operation lines). */
  start: (target: string, cases: readonly { id: string; operation: string }[]) => void;
  onResult: (r: CaseResult, done: number, total: number) => void;
  stop: () => void;
};

const FAILED: readonly Status[] = ["FAIL", "ERROR", "TIMEOUT"];
/** One log line: the first reason, redacted (no token or session reaches a log), on one line, at most 300 chars. */
const firstDifference = (r: CaseResult) => {
  const text = redactText(r.reasons[0] ?? "no reason recorded").replace(/\s*\n\s*/g, " ");
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  const counts: Record<string, number> = {};
  const count = (r: CaseResult) => void (counts[r.status] = (counts[r.status] ?? 0) + 1);
  const tally = () => STATUSES.filter((s) => counts[s]).map((s) => `${s} ${counts[s]}`).join("  ");
  if (!enabled) return { start: () => {}, onResult: count, stop: () => {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: "[{bar}] {value}/{total}  ETA {eta_formatted}  {tally}", etaBuffer: 50, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      start: () => {},
      onResult(r, done, total) {
        count(r);
        if (!started) bar.start(total, 0, { tally: "" }), (started = true);
        bar.update(done, { tally: tally() });
      },
      stop: () => started && bar.stop(),
    };
  }
  return ciLog(stream, count);
}

interface OperationTally {
  left: number;
  ms: number;
  statuses: Partial<Record<Status, number>>;
}

function ciLog(stream: NodeJS.WriteStream, count: (r: CaseResult) => void): Progress {
  const operationOf = new Map<string, string>();
  const operations = new Map<string, OperationTally>();
  const line = (text: string) => void stream.write(`${text}\n`);
  return {
    start(target, cases) {
      for (const c of cases) {
        operationOf.set(c.id, c.operation);
        const t = operations.get(c.operation) ?? { left: 0, ms: 0, statuses: {} };
        t.left++;
        operations.set(c.operation, t);
      }
      line(`run: target ${target}, ${cases.length} cases over ${operations.size} operations`);
    },
    onResult(r) {
      count(r);
      if (FAILED.includes(r.status)) line(`${r.status} ${r.id}: ${firstDifference(r)}`);
      const op = operationOf.get(r.id);
      const t = op === undefined ? undefined : operations.get(op);
      if (!t) return;
      t.left--;
      t.ms += r.durationMs;
      t.statuses[r.status] = (t.statuses[r.status] ?? 0) + 1;
      if (t.left) return;
      const total = Object.values(t.statuses).reduce((a, b) => a + b, 0);
      const failed = FAILED.reduce((n, s) => n + (t.statuses[s] ?? 0), 0);
      const others = STATUSES.filter((s) => s !== "PASS" && t.statuses[s]).map((s) => `${t.statuses[s]} ${s}`);
      line(`${failed ? "FAILED" : "ok    "} ${op === "*" ? "(any operation)" : op}: ${t.statuses.PASS ?? 0}/${total} passed${others.length ? `, ${others.join(", ")}` : ""} (${seconds(t.ms)})`);
    },
    stop: () => {},
  };
}
