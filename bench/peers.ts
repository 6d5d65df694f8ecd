// 2. Peers on the same work: DescribeUserPool of a plain pool ({PoolName} only, which every emulator accepts) on
// `cognito-conformance serve`, cognito-local and moto_server (started by suites/peers/emulators.ts, skipped
// visibly when absent), alternating rounds with the same wrk settings.
import { throughputSideBySide, type LoadSettings } from "./lib/load.ts";
import type { Running } from "./lib/processes.ts";
import { call, presign, type PresignedRequest } from "./lib/presign.ts";
import { Report, rps, times } from "./lib/report.ts";
import { placement } from "./lib/cores.ts";
import { startPeers, startServe } from "./lib/servers.ts";

const TARGET = 3;

async function describeRequest(url: string): Promise<PresignedRequest> {
  const { UserPool } = await call(url, "CreateUserPool", { PoolName: "bench-pool" });
  return presign(url, "DescribeUserPool", { UserPoolId: UserPool.Id });
}

export async function peers(report: Report, settings: LoadSettings): Promise<void> {
  report.section(`2. Peers on DescribeUserPool (wrk -t1 -c${settings.connections}, ${settings.durationS} s x ${settings.rounds} rounds, best round)`);
  report.line(`placement: ${placement}`);
  const started: Running[] = [];
  try {
    const serve = await startServe();
    started.push(serve);
    const targets = [{ name: "serve", url: serve.url, request: await describeRequest(serve.url) }];
    for (const { name, url } of await startPeers(report, "DescribeUserPool", started)) {
      targets.push({ name, url, request: await describeRequest(url) });
    }
    const results = (await throughputSideBySide(targets, settings)).best;
    report.line(targets.map((t, i) => `${t.name} ${rps(results[i].requestsPerSec)}`).join("   "));
    for (const [i, t] of targets.entries()) {
      if (i > 0) report.target(`serve/${t.name} DescribeUserPool`, results[0].requestsPerSec / results[i].requestsPerSec, ">=", TARGET, times);
    }
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}
