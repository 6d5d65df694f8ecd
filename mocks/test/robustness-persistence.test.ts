// Issue 6, item 4: a real `cognito-conformance serve --state-file` child is killed with SIGKILL at random
// (seeded) moments during a stream of writes; on restart the state loads, keeps its invariants, and equals
// the last acknowledged write (or the one in flight, whose answer the kill swallowed). A corrupt or foreign
// state file stops the server with a clear error and is left byte for byte as it was.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, expect, test } from "vitest";
import { loadStateFile } from "../persistence/state-file.ts";
import { stateViolations } from "./fuzz/state-invariants.ts";
import { SIGNED } from "./fuzz/request-arbitrary.ts";

const KILLS = Number(process.env.FUZZ_KILLS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);
const dir = mkdtempSync(join(tmpdir(), "cc-persist-"));
const children = new Set<ChildProcess>();
afterAll(() => children.forEach((child) => child.kill("SIGKILL")));

/** Starts `serve`; resolves with its URL, or with its exit code and stderr when it refuses to start. */
function serve(args: string[]): Promise<{ child: ChildProcess; url?: string; code?: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  return new Promise((resolve) => {
    createInterface({ input: child.stdout! }).once("line", (line) => resolve({ child, url: line.replace("listening on ", ""), stderr }));
    child.once("exit", (code) => resolve({ child, code, stderr }));
  });
}

const killed = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

async function api(url: string, operation: string, input: unknown) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`, authorization: SIGNED },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json() };
}

/** A tiny seeded generator (mulberry32), so kill moments reproduce with FUZZ_SEED. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// These tests start `serve` child processes (several each); on a loaded CI machine a start alone can take seconds.
// The bound catches a hang, not slowness: it is no speed target (bench/ measures start-up).
const SPAWNING_TEST_TIMEOUT_MS = 120_000;

test(`SIGKILL at ${KILLS} random moments during writes: the state file always holds the last acknowledged write`, async () => {
  const stateFile = join(dir, "state.json");
  const draw = random(SEED);
  let started = await serve(["--state-file", stateFile, "--seed", "4"]);
  const poolId = (await api(started.url!, "CreateUserPool", { PoolName: "w-0", UserPoolTier: "PLUS" })).body.UserPool.Id;
  let acknowledged = 0;
  const outcomes: string[] = [];
  for (let round = 0; round < KILLS; round++) {
    const url = started.url!;
    const child = started.child;
    // Sequential writes, each naming its number in the pool name and the risk configuration; a kill after 5..250 ms.
    const deadline = Date.now() + 5 + draw() * 245;
    let stop = false;
    const killer = setTimeout(() => {
      stop = true;
      child.kill("SIGKILL");
    }, deadline - Date.now());
    for (let n = acknowledged + 1; !stop && n < acknowledged + 10_000; n++) {
      let write: Awaited<ReturnType<typeof api>>;
      try {
        write = n % 2
          ? await api(url, "UpdateUserPool", { UserPoolId: poolId, PoolName: `w-${n}`, UserPoolTier: "PLUS" })
          : await api(url, "SetRiskConfiguration", { UserPoolId: poolId, RiskExceptionConfiguration: { BlockedIPRangeList: [`10.0.${n % 256}.0/24`] }, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } } });
      } catch {
        break; // the connection died with the server: this write was in flight
      }
      // Outside the try: an answered write that is not a success fails the test instead of ending the round.
      expect(write.status, JSON.stringify(write.body)).toBe(200);
      acknowledged = n;
    }
    clearTimeout(killer);
    await killed(child);

    const saved = loadStateFile(stateFile)!;
    expect(stateViolations(saved.state)).toEqual([]);
    started = await serve(["--state-file", stateFile, "--seed", "4"]);
    expect(started.url, started.stderr).toBeDefined();
    const pool = (await api(started.url!, "DescribeUserPool", { UserPoolId: poolId })).body.UserPool;
    const risk = (await api(started.url!, "DescribeRiskConfiguration", { UserPoolId: poolId })).body.RiskConfiguration;
    // Writes 1..m are in the file, where m is the last acknowledged write or the one in flight at the kill.
    const cidr = (n: number) => `10.0.${n % 256}.0/24`;
    const next = acknowledged + 1;
    const nextApplied = next % 2 ? pool.Name === `w-${next}` : risk.RiskExceptionConfiguration?.BlockedIPRangeList?.[0] === cidr(next);
    const m = nextApplied ? next : acknowledged;
    const lastUpdate = m % 2 ? m : m - 1;
    const lastRisk = m % 2 ? m - 1 : m;
    expect(pool.Name).toBe(`w-${Math.max(lastUpdate, 0)}`);
    expect(risk.RiskExceptionConfiguration?.BlockedIPRangeList).toEqual(lastRisk > 0 ? [cidr(lastRisk)] : undefined);
    const inFlightApplied = nextApplied;
    acknowledged = m;
    outcomes.push(`${acknowledged}${inFlightApplied ? "+" : ""}`);
  }
  started.child.kill("SIGKILL");
  // Left behind by a kill mid-save: at most a temp file, never read, never a torn state file.
  expect(readdirSync(dir).filter((f) => f !== "state.json").every((f) => f.endsWith(".tmp"))).toBe(true);
  console.log(`[persistence] ${KILLS} kills; writes acknowledged at each kill (+: the in-flight write had been saved): ${outcomes.join(" ")}`);
}, SPAWNING_TEST_TIMEOUT_MS);

test("a corrupt, foreign, future-version or empty state file: exit 1 with a clear error, file untouched", async () => {
  const files: [string, string, RegExp][] = [
    ["truncated.json", '{"format":"cognito-conformance/state","version":1,"generation":0,"state":{"pools":{"$cognito-conformance:map":[["us-east', /is not a valid state file \(corrupt JSON/],
    ["foreign.json", '{"name":"left-pad","version":"1.3.0"}', /is not a cognito-conformance state file/],
    ["future.json", '{"format":"cognito-conformance/state","version":99,"generation":0,"state":{}}', /has state format version 99/],
    ["damaged.json", '{"format":"cognito-conformance/state","version":1,"generation":0,"state":{"pools":[]}}', /is damaged/],
    ["empty.json", "", /is not a valid state file/],
    ["binary.json", "\u0000\u00ff\ufffd garbage", /is not a valid state file/],
  ];
  const results = await Promise.all(
    files.map(async ([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return { path, text, run: await serve(["--state-file", path]) };
    }),
  );
  for (const [i, { path, text, run }] of results.entries()) {
    expect(run.url, `${files[i][0]} must not start`).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(files[i][2]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(readFileSync(path, "utf8")).toBe(text);
  }
}, SPAWNING_TEST_TIMEOUT_MS);
