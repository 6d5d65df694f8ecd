// boto3 and the AWS CLI against `serve`, for the tests that drive them: whether each is installed, an environment
// isolated from any user configuration, and runners that parse the output (never printed; secrets go on stdin).
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;
export const hasAws = spawnSync("aws", ["--version"]).status === 0;

export const CLI_ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: "AKIDBOTO",
  AWS_SECRET_ACCESS_KEY: "boto-secret",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_CONFIG_FILE: "/dev/null",
  AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
  AWS_PAGER: "",
};

/** One `aws cognito-idp` command against `url`, its JSON output parsed. */
export function awsCli(url: string, args: string[]): Promise<{ code: number; json?: any; stderr: string }> {
  return new Promise((resolve) =>
    execFile("aws", ["--endpoint-url", url, "--output", "json", "cognito-idp", ...args], { env: CLI_ENV }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, json: stdout ? JSON.parse(stdout) : undefined, stderr }),
    ),
  );
}

/**
 * One `aws cognito-idp <operation>` whose input goes in a file only this user can read (`--cli-input-json file://`),
 * never on the command line, where process listings show it; refuses to run when a secret would be in the argv.
 */
export function awsCliInput(url: string, operation: string, input: Record<string, unknown>, secrets: readonly string[] = []): Promise<{ code: number; json?: any; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), "cc-aws-cli-input-"));
  const file = join(dir, "input.json");
  writeFileSync(file, JSON.stringify(input), { mode: 0o600 });
  const args = [operation, "--cli-input-json", `file://${file}`];
  if (secrets.some((secret) => args.some((arg) => arg.includes(secret)))) throw new Error("a secret would be on the AWS CLI's command line");
  return awsCli(url, args).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * A python script with `input` on its stdin. Asynchronous: the server runs in the test's process, so a synchronous
 * spawn would leave python waiting on it.
 */
export function runPython(script: string, input: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("python3", ["-c", script], { env: CLI_ENV }, (_error, stdout, stderr) => resolve({ stdout, stderr }));
    child.stdin!.end(input);
  });
}
