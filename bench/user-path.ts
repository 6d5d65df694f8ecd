// 7. What a team's own test suite feels (issue 21), the built package through SDK v3 in fresh processes
// (bench/user-path-child.ts):
// 7a. a fresh pool's first sign-in (USER_PASSWORD_AUTH) and its second, medians over fresh mocks: with the keys of
//     the default stock (cached between processes, as a second run finds it; then with that cache off, as a clean
//     checkout's first process does) and with `keys: "unique"`, which generates every pool's keys as every mock did
//     before; the difference is key generation's share of the first sign-in.
// 7b. an in-process SDK call (DescribeUserPool, steady state) through mock.requestHandler, through msw and over HTTP to
//     `serve`, against the SDK's own floor (the same client over a handler answering fixed bytes), interleaved rounds.
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { median, percent, Report, times } from "./lib/report.ts";
import { buildOnce, startServe } from "./lib/servers.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TARGET_FIRST_MS = 15;
const TARGET_HANDLER_X = 1.5;
const ms = (v: number) => `${v.toFixed(2)} ms`;

function child(args: string[], env: NodeJS.ProcessEnv = {}): Promise<any> {
  return new Promise((done, fail) =>
    execFile(process.execPath, ["--import", "tsx", join(ROOT, "bench/user-path-child.ts"), ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      error ? fail(new Error(`${args.join(" ")}: ${stderr.slice(-500)}`)) : done(JSON.parse(stdout.trim().split("\n").at(-1)!)),
    ),
  );
}

export async function userPath(report: Report, pools: number, calls: number, rounds: number): Promise<void> {
  buildOnce();
  report.section(`7a. A fresh pool's first sign-in (built package, SDK v3, USER_PASSWORD_AUTH, a fresh mock per pool, medians of ${pools}, each set in a new process)`);
  const runs = [
    { name: "default keys, msw", args: ["shared", "msw"], env: {} },
    { name: "default keys, requestHandler", args: ["shared", "handler"], env: {} },
    { name: "default keys, msw, no key cache", args: ["shared", "msw"], env: { COGNITO_CONFORMANCE_KEY_CACHE: "off" } },
    { name: 'keys: "unique" (every pool generates), msw', args: ["unique", "msw"], env: {} },
  ];
  const firsts: number[] = [];
  // What a first sign-in costs beyond a second one on the same pool: the pool's keys (made or taken, imported).
  const share = (first: number, second: number) => percent(Math.max(0, first - second) / first);
  const shares: string[] = [];
  for (const run of runs) {
    const { first, second } = await child(["sign-in", String(pools), ...run.args], run.env);
    firsts.push(median(first));
    shares.push(share(median(first), median(second)));
    report.line(`${run.name}: first sign-in median ${ms(median(first))} (max ${ms(Math.max(...first))}), second ${ms(median(second))}`);
  }
  report.line(`the keys' share of a first sign-in (first - second, over first): every pool generating (as before) ${shares[3]}; default keys ${shares[0]}`);
  report.target("fresh pool's first sign-in, in-process (msw), median", firsts[0], "<=", TARGET_FIRST_MS, ms);
  report.target("fresh pool's first sign-in, no key cache (msw), median", firsts[2], "<=", TARGET_FIRST_MS, ms);

  report.section(`7b. An in-process SDK call (DescribeUserPool, steady state; ${rounds} interleaved rounds x ${calls} calls per path, median per call)`);
  const serve = await startServe();
  try {
    const samples = (await child(["calls", String(calls), String(rounds), serve.url])) as Record<string, number[]>;
    const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
    report.line(`SDK floor (fixed bytes) ${ms(m.floor)}   requestHandler ${ms(m.handler)} (${times(m.handler / m.floor)})   msw ${ms(m.msw)} (${times(m.msw / m.floor)})   serve over HTTP ${ms(m.serve)} (${times(m.serve / m.floor)})`);
    report.target("requestHandler / SDK floor", m.handler / m.floor, "<=", TARGET_HANDLER_X, times);
  } finally {
    await serve.stop();
  }
}

// Alone: `npx tsx bench/user-path.ts [pools] [calls] [rounds]`.
if (process.argv[1] === resolve(import.meta.filename)) {
  const report = new Report();
  await userPath(report, Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 500), Number(process.argv[4] ?? 5));
  report.summary();
}
