// 3b. The full default suite: `cognito-conformance run --target mock` as a user runs it (a new process, start-up
// included), its wall time and cases per second, the case count read from the report it writes.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Report, seconds } from "./lib/report.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TARGET_S = 20;
const MIN_CASES = 1_500;

export async function suiteWall(report: Report): Promise<void> {
  report.section("3b. Full default suite (cognito-conformance run --target mock, new process)");
  if (!existsSync(join(ROOT, "suites/cli/run.ts"))) return report.skip("suite wall time", "suites/cli/run.ts not present");
  const dir = mkdtempSync(join(tmpdir(), "bench-suite-"));
  try {
    const started = performance.now();
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, "scripts/cli.mjs"), "run", "--target", "mock", "--quiet", "--report", dir], { cwd: ROOT, stdio: "ignore" });
      child.on("error", fail);
      child.on("exit", done);
    });
    const wallS = (performance.now() - started) / 1000;
    const { summary } = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { summary: Record<string, number> };
    const statuses = Object.entries(summary).filter(([k, v]) => k !== "total" && v > 0).map(([k, v]) => `${v} ${k}`);
    report.line(`${summary.total.toLocaleString("en-US")} cases (${statuses.join(", ")}), exit ${code}, wall ${seconds(wallS)}, ${Math.round(summary.total / wallS).toLocaleString("en-US")} cases/s`);
    if (summary.total < MIN_CASES) report.line(`note: fewer than the ${MIN_CASES.toLocaleString("en-US")} cases the target assumes`);
    report.target("suite wall time (start-up included)", wallS, "<=", TARGET_S, seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
