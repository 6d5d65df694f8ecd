// Load shapes over wrk: saturating throughput (best of alternating rounds) and a paced fixed rate.
import { cpuMicros } from "./cpu-time.ts";
import type { PresignedRequest } from "./presign.ts";
import { runWrk, type WrkResult } from "./wrk.ts";

export interface LoadSettings {
  durationS: number;
  connections: number;
  rounds: number;
}

/** A round's result, with the server's CPU time per answer when its process id is known (Linux). */
export interface RoundResult extends WrkResult {
  cpuUsPerRequest?: number;
}

/** Every round's result per target (rounds[r][i]) and each target's best round. */
export interface SideBySide {
  rounds: RoundResult[][];
  best: WrkResult[];
}

/**
 * Saturating runs, alternating between the targets round after round (and reversing their order every other
 * round) so that load on the machine hits all of them alike.
 */
export async function throughputSideBySide(targets: { url: string; request: PresignedRequest; pid?: number }[], settings: LoadSettings): Promise<SideBySide> {
  for (const t of targets) await runWrk(t.url, t.request, { connections: settings.connections, durationS: 1 }); // warm-up (JIT)
  const rounds: WrkResult[][] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const results: RoundResult[] = new Array(targets.length);
    const order = [...targets.keys()];
    if (round % 2) order.reverse();
    for (const i of order) {
      const t = targets[i];
      const before = t.pid === undefined ? undefined : cpuMicros(t.pid);
      const result: RoundResult = await runWrk(t.url, t.request, { connections: settings.connections, durationS: settings.durationS });
      if (result.errors > 0) throw new Error(`${t.url}: ${result.errors} errors (${result.non2xx} non-2xx) under load`);
      const after = t.pid === undefined ? undefined : cpuMicros(t.pid);
      if (before !== undefined && after !== undefined && result.requests > 0) result.cpuUsPerRequest = (after - before) / result.requests;
      results[i] = result;
    }
    rounds.push(results);
  }
  const best = targets.map((_, i) => rounds.map((r) => r[i]).reduce((a, b) => (b.requestsPerSec > a.requestsPerSec ? b : a)));
  return { rounds, best };
}

const PACED_CONNECTIONS = 50;

/**
 * Latency at a fixed rate: each connection pauses between requests (closed loop, wrk's delay()), the pause
 * calibrated in short probes so that the achieved rate is close to `rate`. Reports what was achieved: a server
 * that cannot sustain `rate` shows up as an achieved rate below it (saturated).
 */
export async function latencyAtRate(url: string, request: PresignedRequest, rate: number, durationS: number): Promise<WrkResult> {
  const interval = (PACED_CONNECTIONS * 1000) / rate; // ms between two requests on one connection
  let pauseMs = interval;
  let best = { pauseMs, miss: Infinity };
  for (let step = 0; step < 4; step++) {
    const probe = await runWrk(url, request, { connections: PACED_CONNECTIONS, durationS: 1, pauseMs });
    const miss = Math.abs(probe.requestsPerSec / rate - 1);
    if (miss < best.miss) best = { pauseMs, miss };
    // rate = connections / (latency + pause): move the pause by the gap between the wanted and achieved intervals.
    pauseMs = Math.max(0, pauseMs + (PACED_CONNECTIONS * 1000) / rate - (PACED_CONNECTIONS * 1000) / probe.requestsPerSec);
  }
  const result = await runWrk(url, request, { connections: PACED_CONNECTIONS, durationS, pauseMs: best.pauseMs });
  if (result.errors > 0) throw new Error(`${url}: ${result.errors} errors at a fixed rate`);
  return result;
}
