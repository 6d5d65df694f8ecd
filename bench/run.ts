// `npm run bench`: every measurement of issues 5, 9, 11, 12, 17 and 21 in one run on this machine, each target with its
// measured ratio and PASS/FAIL. Options: --only 1,...,10 (sections; 5 = start-up, 6 = sign-in, 7 = what a test
// suite feels: a fresh pool's first sign-in, an SDK call in-process; 8 = ListUsers over 100,000 users; 9 = sign-in with
// log export, 10 = triggers), --duration S, --rounds N, --connections N, --smoke (tiny loads
// that only prove every section works; its figures mean nothing).
import { triggerOverhead } from "./triggers.ts";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { httpThroughput } from "./http-throughput.ts";
import { inProcess } from "./in-process.ts";
import { listUsers, persistedWrites } from "./list-users.ts";
import { logExport } from "./log-export.ts";
import { memory } from "./memory.ts";
import { peers } from "./peers.ts";
import { persistence } from "./persistence.ts";
import { stopAll } from "./lib/processes.ts";
import { Report } from "./lib/report.ts";
import { ensureWrk } from "./lib/wrk.ts";
import { scale } from "./scale.ts";
import { startup } from "./startup.ts";
import { signInThroughput, srpInProcess } from "./sign-in.ts";
import { deviceSrpInProcess } from "./devices.ts";
import { suiteWall } from "./suite-wall.ts";
import { userPath } from "./user-path.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "1,2,3,4,5,6,7,8,9" },
    duration: { type: "string", default: "3" },
    rounds: { type: "string", default: "5" },
    connections: { type: "string", default: "16" },
    smoke: { type: "boolean", default: false },
  },
});
const sections = new Set(values.only!.split(","));
const smoke = values.smoke!;
const load = smoke
  ? { durationS: 1, rounds: 1, connections: 4 }
  : { durationS: Number(values.duration), rounds: Number(values.rounds), connections: Number(values.connections) };
const calls = smoke ? 200 : 20_000;

const report = new Report();
const onSignal = () => stopAll().finally(() => process.exit(130));
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

const started = performance.now();
console.log(`# cognito-conformance benchmarks (node ${process.version}, ${cpus().length} cores${smoke ? ", SMOKE: figures meaningless" : ""})`);
try {
  const needsWrk = ["1", "2", "4", "5"].some((s) => sections.has(s));
  const wrk = needsWrk && ensureWrk((line) => report.line(line));
  if (sections.has("1")) {
    if (wrk) await httpThroughput(report, load);
    else report.skip("serve/bare", "wrk unavailable");
  }
  if (sections.has("2")) {
    if (wrk) await peers(report, load);
    else report.skip("serve/peers", "wrk unavailable");
  }
  if (sections.has("3")) {
    await inProcess(report, calls);
    if (smoke) report.skip("suite wall time", "--smoke");
    else await suiteWall(report);
  }
  if (sections.has("4")) {
    const large = smoke ? { pools: 100, events: 10_000 } : { pools: 10_000, events: 100_000 };
    await scale(report, calls, { pools: 1, events: smoke ? 100 : 1_000 }, large);
    if (wrk) await memory(report, smoke ? 100 : 1_000, smoke ? 1_000 : 100_000);
    else report.skip("RSS growth", "wrk unavailable");
    await persistence(report, large, smoke ? 100 : 1_000);
  }
  if (sections.has("5")) await startup(report, smoke ? 1 : 7);
  if (sections.has("6")) {
    if (wrk) await signInThroughput(report, load);
    else report.skip("serve/peers USER_PASSWORD_AUTH", "wrk unavailable");
    await srpInProcess(report, smoke ? 20 : 200);
    await deviceSrpInProcess(report, smoke ? 20 : 200);
  }
  if (sections.has("7")) await userPath(report, smoke ? 3 : 20, smoke ? 20 : 500, smoke ? 1 : 5);
  if (sections.has("8")) {
    await listUsers(report, smoke ? 1_000 : 100_000, smoke ? 1 : 3);
    await persistedWrites(report, smoke ? 1_000 : 100_000, smoke ? 20 : 300, smoke ? 1 : 4);
  }
  if (sections.has("9")) await logExport(report, smoke ? 20 : 300, smoke ? 1 : 3);
  if (sections.has("10")) await triggerOverhead(report, smoke ? 20 : 300);
} finally {
  await stopAll();
}
report.summary();
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
