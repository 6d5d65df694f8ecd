// The one load generator: wrk (Debian package), driven by a generated Lua script that sends one pre-signed
// request, optionally paces each connection (fixed rate) or stops after a request count, and reports JSON.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PresignedRequest } from "./presign.ts";
import { pinned } from "./cores.ts";

export interface WrkOptions {
  connections: number;
  durationS: number;
  threads?: number;
  /** Mean pause (ms) before each request on each connection: paces the load to a fixed rate. */
  pauseMs?: number;
  /** Stop after this many answers (wrk's duration then is only the upper bound). */
  stopAfter?: number;
}

export interface WrkResult {
  requests: number;
  durationS: number;
  requestsPerSec: number;
  latencyUs: { p50: number; p90: number; p99: number; max: number };
  /** Connect, read, write, timeout errors and non-2xx answers. */
  errors: number;
  non2xx: number;
}

const found = () => {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (e) {
    // wrk --version exits 1 after printing its banner; only a missing binary is ENOENT.
    return (e as NodeJS.ErrnoException).code !== "ENOENT";
  }
};

/** wrk's version line, installing the Debian package when missing and allowed (root with apt-get). */
export function ensureWrk(log: (line: string) => void): boolean {
  if (found()) return true;
  if (process.getuid?.() !== 0) {
    log("wrk not found and not root: install it with `apt-get install -y wrk`; HTTP benchmarks skipped");
    return false;
  }
  log("wrk not found: running `apt-get install -y wrk` ...");
  try {
    execFileSync("apt-get", ["install", "-y", "wrk"], { stdio: "ignore", timeout: 120_000 });
  } catch {
    try {
      execFileSync("sh", ["-c", "apt-get update && apt-get install -y wrk"], { stdio: "ignore", timeout: 300_000 });
    } catch {
      /* reported below */
    }
  }
  if (found()) return true;
  log("wrk could not be installed; HTTP benchmarks skipped");
  return false;
}

/** A Lua long string whose brackets cannot occur in the text. */
function luaString(text: string): string {
  let level = 1;
  while (text.includes(`]${"=".repeat(level)}]`)) level++;
  const eq = "=".repeat(level);
  return `[${eq}[${text}]${eq}]`;
}

function script(request: PresignedRequest, options: WrkOptions): string {
  const lines = [`wrk.method = ${luaString(request.method)}`, `wrk.body = ${luaString(request.body)}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`wrk.headers[ ${luaString(name)} ] = ${luaString(value)}`);
  if (options.pauseMs !== undefined) {
    // wrk's delay() is whole milliseconds: draw floor or ceil so the mean is the asked pause.
    lines.push(
      `local pause = ${options.pauseMs}`,
      "function delay() local base = math.floor(pause); if math.random() < pause - base then return base + 1 end return base end",
    );
  }
  if (options.stopAfter !== undefined) {
    lines.push(`local answered = 0`, `function response() answered = answered + 1; if answered >= ${options.stopAfter} then wrk.thread:stop() end end`);
  }
  lines.push(
    "function done(summary, latency, requests)",
    "  local e = summary.errors",
    '  io.write(string.format("WRK_JSON {\\"requests\\":%d,\\"durationUs\\":%d,\\"p50\\":%d,\\"p90\\":%d,\\"p99\\":%d,\\"max\\":%d,\\"errors\\":%d,\\"status\\":%d}\\n",',
    "    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,",
    "    e.connect + e.read + e.write + e.timeout, e.status))",
    "end",
  );
  return lines.join("\n") + "\n";
}

export async function runWrk(url: string, request: PresignedRequest, options: WrkOptions): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), "bench-wrk-"));
  const file = join(dir, "request.lua");
  writeFileSync(file, script(request, options));
  const args = ["-t", String(options.threads ?? 1), "-c", String(options.connections), "-d", `${options.durationS}s`, "--timeout", "5s", "-s", file, url];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const [command, pinnedArgs] = pinned("load", "wrk", args);
      const child = spawn(command, pinnedArgs, { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}: ${out}`))));
    });
    const line = /WRK_JSON (\{.*\})/.exec(output);
    if (!line) throw new Error(`wrk printed no summary: ${output}`);
    const raw = JSON.parse(line[1]) as Record<string, number>;
    const durationS = raw.durationUs / 1e6;
    return {
      requests: raw.requests,
      durationS,
      requestsPerSec: raw.requests / durationS,
      latencyUs: { p50: raw.p50, p90: raw.p90, p99: raw.p99, max: raw.max },
      errors: raw.errors + raw.status,
      non2xx: raw.status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
