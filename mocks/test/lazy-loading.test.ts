// What the mock loads at start and per request (issue 11): the core never loads msw, and an operation's validator
// is required on that operation's first request only. In a child process, so no other test's imports count.
import { execFileSync, spawnSync } from "node:child_process";
import { expect, test } from "vitest";

const PROBE = `
import { createRequire } from "node:module";
const { createMockCore } = await import("./mocks/core.ts");
const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((f) => /validators\\.\\w+\\.cjs$/.test(f)).map((f) => f.replace(/.*validators\\.(\\w+)\\.cjs$/, "$1"));
const mock = createMockCore({ seed: 1 });
const atStart = loaded();
const request = (target, body) => ({ method: "POST", url: "https://cognito-idp.us-east-1.amazonaws.com/", headers: { "x-amz-target": "AWSCognitoIdentityProviderService." + target, authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00" }, body: JSON.stringify(body) });
const status = mock.handle(request("DescribeUserPool", { UserPoolId: "us-east-1_nope12345" })).response.status;
console.log(JSON.stringify({ atStart, afterOne: loaded(), status }));
`;

test("the core loads no validator at start, then only the one its first request needs", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", PROBE], { encoding: "utf8" });
  expect(JSON.parse(out)).toEqual({ atStart: [], afterOne: ["DescribeUserPool"], status: 400 });
});

test("the core and the server do not load msw (the main entry, which does, shows the guard works)", () => {
  const hook = `export async function resolve(s, c, n) { if (s === "msw" || s.startsWith("msw/")) throw new Error("msw loaded by " + c.parentURL); return n(s, c); }`;
  const guarded = (modules: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)})); ${modules.map((m) => `await import("${m}");`).join(" ")} console.log("ok");`], { encoding: "utf8" });
  expect(guarded(["./mocks/server/server.ts", "./mocks/core.ts"]).stdout.trim()).toBe("ok");
  const main = guarded(["./mocks/index.ts"]);
  expect(main.status).not.toBe(0);
  expect(main.stderr).toContain("msw loaded by");
});

test("no entry loads the log-delivery SDK clients (CloudWatch Logs, S3, Firehose): a configuration's first record does", () => {
  const hook = `export async function resolve(s, c, n) { if (/^@aws-sdk\\/client-(cloudwatch-logs|s3|firehose)$/.test(s)) throw new Error("delivery client loaded by " + c.parentURL); return n(s, c); }`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)})); await import("./mocks/server/server.ts"); await import("./mocks/core.ts"); await import("./mocks/index.ts"); console.log("ok");`], { encoding: "utf8" });
  expect(run.stdout.trim()).toBe("ok");
});
