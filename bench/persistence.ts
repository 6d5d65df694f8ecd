// 4c. Persistence at scale: a state of 10,000 pools, 10,000 clients and 100,000 auth events is written to a state
// file; then (1) the time to open and load it (restart), and (2) the median latency of writes through `serve`
// with that state file against the same writes through `serve` without one, in alternating rounds.
import { request as httpRequest, Agent } from "node:http";
import { mkdtempSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { cpus, loadavg, tmpdir } from "node:os";
import { createCognitoMock } from "../mocks/index.ts";
import { openStateFile } from "../mocks/persistence/state-file.ts";
import { call, presign, type PresignedRequest } from "./lib/presign.ts";
import { PLUS_POOL } from "./lib/payloads.ts";
import { median, micros, percentile, Report, seconds, times } from "./lib/report.ts";
import { startServe } from "./lib/servers.ts";
import { grow, seedBenchPool, type ScaleSize } from "./scale.ts";

const WRITE_RATIO = 2;
const RESTART_S = 1;
const ROUNDS = 4;

/** The writes timed: a pool update and a small risk configuration, alternately (each a different row's change). */
async function writes(url: string, poolId: string): Promise<PresignedRequest[]> {
  return [
    await presign(url, "UpdateUserPool", { UserPoolId: poolId, PoolName: "renamed", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }),
    await presign(url, "SetRiskConfiguration", { UserPoolId: poolId, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } } }),
  ];
}

/** Sequential requests on one keep-alive connection; microseconds from send to the last byte of each answer. */
export async function timeWrites(requests: PresignedRequest[], count: number, agent: Agent): Promise<number[]> {
  const us: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = requests[i % requests.length];
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(r.url, { method: r.method, headers: r.headers, agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${r.headers["X-Amz-Target"]} answered ${res.statusCode}`));
        res.on("data", () => {}).on("end", resolve).on("error", reject);
      });
      req.on("error", reject);
      req.end(r.body);
    });
    us.push((performance.now() - started) * 1000);
  }
  return us;
}

export async function persistence(report: Report, size: ScaleSize, writesPerRound: number): Promise<void> {
  report.section(`4c. Persistence (--state-file) at ${size.pools.toLocaleString("en-US")} pools and clients, ${size.events.toLocaleString("en-US")} events`);
  const mock = createCognitoMock({ seed: 1 });
  const { user } = await seedBenchPool(mock);
  const { template } = await seedBenchPool(mock); // a second pool: the one written to, beside the one with the events
  grow(mock, template, size, user);
  const poolId = [...mock.state.pools.keys()][1];

  const file = join(mkdtempSync(join(tmpdir(), "bench-state-")), "state.db");
  let started = performance.now();
  const created = openStateFile(file);
  created.store.replace(mock.state, 0);
  created.store.close();
  report.line(`state file written whole in ${seconds((performance.now() - started) / 1000)}: ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB`);

  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    const opened = openStateFile(file);
    loads.push((performance.now() - started) / 1000);
    if (opened.saved?.state.pools.size !== mock.state.pools.size) throw new Error("the state file did not load the state");
    opened.store.close();
  }
  report.line(`open and load in this process (the first cold, then warm): ${loads.map(seconds).join(", ")} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);

  // A restart is a new process: what the state file adds to serve's start (spawn to "listening"), alternately.
  const restarts: { with: number; without: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const timed = async (args: string[]) => {
      const at = performance.now();
      await (await startServe(args, args.length ? "serve --state-file" : "serve")).stop();
      return (performance.now() - at) / 1000;
    };
    restarts.push({ without: await timed([]), with: await timed(["--state-file", file]) });
  }
  const added = restarts.map((r) => r.with - r.without);
  report.line(`serve start to listening, with / without the state file: ${restarts.map((r) => `${seconds(r.with)} / ${seconds(r.without)}`).join("; ")} (stop included)`);
  report.target("restart with the large state (start time added, median of 3)", median(added), "<=", RESTART_S, seconds);

  const persisted = await startServe(["--state-file", file], "serve --state-file");
  const plain = await startServe();
  const fsynced = await startServe(["--state-file", join(dirname(file), "fsync.db"), "--state-fsync"], "serve --state-fsync");
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const plainPool = (await call(plain.url, "CreateUserPool", PLUS_POOL)).UserPool.Id;
    const fsyncedPool = (await call(fsynced.url, "CreateUserPool", PLUS_POOL)).UserPool.Id;
    const sides = [
      { requests: await writes(plain.url, plainPool), us: [] as number[] },
      { requests: await writes(persisted.url, poolId), us: [] as number[] },
      { requests: await writes(fsynced.url, fsyncedPool), us: [] as number[] },
    ];
    for (const side of sides) await timeWrites(side.requests, 200, agent); // warm-up (JIT)
    for (let round = 0; round < ROUNDS; round++) for (const side of sides) side.us.push(...(await timeWrites(side.requests, writesPerRound, agent)));
    const [without, withFile, withFsync] = sides.map((s) => ({ median: median(s.us), p99: percentile(s.us, 99) }));
    report.line(`${ROUNDS} alternating rounds of ${writesPerRound} sequential writes (UpdateUserPool, SetRiskConfiguration) on one keep-alive connection`);
    report.line(`  without --state-file: median ${micros(without.median)}, p99 ${micros(without.p99)}`);
    report.line(`  with --state-file (large state; each write committed to the WAL): median ${micros(withFile.median)}, p99 ${micros(withFile.p99)}`);
    report.line(`  with --state-file --state-fsync (small state; an fsync per write, no target): median ${micros(withFsync.median)}, p99 ${micros(withFsync.p99)}`);
    report.target("write latency with/without state file (median, large state)", withFile.median / without.median, "<=", WRITE_RATIO, times);
  } finally {
    agent.destroy();
    await Promise.all([persisted.stop(), plain.stop(), fsynced.stop()]);
  }
}
