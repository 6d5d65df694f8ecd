// Issue 6, item 5, against a real `cognito-conformance serve --verify-signatures` child: SDK v3, AWS CLI and
// boto3 signatures are accepted; a tampered body, a wrong secret, an unknown key, a wrong region or service in
// the scope and a clock off by more than 5 minutes are each refused with AWS's error. Then a property: no
// single-byte change to a signed request (body, signed header, signature) is ever accepted.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createInterface } from "node:readline";
import { Sha256 } from "@aws-crypto/sha256-js";
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { SEED } from "./fuzz/runs.ts";

const KEY = { accessKeyId: "AKIDROBUST", secretAccessKey: "robust-secret" };
const BAD = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
const hasAws = spawnSync("aws", ["--version"]).status === 0;
const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;
const TAMPER_RUNS = Number(process.env.FUZZ_RUNS ?? 100) >= 1000 ? 2_000 : 60;

let child: ChildProcess;
let url: URL;
beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", "serve", "--port", "0", "--verify-signatures", "--credentials", `${KEY.accessKeyId}:${KEY.secretAccessKey}`], { stdio: ["ignore", "pipe", "inherit"] });
  url = new URL(await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", (l) => resolve(l.replace("listening on ", "")))));
});
afterAll(() => void child?.kill("SIGKILL"));

interface SignOptions {
  body?: string;
  secret?: string;
  accessKeyId?: string;
  region?: string;
  service?: string;
  date?: Date;
  /** The Host the request names (a real endpoint's, to pin the region the service computes with). */
  host?: string;
}

async function sign(o: SignOptions = {}) {
  const request = new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname: o.host ?? url.hostname,
    port: o.host ? undefined : Number(url.port),
    path: "/",
    headers: { host: o.host ?? url.host, "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.DescribeUserPool" },
    body: o.body ?? JSON.stringify({ UserPoolId: "us-east-1_nothere1" }),
  });
  const signer = new SignatureV4({ credentials: { accessKeyId: o.accessKeyId ?? KEY.accessKeyId, secretAccessKey: o.secret ?? KEY.secretAccessKey }, region: o.region ?? "us-east-1", service: o.service ?? "cognito-idp", sha256: Sha256 });
  return (await signer.sign(request, { signingDate: o.date ?? new Date() })) as HttpRequest;
}

/** Sends to the local server whatever Host the request names. */
function send(headers: Record<string, string>, body: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: "POST", path: "/", headers, agent: false }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
const sendSigned = async (o: SignOptions = {}, body?: string) => {
  const signed = await sign(o);
  return send(signed.headers, body ?? (signed.body as string));
};

test("refusals: tampered body, wrong secret, unknown key, wrong region, wrong service, clock skew", async () => {
  const minutes = (n: number) => new Date(Date.now() + n * 60_000);
  const [ok, tampered, secret, unknown, region, service, late, early, within] = await Promise.all([
    sendSigned(),
    sendSigned({}, JSON.stringify({ UserPoolId: "us-east-1_other111" })),
    sendSigned({ secret: "not-it" }),
    sendSigned({ accessKeyId: "AKIDNOBODY" }),
    sendSigned({ host: "cognito-idp.eu-west-1.amazonaws.com", region: "us-east-1" }),
    sendSigned({ service: "cognito-identity" }),
    sendSigned({ date: minutes(-6) }),
    sendSigned({ date: minutes(6) }),
    sendSigned({ date: minutes(-4) }),
  ]);
  expect(ok.body.__type).toBe("ResourceNotFoundException");
  expect(within.body.__type).toBe("ResourceNotFoundException");
  for (const refused of [tampered, secret, region, service]) expect([refused.status, refused.body]).toEqual([400, { __type: "InvalidSignatureException", message: BAD }]);
  expect(unknown.body).toEqual({ __type: "UnrecognizedClientException", message: "The security token included in the request is invalid." });
  expect(late.body.__type).toBe("InvalidSignatureException");
  expect(late.body.message).toMatch(/^Signature expired: /);
  expect(early.body.message).toMatch(/^Signature not yet current: /);
});

test("SDK v3 is accepted", async () => {
  const sdk = new CognitoIdentityProviderClient({ endpoint: url.origin, region: "eu-north-1", credentials: KEY, maxAttempts: 1 });
  const out = await sdk.send(new CreateUserPoolCommand({ PoolName: "sdk" }));
  expect(out.UserPool?.Id).toMatch(/^eu-north-1_/);
});

test.skipIf(!hasAws)("the AWS CLI is accepted (needs `aws` on PATH)", async () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, AWS_ACCESS_KEY_ID: KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey, AWS_DEFAULT_REGION: "sa-east-1", AWS_CONFIG_FILE: "/dev/null", AWS_SHARED_CREDENTIALS_FILE: "/dev/null", AWS_PAGER: "" };
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile("aws", ["--endpoint-url", url.origin, "--output", "json", "cognito-idp", "create-user-pool", "--pool-name", "cli"], { env }, (e, out, err) => (e ? reject(new Error(err)) : resolve(out))),
  );
  expect(JSON.parse(stdout).UserPool.Id).toMatch(/^sa-east-1_/);
});

test.skipIf(!hasBoto3)("boto3 is accepted (needs python3 with boto3)", () => {
  const script = `import boto3,sys
c = boto3.client("cognito-idp", endpoint_url=sys.argv[1], region_name="ca-central-1", aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])
print(c.create_user_pool(PoolName="boto")["UserPool"]["Id"])`;
  const run = spawnSync("python3", ["-c", script, url.origin, KEY.accessKeyId, KEY.secretAccessKey], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME, AWS_CONFIG_FILE: "/dev/null" } });
  expect(run.stderr).toBe("");
  expect(run.stdout.trim()).toMatch(/^ca-central-1_/);
});

test("property: no single-byte change to a signed request is accepted", async () => {
  const signed = await sign();
  const body = signed.body as string;
  const parts = ["body", "x-amz-target", "x-amz-date", "authorization"] as const;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...parts), fc.nat(), fc.integer({ min: 1, max: 94 }), async (part, at, shift) => {
      const flip = (s: string) => {
        const i = at % s.length;
        return s.slice(0, i) + String.fromCharCode(((s.charCodeAt(i) - 32 + shift) % 95) + 32) + s.slice(i + 1);
      };
      const headers = { ...signed.headers };
      if (part !== "body") headers[part] = flip(headers[part]);
      const answer = await send(headers, part === "body" ? flip(body) : body);
      // Accepted would mean a ResourceNotFoundException for the (unchanged) lookup: never.
      expect(answer.status).toBe(400);
      expect(answer.body.__type).not.toBe("ResourceNotFoundException");
    }),
    { numRuns: TAMPER_RUNS, seed: SEED },
  );
});
