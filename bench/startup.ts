// Start-up and memory of the installed package (issue 11), each printed beside its reference from the same run:
// `serve` ready (spawn to "listening on") against `node -e 1` and a bare node:http server, the idle RSS of `serve`
// against the bare server's, and `import("cognito-conformance")` against `import("msw")` (each in a fresh process,
// timed inside it: msw first, then the package, whose import on top of msw is the difference the target bounds).
// Runs the compiled build (dist/, rebuilt first), as users do. Medians of interleaved rounds.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, Report } from "./lib/report.ts";
import { buildOnce } from "./lib/servers.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BARE = `require("node:http").createServer((q, s) => s.end()).listen(0, "127.0.0.1", function () { console.log("listening on http://127.0.0.1:" + this.address().port); });`;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const mib = (v: number) => `${v.toFixed(1)} MiB`;

/** Spawn to the first "listening on" line; then, after `idleMs`, the process's resident set. */
function readyAndRss(args: string[], idleMs: number): Promise<{ readyMs: number; rssMiB: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let readyMs = -1;
    child.stdout.on("data", (chunk: Buffer) => {
      if (readyMs >= 0 || !String(chunk).includes("listening on")) return;
      readyMs = performance.now() - started;
      setTimeout(() => {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
        child.kill();
        resolve({ readyMs, rssMiB: kb / 1024 });
      }, idleMs);
    });
    child.once("exit", (code) => readyMs < 0 && reject(new Error(`${args.join(" ")} exited with ${code} before listening`)));
  });
}

function exitMs(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    child.once("exit", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(" ")}: exit ${code}`))));
  });
}

/** In a fresh process: import("msw"), then import("cognito-conformance") on top of it (which loads msw too). */
function importMs(): { msw: number; more: number } {
  const code = `let t = performance.now(); await import("msw"); const msw = performance.now() - t; t = performance.now(); await import("cognito-conformance"); console.log(JSON.stringify({ msw, more: performance.now() - t }));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" }));
}

export async function startup(report: Report, rounds = 7): Promise<void> {
  report.section("5. Start-up and memory (compiled package)");
  buildOnce();
  // Issue 21: right after the build, the bin runs as `npx cognito-conformance` runs it (through its shebang).
  const bin = join(ROOT, "dist/scripts/cli.js");
  const help = spawnSync(bin, ["--help"], { cwd: ROOT, encoding: "utf8" });
  report.line(`dist/scripts/cli.js mode ${(statSync(bin).mode & 0o777).toString(8)}; \`dist/scripts/cli.js --help\` ${help.error ? help.error.message : `exit ${help.status}`}`);
  report.target("bin runs right after the build (1 = yes)", help.status === 0 ? 1 : 0, ">=", 1, String);
  const samples = { serve: [] as number[], rss: [] as number[], node: [] as number[], bare: [] as number[], bareRss: [] as number[], more: [] as number[], msw: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const serve = await readyAndRss([join(ROOT, "dist/scripts/cli.js"), "serve", "--port", "0"], 1_000);
    const bare = await readyAndRss(["-e", BARE], 1_000);
    samples.serve.push(serve.readyMs);
    samples.rss.push(serve.rssMiB);
    samples.bare.push(bare.readyMs);
    samples.bareRss.push(bare.rssMiB);
    samples.node.push(await exitMs(["-e", "1"]));
    const imported = importMs();
    samples.msw.push(imported.msw);
    samples.more.push(imported.more);
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<keyof typeof samples, number>;
  report.line(`${rounds} rounds, medians (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores); serve = node dist/scripts/cli.js serve --port 0`);
  report.line(`serve ready ${ms(m.serve)}   | node -e 1 ${ms(m.node)}, bare node:http ready ${ms(m.bare)}`);
  report.line(`serve idle RSS ${mib(m.rss)}   | bare node:http idle RSS ${mib(m.bareRss)}`);
  report.line(`import("cognito-conformance") ${ms(m.msw + m.more)}   | import("msw") ${ms(m.msw)} (the package adds ${ms(m.more)})`);
  report.target("serve ready - node -e 1 (issue 21)", m.serve - m.node, "<=", 100, ms);
  report.target("serve idle RSS", m.rss, "<=", 80, mib);
  report.target("import(cognito-conformance) - import(msw)", m.more, "<=", 100, ms);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = new Report();
  await startup(report, Number(process.argv[2] ?? 7));
  report.summary();
}
