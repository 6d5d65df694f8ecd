// boto3 and the AWS CLI driven against `serve`, isolated from any user configuration. Secrets and passwords go to
// python on stdin; the CLI's output is parsed, never printed. Tests skip visibly when a tool is missing.
import { execFile, spawnSync } from "node:child_process";

export const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;
export const hasAws = spawnSync("aws", ["--version"]).status === 0;

export const ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: "AKIDBOTO",
  AWS_SECRET_ACCESS_KEY: "boto-secret",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_CONFIG_FILE: "/dev/null",
  AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
  AWS_PAGER: "",
};

/** Runs a python script with `input` (JSON) on stdin. Asynchronous: the server runs in this process, so a
 * synchronous spawn would leave python waiting on it. */
export function runPython(script: string, input: unknown): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("python3", ["-c", script], { env: ENV }, (_error, stdout, stderr) => resolve({ stdout, stderr }));
    child.stdin!.end(JSON.stringify(input));
  });
}

/** `aws cognito-idp <args>` against the endpoint, its JSON output parsed. */
export function awsCli(url: string, args: string[]): Promise<{ code: number; json?: any; stderr: string }> {
  return new Promise((resolve) =>
    execFile("aws", ["--endpoint-url", url, "--output", "json", "cognito-idp", ...args], { env: ENV }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, json: stdout ? JSON.parse(stdout) : undefined, stderr }),
    ),
  );
}
