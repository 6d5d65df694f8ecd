// boto3 and the AWS CLI against `serve`, for the tests that drive them: whether each is installed, an environment
// isolated from any user configuration, and runners that parse the output (never printed; secrets go on stdin).
import { execFile, spawnSync } from "node:child_process";

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
 * A python script with `input` on its stdin. Asynchronous: the server runs in the test's process, so a synchronous
 * spawn would leave python waiting on it.
 */
export function runPython(script: string, input: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("python3", ["-c", script], { env: CLI_ENV }, (_error, stdout, stderr) => resolve({ stdout, stderr }));
    child.stdin!.end(input);
  });
}
