// `cognito-conformance serve` as users run it: the first stdout line, a scenario through the AWS CLI (v1 on
// this machine) and boto3 against strict signature checking, clean stop on SIGTERM, and its refusals.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { main } from "../server/cli.ts";

const CLI = ["--import", "tsx", "scripts/cli.ts", "serve"];
const hasAws = spawnSync("aws", ["--version"]).status === 0;
const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;
const KEY = { id: "AKIDCLITEST", secret: "cli-test-secret" };

function startCli(args: string[]): Promise<{ child: ChildProcess; firstLine: string }> {
  const child = spawn(process.execPath, [...CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", (firstLine) => resolve({ child, firstLine }));
    child.once("exit", (code) => reject(new Error(`serve exited early with ${code}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

/** Runs the AWS CLI isolated from any user configuration. */
function aws(endpoint: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: KEY.id,
    AWS_SECRET_ACCESS_KEY: KEY.secret,
    AWS_DEFAULT_REGION: "ap-southeast-2",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_PAGER: "",
  };
  return new Promise((resolve) =>
    execFile("aws", ["--endpoint-url", endpoint, "--output", "json", "cognito-idp", ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
}

describe("serve with --verify-signatures", () => {
  let child: ChildProcess;
  let url: string;
  let firstLine: string;
  beforeAll(async () => {
    ({ child, firstLine } = await startCli(["--port", "0", "--seed", "9", "--verify-signatures", "--credentials", `${KEY.id}:${KEY.secret}`]));
    url = firstLine.slice("listening on ".length);
  });
  afterAll(() => void child.kill("SIGKILL"));

  test("the first stdout line is exactly `listening on http://HOST:PORT`", () => {
    expect(firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
  });

  test.skipIf(!hasAws)("the AWS CLI drives a scenario; a service error exits 255 with AWS's message (needs `aws` on PATH)", async () => {
    const created = await aws(url, ["create-user-pool", "--pool-name", "cli-pool", "--user-pool-tier", "PLUS"]);
    expect(created.code).toBe(0);
    const poolId = JSON.parse(created.stdout).UserPool.Id;
    expect(poolId).toMatch(/^ap-southeast-2_[0-9A-Za-z]{9}$/);
    // Independent calls run side by side: each AWS CLI start costs about a second.
    const [described, missing, invalid] = await Promise.all([
      aws(url, ["describe-user-pool", "--user-pool-id", poolId]),
      aws(url, ["describe-user-pool", "--user-pool-id", "ap-southeast-2_nothere1"]),
      aws(url, ["describe-user-pool", "--user-pool-id", "bad!"]),
    ]);
    expect([described.code, JSON.parse(described.stdout).UserPool.UserPoolTier]).toEqual([0, "PLUS"]);
    expect(missing.code).toBe(255); // AWS CLI v1: 255 for a service error (v2 uses 254)
    expect(missing.stderr).toContain(
      "An error occurred (ResourceNotFoundException) when calling the DescribeUserPool operation: User pool ap-southeast-2_nothere1 does not exist.",
    );
    expect(invalid.code).toBe(255);
    expect(invalid.stderr).toContain("(InvalidParameterException)");
  });

  test.skipIf(!hasBoto3)("boto3's signature is accepted too (needs python3 with boto3)", () => {
    const script = `import boto3,sys
c = boto3.client("cognito-idp", endpoint_url=sys.argv[1], region_name="us-east-2", aws_access_key_id="${KEY.id}", aws_secret_access_key="${KEY.secret}")
print(c.create_user_pool(PoolName="boto")["UserPool"]["Id"])`;
    const run = spawnSync("python3", ["-c", script, url], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME, AWS_CONFIG_FILE: "/dev/null" } });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toMatch(/^us-east-2_/);
  });

  test("SIGTERM stops it cleanly with exit 0", async () => {
    const done = exited(child);
    child.kill("SIGTERM");
    expect(await done).toBe(0);
  });
});

describe("serve's refusals (main() in-process)", () => {
  const run = async (argv: string[]) => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      return { code: await main(argv), stderr: errors.mock.calls.map((c) => c.join(" ")).join("\n") };
    } finally {
      errors.mockRestore();
    }
  };

  test("a bad option exits 2 with the usage", async () => {
    const { code, stderr } = await run(["--port", "seventy"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--port must be an integer, got seventy");
    expect(stderr).toContain("usage: cognito-conformance serve");
    expect((await run(["--credentials", "A:B"])).stderr).toContain("--credentials needs --verify-signatures");
    expect((await run(["--bogus"])).code).toBe(2);
  });

  test("a corrupt or foreign state file: clear error, exit 1, file left as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-state-"));
    const corrupt = join(dir, "corrupt.json");
    const text = '{"format":"cognito-conformance/state","version":1,"state":{"pools":';
    writeFileSync(corrupt, text);
    const first = await run(["--port", "0", "--state-file", corrupt]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`${corrupt} is not a valid state file`);
    expect(readFileSync(corrupt, "utf8")).toBe(text);
    const foreign = join(dir, "package.json");
    writeFileSync(foreign, '{"name":"something-else"}');
    const second = await run(["--port", "0", "--state-file", foreign]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("is not a cognito-conformance state file");
    expect(readFileSync(foreign, "utf8")).toBe('{"name":"something-else"}');
  });
});
