// Strict signature verification (opt-in): valid SDK v3 signatures pass; an unknown key, a wrong secret, a
// tampered body, a wrong service in the scope and a skewed clock are each refused with AWS's error.
import { Sha256 } from "@aws-crypto/sha256-js";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  UpdateAuthEventFeedbackCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createCognitoMock } from "../index.ts";
import { startServer, type RunningServer } from "../server/server.ts";
import { failure } from "./pools-harness.ts";
import { createPool } from "./risk-fixtures.ts";

const GOOD = { accessKeyId: "AKIDSTRICT", secretAccessKey: "strict-secret" };
const BAD_SIGNATURE_MESSAGE =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 5, verifySignatures: { credentials: [GOOD] } });
});
afterAll(() => server.close());

const sdk = (credentials = GOOD, extra: Record<string, unknown> = {}) =>
  new CognitoIdentityProviderClient({ endpoint: server.url, region: "eu-central-1", credentials, maxAttempts: 1, ...extra });

/** Signs a DescribeUserPool call ourselves, so a test can tamper with it afterwards. */
async function signed(options: { service?: string; date?: Date; secret?: string; body?: string } = {}) {
  const url = new URL(server.url);
  const body = options.body ?? JSON.stringify({ UserPoolId: "eu-central-1_nothere1" });
  const request = new HttpRequest({
    method: "POST",
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: "/",
    headers: {
      host: url.host,
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.DescribeUserPool",
    },
    body,
  });
  const signer = new SignatureV4({
    credentials: { accessKeyId: GOOD.accessKeyId, secretAccessKey: options.secret ?? GOOD.secretAccessKey },
    region: "eu-central-1",
    service: options.service ?? "cognito-idp",
    sha256: Sha256,
  });
  return signer.sign(request, { signingDate: options.date ?? new Date() }) as Promise<HttpRequest>;
}

const send = (request: HttpRequest, body = request.body as string) =>
  fetch(`${server.url}/`, { method: "POST", headers: request.headers, body });

test("a valid SDK v3 signature is accepted, and the scope's region names the pool", async () => {
  const id = await createPool(sdk());
  expect(id).toMatch(/^eu-central-1_/);
  expect((await sdk().send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.Id).toBe(id);
});

test("an unknown access key: UnrecognizedClientException", async () => {
  const e = await failure(sdk({ accessKeyId: "AKIDUNKNOWN", secretAccessKey: "x" }).send(new DescribeUserPoolCommand({ UserPoolId: "eu-central-1_abc" })));
  expect(e.name).toBe("UnrecognizedClientException");
  expect(e.message).toBe("The security token included in the request is invalid.");
  expect(e.$metadata.httpStatusCode).toBe(400);
});

test("a wrong secret: InvalidSignatureException with AWS's message", async () => {
  const e = await failure(sdk({ ...GOOD, secretAccessKey: "not-the-secret" }).send(new DescribeUserPoolCommand({ UserPoolId: "eu-central-1_abc" })));
  expect(e.name).toBe("InvalidSignatureException");
  expect(e.message).toBe(BAD_SIGNATURE_MESSAGE);
});

test("our own signature passes untouched; a tampered body or a wrong service in the scope does not", async () => {
  const ok = await send(await signed());
  expect((await ok.json()).__type).toBe("ResourceNotFoundException");
  const tampered = await send(await signed(), JSON.stringify({ UserPoolId: "eu-central-1_other11" }));
  expect([tampered.status, await tampered.json()]).toEqual([400, { __type: "InvalidSignatureException", message: BAD_SIGNATURE_MESSAGE }]);
  expect(tampered.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException:");
  const wrongService = await send(await signed({ service: "cognito-identity" }));
  expect((await wrongService.json()).__type).toBe("InvalidSignatureException");
});

test("a clock more than 5 minutes off: InvalidSignatureException `Signature expired` / `not yet current`", async () => {
  const old = await send(await signed({ date: new Date(Date.now() - 6 * 60_000) }));
  const body = await old.json();
  expect(body.__type).toBe("InvalidSignatureException");
  expect(body.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/);
  const future = await (await send(await signed({ date: new Date(Date.now() + 6 * 60_000) }))).json();
  expect(future.message).toMatch(/^Signature not yet current: \d{8}T\d{6}Z is still later than /);
  const within = await (await send(await signed({ date: new Date(Date.now() - 4 * 60_000) }))).json();
  expect(within.__type).toBe("ResourceNotFoundException");
});

test("the SDK corrects its clock from the refusal's Date header and succeeds on retry", async () => {
  const skewed = sdk(GOOD, { maxAttempts: 2, systemClockOffset: -20 * 60_000 });
  const e = await failure(skewed.send(new DescribeUserPoolCommand({ UserPoolId: "eu-central-1_nothere1" })));
  expect(e.name).toBe("ResourceNotFoundException");
  expect(e.$metadata.attempts).toBe(2);
});

test("no Authorization header: MissingAuthenticationTokenException; UpdateAuthEventFeedback needs none", async () => {
  const unsigned = await fetch(`${server.url}/`, {
    method: "POST",
    headers: { "x-amz-target": "AWSCognitoIdentityProviderService.DescribeUserPool" },
    body: "{}",
  });
  expect(await unsigned.json()).toEqual({ __type: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
  const feedback = await failure(
    sdk({ accessKeyId: "AKIDUNKNOWN", secretAccessKey: "x" }).send(
      new UpdateAuthEventFeedbackCommand({ UserPoolId: "eu-central-1_nothere1", Username: "a", EventId: "e1", FeedbackToken: "t", FeedbackValue: "Valid" }),
    ),
  );
  expect(feedback.name).toBe("ResourceNotFoundException");
});

test("in-process (msw) strict mode checks the endpoint's own region", async () => {
  const mock = createCognitoMock({ seed: 1, verifySignatures: { credentials: [GOOD] } });
  const msw = setupServer(...mock.handlers);
  msw.listen({ onUnhandledRequest: "error" });
  try {
    const client = new CognitoIdentityProviderClient({ region: "us-west-2", credentials: GOOD, maxAttempts: 1 });
    const ok = await failure(client.send(new DescribeUserPoolCommand({ UserPoolId: "us-west-2_nothere1" })));
    expect(ok.name).toBe("ResourceNotFoundException");
    const wrongRegion = await failure(
      new CognitoIdentityProviderClient({
        region: "us-west-2",
        endpoint: "https://cognito-idp.us-west-2.amazonaws.com",
        credentials: GOOD,
        maxAttempts: 1,
        // Signed for another region than the endpoint's.
        signer: new SignatureV4({ credentials: GOOD, region: "eu-west-1", service: "cognito-idp", sha256: Sha256 }),
      }).send(new DescribeUserPoolCommand({ UserPoolId: "us-west-2_nothere1" })),
    );
    expect(wrongRegion.name).toBe("InvalidSignatureException");
  } finally {
    msw.close();
  }
});
