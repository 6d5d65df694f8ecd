// `run`'s progress: on a terminal a bar with the counts so far and an estimate of the time left (cli-progress,
// which redraws in place on stderr); off a terminal (CI logs, pipes) a plain line at most every 100 ms and at the end.
import cliProgress from "cli-progress";
import type { CaseResult } from "../harness/result.ts";
import { STATUSES } from "../report/markdown.ts";

export type Progress = { onResult: (r: CaseResult, done: number, total: number) => void; stop: () => void };

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  const counts: Record<string, number> = {};
  const tally = () => STATUSES.filter((s) => counts[s]).map((s) => `${s} ${counts[s]}`).join("  ");
  if (!enabled) return { onResult: (r) => void (counts[r.status] = (counts[r.status] ?? 0) + 1), stop: () => {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: "[{bar}] {value}/{total}  ETA {eta_formatted}  {tally}", etaBuffer: 50, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onResult(r, done, total) {
        counts[r.status] = (counts[r.status] ?? 0) + 1;
        if (!started) bar.start(total, 0, { tally: "" }), (started = true);
        bar.update(done, { tally: tally() });
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = 0;
  return {
    onResult(r, done, total) {
      counts[r.status] = (counts[r.status] ?? 0) + 1;
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      stream.write(`[${done}/${total}] ${tally()}\n`);
    },
    stop: () => {},
  };
}
