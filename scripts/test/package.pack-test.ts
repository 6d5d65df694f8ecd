// The package as a new user gets it: `npm pack` (which builds), publint and arethetypeswrong on the tarball, then
// an install into an empty temporary project (the tarball, the SDK, msw, vitest, jest: nothing else) and, there,
// plain ESM, require() from CommonJS, a vitest and a jest file with the helpers, `npx cognito-conformance serve`
// answering the AWS CLI, `run --target endpoint` against it and the README's quick start. Not part of `npm test`
// (it installs from the registry, about a minute): `npm run test:package`, which .ci/run runs.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, test } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURE = new URL("./package-fixture/", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const hasAws = spawnSync("aws", ["--version"]).status === 0;
// The project's own pins, so the temporary project tests the versions this repository tests.
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")).packages as Record<string, { version: string }>;
const pinned = (name: string) => `${name}@${lock[`node_modules/${name}`].version}`;
const JEST = "jest@30.5.2";

let work: string;
let project: string;
let tarball: string;
let serve: ChildProcess | undefined;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}
function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return new Promise((resolve) =>
    execFile(cmd, args, { cwd: options.cwd ?? project, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    ),
  );
}
const show = (r: Ran) => `exit ${r.code}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "cognito-conformance-pack-"));
  const packed = await run("npm", ["pack", "--pack-destination", work, "--json"], { cwd: ROOT });
  expect(packed.code, show(packed)).toBe(0);
  tarball = join(work, JSON.parse(packed.stdout)[0].filename);
  project = join(work, "project");
  spawnSync("mkdir", [project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "empty-project", private: true, type: "module" }, null, 2));
  const installed = await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, pinned("@aws-sdk/client-cognito-identity-provider"), pinned("msw"), pinned("vitest"), JEST]);
  expect(installed.code, show(installed)).toBe(0);
  for (const file of readdirSync(FIXTURE)) copyFileSync(join(FIXTURE, file), join(project, file));
}, 300_000);

afterAll(() => {
  // npx runs the command as its child: stop the whole group.
  if (serve?.pid && serve.exitCode === null) process.kill(-serve.pid, "SIGTERM");
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the tarball holds the build, the spec, README and LICENSE, and no sources or tests", () => {
  const listed = spawnSync("tar", ["-tzf", tarball], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
  const files = listed.map((f) => f.replace(/^package\//, ""));
  expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "dist/mocks/index.js", "dist/mocks/index.d.ts", "dist/scripts/cli.js", "dist/generated/validators.SetRiskConfiguration.cjs", "dist/generated/spec-facts.json", "spec/cognito-idp.openapi.yaml", "docs/evidence.md"]));
  expect(files.filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))).toEqual([]);
  expect(files.filter((f) => /(^|\/)test\/|\.test\.|bench\//.test(f))).toEqual([]);
  expect(pkg.private).toBeUndefined();
});

test("in the checkout, right after the build npm pack ran, `npx cognito-conformance --help` runs the bin (it kept its run bit)", async () => {
  const help = await run("npx", ["--no-install", "cognito-conformance", "--help"], { cwd: ROOT });
  expect(help.code, show(help)).toBe(0);
  expect(help.stdout + help.stderr).toMatch(/cognito-conformance/);
  expect(help.stderr).not.toMatch(/Permission denied/);
});

test("publint finds nothing to report", async () => {
  const r = await run(join(ROOT, "node_modules/.bin/publint"), ["run", tarball, "--strict"], { cwd: ROOT });
  expect(r.code, show(r)).toBe(0);
  expect(r.stdout).toContain("All good");
});

test("arethetypeswrong: every entry point resolves with its types (ESM-only package: node10 and CJS-typed require are out of scope)", async () => {
  const r = await run(join(ROOT, "node_modules/.bin/attw"), [tarball, "--profile", "esm-only", "--format", "ascii"], { cwd: ROOT });
  expect(r.code, show(r)).toBe(0);
  const entries = Object.keys(pkg.exports).length;
  expect((r.stdout.match(/^node16 \(from ESM\): 🟢/gm) ?? []).length, r.stdout).toBe(entries);
  expect((r.stdout.match(/^bundler: 🟢/gm) ?? []).length, r.stdout).toBe(entries);
});

test("plain Node ESM: the mock under msw answers an AWS SDK v3 call", async () => {
  const r = await run(process.execPath, ["esm.mjs"]);
  expect(r.code, show(r)).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ id: expect.stringMatching(/^eu-west-1_[0-9A-Za-z]{9}$/), name: "from-esm", riskError: "UserPoolAddOnNotEnabledException" });
});

test("require() from CommonJS", async () => {
  const r = await run(process.execPath, ["cjs.cjs"]);
  expect(r.code, show(r)).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ name: "from-cjs", awsError: "function", startServer: "function", handlers: expect.any(Number) });
});

test("a vitest file with cognito-conformance/vitest", async () => {
  const r = await run(join(project, "node_modules/.bin/vitest"), ["run", "helper.vitest.test.mjs"]);
  expect(r.code, show(r)).toBe(0);
  expect(r.stdout).toMatch(/Tests\s+\S*2 passed/);
});

test("a jest file with cognito-conformance/jest (ESM, as documented)", async () => {
  const r = await run(join(project, "node_modules/.bin/jest"), ["helper.jest.test.mjs"], { env: { NODE_OPTIONS: "--experimental-vm-modules" } });
  expect(r.code, show(r)).toBe(0);
  expect(r.stderr).toMatch(/Tests:\s+2 passed, 2 total/);
});

test("the README's quick start, from the installed package: npx cognito-conformance run --target mock", async () => {
  const r = await run("npx", ["--no-install", "cognito-conformance", "run", "--target", "mock", "--quiet"]);
  expect(r.code, show(r)).toBe(0);
  expect(r.stdout).toMatch(/^mock: \d+ cases, \d+ PASS/);
  expect(existsSync(join(project, "reports/mock/report.html"))).toBe(true);
  // The report's fact ids link to the evidence page the package ships.
  const link = readFileSync(join(project, "reports/mock/report.html"), "utf8").match(/<a href="([^"#]+)#([^"]+)"><code>/);
  expect(link?.[1]).toBe("../../node_modules/cognito-conformance/docs/evidence.md");
  expect(readFileSync(join(project, "reports/mock", link![1]), "utf8")).toContain(`<a id="${link![2]}"></a>`);
});

test("the msw guard used below works: the main entry (the msw adapter) fails under it", async () => {
  const r = await run(process.execPath, ["--import", "./no-msw.mjs", "--input-type=module", "-e", `await import("cognito-conformance")`]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain("msw was loaded by");
});

test.skipIf(!hasAws)("npx cognito-conformance serve (without loading msw) answers the AWS CLI, and run --target endpoint against it writes its report (needs `aws` on PATH)", async () => {
  const env = { ...process.env, NODE_OPTIONS: "--import=./no-msw.mjs" };
  serve = spawn("npx", ["--no-install", "cognito-conformance", "serve", "--port", "0"], { cwd: project, env, stdio: ["ignore", "pipe", "inherit"], detached: true });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: serve!.stdout! }).once("line", (line) => resolve(/http:\/\/[\d.:]+/.exec(line)?.[0] ?? line));
    serve!.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const cli = { AWS_ACCESS_KEY_ID: "AKIDPACK", AWS_SECRET_ACCESS_KEY: "pack-secret", AWS_DEFAULT_REGION: "us-east-1", AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null", AWS_PAGER: "" };
  const created = await run("aws", ["--endpoint-url", url, "--output", "json", "cognito-idp", "create-user-pool", "--pool-name", "from-the-cli"], { env: cli });
  expect(created.code, show(created)).toBe(0);
  expect(JSON.parse(created.stdout).UserPool).toMatchObject({ Id: expect.stringMatching(/^us-east-1_/), Name: "from-the-cli" });

  const suite = await run("npx", ["--no-install", "cognito-conformance", "run", "--target", "endpoint", "--endpoint", url, "--report", "endpoint-report", "--quiet"]);
  expect(suite.stdout, show(suite)).toMatch(/^endpoint: \d+ cases/);
  const report = JSON.parse(readFileSync(join(project, "endpoint-report/report.json"), "utf8"));
  expect(report.entries.length).toBeGreaterThan(1000);
  expect(suite.code, show(suite)).toBe(0);
}, 120_000);
