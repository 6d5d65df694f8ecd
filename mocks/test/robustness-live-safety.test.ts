// Issue 6, item 6: the aws target's safety, proved against the mock. A real `cognito-conformance run --target
// aws` child runs with its AWS traffic redirected to a local server (mocks/test/robustness/fetch-guard.ts,
// which refuses anything else). Without the opt-in it skips and sends nothing; it deletes only pools of its
// own run, never the foreign ones the mock holds (sweep neither); SIGINT mid-suite still tears down; and no
// credential, signature or token appears in its output or report.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { WireRequest } from "../../generated/handlers.ts";
import { liveSettings, LIVE_PREFIX, LIVE_TAG, RUN_TAG } from "../../suites/targets/live.ts";
import { awsTarget } from "../../suites/targets/aws.ts";
import { sweep } from "../../suites/targets/sweep.ts";
import { startServer, type RunningServer } from "../server/server.ts";
import { call } from "./fuzz/baseline.ts";

const SECRET = { accessKeyId: "AKIAROBUSTNESSTEST01", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/robustnessSECRET", sessionToken: "FwoGZXIvYXdzEROBUSTNESS-session-token-value" };
const ONLY = "^(constraint/DescribeUserPool/|constraint/CreateUserPool/PoolName/|protocol/auth/unsigned/)";

let server: RunningServer;
/** Everything secret the server saw: signatures, credentials scopes, session tokens. */
const seen = { signatures: new Set<string>(), tokens: new Set<string>() };
let foreign: Record<string, string>;

beforeAll(async () => {
  server = await startServer({ port: 0, seed: 66 });
  const respond = server.mock.respond;
  server.mock.respond = (request: WireRequest) => {
    const signature = /Signature=([0-9a-f]{64})/.exec(request.headers.authorization ?? "")?.[1];
    if (signature) seen.signatures.add(signature);
    if (request.headers["x-amz-security-token"]) seen.tokens.add(request.headers["x-amz-security-token"]);
    return respond(request);
  };
  const pool = (input: object) => call(server.mock, "CreateUserPool", input).UserPool.Id as string;
  foreign = {
    production: pool({ PoolName: "production-users" }),
    prefixOnly: pool({ PoolName: `${LIVE_PREFIX}lookalike` }),
    tagOnly: pool({ PoolName: "tagged-by-hand", UserPoolTags: { [LIVE_TAG]: "true" } }),
    otherRun: pool({ PoolName: `${LIVE_PREFIX}otherrun-shared`, UserPoolTags: { [LIVE_TAG]: "true", [RUN_TAG]: `${LIVE_PREFIX}otherrun` } }),
  };
});
afterAll(() => server.close());

const poolNames = () => [...server.mock.state.pools.values()].map((p) => p.pool.Name!);
const foreignSurvived = () => Object.values(foreign).every((id) => server.mock.state.pools.has(id));
const runPools = (before: Set<string>) => [...server.mock.state.pools.keys()].filter((id) => !before.has(id));

/** `cognito-conformance run --target aws` in a child whose only way out is the local server. */
function runLive(args: string[], env: Record<string, string>, onStderr?: (text: string) => void) {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./mocks/test/robustness/fetch-guard.ts", "scripts/cli.ts", "run", "--target", "aws", "--quiet", ...args], {
    env: { PATH: process.env.PATH!, HOME: tmpdir(), AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null", AWS_EC2_METADATA_DISABLED: "true", CC_TEST_REDIRECT: server.url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => {
    stderr += d;
    onStderr?.(stderr);
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

const liveEnv = { COGNITO_CONFORMANCE_LIVE: "1", AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: SECRET.accessKeyId, AWS_SECRET_ACCESS_KEY: SECRET.secretAccessKey, AWS_SESSION_TOKEN: SECRET.sessionToken };

describe("opt-in", () => {
  test("without COGNITO_CONFORMANCE_LIVE=1, a region and credentials, live settings refuse with the reason", async () => {
    expect(await liveSettings("us-east-1", {})).toEqual({ ok: false, reason: expect.stringContaining("COGNITO_CONFORMANCE_LIVE=1") });
    expect(await liveSettings(undefined, { COGNITO_CONFORMANCE_LIVE: "1" })).toEqual({ ok: false, reason: expect.stringContaining("no region") });
    expect(await liveSettings("us-east-1", { COGNITO_CONFORMANCE_LIVE: "true" })).toMatchObject({ ok: false });
  });

  test("the CLI without the opt-in reports every case SKIP and sends nothing", async () => {
    const before = server.mock.state.pools.size;
    const requests = seen.signatures.size;
    const report = mkdtempSync(join(tmpdir(), "cc-live-skip-"));
    const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION } = liveEnv;
    const { code, stdout, stderr } = await runLive(["--only", ONLY, "--report", report], { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION }).done;
    expect(stderr).toContain("SKIP: live runs are opt-in");
    expect(stderr).not.toContain("fetch-guard: refused");
    expect(stdout).toMatch(/aws: \d+ cases, \d+ SKIP/);
    expect(code).toBe(0); // a visible skip, not a failure (suites/README.md)
    expect([server.mock.state.pools.size, seen.signatures.size]).toEqual([before, requests]);
  });
});

describe("a live run against the mock", () => {
  let run: { code: number | null; stdout: string; stderr: string };
  let report: string;
  let existing: Set<string>;
  beforeAll(async () => {
    existing = new Set(server.mock.state.pools.keys());
    report = mkdtempSync(join(tmpdir(), "cc-live-report-"));
    run = await runLive(["--only", ONLY, "--report", report], liveEnv).done;
  }, 120_000);

  test("creates and tears down its own pools only: foreign pools (untagged, prefix only, tag only, another run's) survive", () => {
    expect(run.stderr).not.toContain("fetch-guard: refused");
    expect(run.stderr).toMatch(/teardown: deleted (\d+) of \1 pools of run /);
    expect(Number(/teardown: deleted (\d+)/.exec(run.stderr)![1])).toBeGreaterThan(0);
    expect(runPools(existing)).toEqual([]);
    expect(foreignSurvived()).toBe(true);
  });

  test("no credential, signature or session token in the output or any report file", () => {
    expect(seen.signatures.size).toBeGreaterThan(0);
    expect([...seen.tokens]).toEqual([SECRET.sessionToken]);
    const files = readdirSync(report).map((f) => [f, readFileSync(join(report, f), "utf8")] as const);
    expect(files.map(([f]) => f).sort()).toEqual(expect.arrayContaining(["report.json", "report.md"]));
    const secrets = [SECRET.accessKeyId, SECRET.secretAccessKey, SECRET.sessionToken, ...seen.signatures];
    for (const [name, text] of [...files, ["stdout", run.stdout], ["stderr", run.stderr]] as const) {
      const leaked = secrets.filter((s) => text.includes(s));
      expect(leaked, `${name} leaks`).toEqual([]);
    }
  });
});

test("SIGINT mid-suite: the run tears down before it exits", async () => {
  const existing = new Set(server.mock.state.pools.keys());
  const { child, done } = runLive(["--only", "^constraint/", "--report", mkdtempSync(join(tmpdir(), "cc-live-int-"))], liveEnv);
  // Bounded wait for the run to have pools of its own, then interrupt it.
  for (let waited = 0; waited < 60_000 && runPools(existing).length < 2; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(runPools(existing).length).toBeGreaterThanOrEqual(2);
  child.kill("SIGINT");
  const { code, stderr } = await done;
  expect(code).toBe(130);
  expect(stderr).toContain("interrupted: tearing down");
  expect(runPools(existing)).toEqual([]);
  expect(foreignSurvived()).toBe(true);
}, 120_000);

test("sweep deletes only old pools with both the prefix and the tag: never foreign ones", async () => {
  const target = awsTarget({ region: "us-east-1", credentials: SECRET, endpoint: `${server.url}/`, requestsPerSecond: 1000 });
  const mine = await target.prepare("fresh", ["pool"]);
  const result = await sweep((r) => target.send(r), { olderThanMs: 0, now: Date.now() + 60_000 });
  const expected = [foreign.otherRun, mine.userPoolId].sort();
  expect(result.deleted.sort()).toEqual(expected);
  expect(result.kept.map((k) => k.id)).toContain(foreign.prefixOnly);
  for (const id of [foreign.production, foreign.prefixOnly, foreign.tagOnly]) expect(server.mock.state.pools.has(id)).toBe(true);
  expect(poolNames()).not.toContain(`${LIVE_PREFIX}otherrun-shared`);
  await target.close();
});
