// 3b. The full default suite: `cognito-conformance run --target mock` as a user runs it (the compiled bin, a new
// process, start-up included), its wall time and cases per second, the case count read from the report it writes;
// with the pools' keys found in the cache (mocks/tokens/key-cache.ts) and without it.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Report, seconds } from "./lib/report.ts";
import { buildOnce } from "./lib/servers.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TARGET_S = 10;
const MIN_CASES = 1_500;

/** One run of the compiled bin in a new process: wall seconds and the report's summary. */
async function runOnce(env: NodeJS.ProcessEnv): Promise<{ wallS: number; code: number | null; summary: Record<string, number> }> {
  const dir = mkdtempSync(join(tmpdir(), "bench-suite-"));
  try {
    const started = performance.now();
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, "dist/scripts/cli.js"), "run", "--target", "mock", "--quiet", "--report", dir], { cwd: ROOT, stdio: "ignore", env: { ...process.env, ...env } });
      child.on("error", fail);
      child.on("exit", done);
    });
    const wallS = (performance.now() - started) / 1000;
    return { wallS, code, summary: (JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { summary: Record<string, number> }).summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function suiteWall(report: Report): Promise<void> {
  report.section("3b. Full default suite (npx cognito-conformance run --target mock: the compiled bin, new process)");
  if (!existsSync(join(ROOT, "suites/cli/run.ts"))) return report.skip("suite wall time", "suites/cli/run.ts not present");
  buildOnce();
  // As a checkout runs it once its key cache holds the run's sets (any run before), then as a clean clone's first run.
  for (const [name, env] of [["key cache as left by earlier runs", {}], ["no key cache (a clean clone's first run)", { COGNITO_CONFORMANCE_KEY_CACHE: "off" }]] as const) {
    const { wallS, code, summary } = await runOnce(env);
    const statuses = Object.entries(summary).filter(([k, v]) => k !== "total" && v > 0).map(([k, v]) => `${v} ${k}`);
    report.line(`${name}: ${summary.total.toLocaleString("en-US")} cases (${statuses.join(", ")}), exit ${code}, wall ${seconds(wallS)}, ${Math.round(summary.total / wallS).toLocaleString("en-US")} cases/s`);
    if (summary.total < MIN_CASES) report.line(`note: fewer than the ${MIN_CASES.toLocaleString("en-US")} cases the target assumes`);
    report.target(`suite wall time, ${name} (start-up included)`, wallS, "<=", TARGET_S, seconds);
  }
}
