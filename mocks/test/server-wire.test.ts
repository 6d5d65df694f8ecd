// The HTTP server on the wire: AWS's headers on every answer, `{}` for empty outputs, the body cap, and a
// stalled client that neither blocks others nor lingers.
import { connect } from "node:net";
import { CognitoIdentityProviderClient, DeleteUserPoolCommand, DescribeUserPoolCommand, ResourceNotFoundException } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import { failure } from "./pools-harness.ts";
import { createPool } from "./risk-fixtures.ts";

let server: RunningServer;
let client: CognitoIdentityProviderClient;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 3, bodyLimit: 64 * 1024, requestTimeoutMs: 600, headersTimeoutMs: 600 });
  client = new CognitoIdentityProviderClient({
    endpoint: server.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
});
afterAll(() => server.close());

/** An unsigned-but-"signed" raw call: the default mode only checks that a SigV4 header is there. */
const AUTH = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00";
const raw = (operation: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/`, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`, authorization: AUTH, ...headers },
    body,
  });

test("success: 200, the awsJson content type and x-amzn-RequestId; the SDK reads the output", async () => {
  const id = await createPool(client);
  const res = await raw("DescribeUserPool", JSON.stringify({ UserPoolId: id }));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/x-amz-json-1.1");
  expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers.get("x-amzn-errortype")).toBeNull();
  expect((await res.json()).UserPool.Id).toBe(id);
  const out = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
  expect(out.UserPool?.Id).toBe(id);
});

test("a remembered answer (DescribeUserPool sent as ready bytes): its Content-Length, non-ASCII text, and the next write seen", async () => {
  const id = await createPool(client);
  // Non-ASCII in the pool: the bytes and Content-Length are UTF-8, not the string's length.
  const update = await raw("UpdateUserPool", JSON.stringify({ UserPoolId: id, VerificationMessageTemplate: { EmailSubject: "Bestätigung — 確認" } }));
  expect(update.status).toBe(200);
  for (let i = 0; i < 2; i++) {
    const res = await raw("DescribeUserPool", JSON.stringify({ UserPoolId: id }));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    expect(JSON.parse(bytes.toString("utf8")).UserPool.VerificationMessageTemplate.EmailSubject).toBe("Bestätigung — 確認");
  }
  await raw("UpdateUserPool", JSON.stringify({ UserPoolId: id, VerificationMessageTemplate: { EmailSubject: "second" } }));
  const after = await (await raw("DescribeUserPool", JSON.stringify({ UserPoolId: id }))).json();
  expect(after.UserPool.VerificationMessageTemplate.EmailSubject).toBe("second");
});

test("an operation without output answers exactly {}", async () => {
  const id = await createPool(client);
  const res = await raw("DeleteUserPool", JSON.stringify({ UserPoolId: id }));
  expect(res.status).toBe(200);
  expect(await res.text()).toBe("{}");
});

test("errors: 400, __type and message in the body, the three x-amzn headers (aws-behavior.md §1)", async () => {
  const res = await raw("DescribeUserPool", JSON.stringify({ UserPoolId: "us-east-1_nothere1" }));
  expect(res.status).toBe(400);
  expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers.get("x-amzn-errortype")).toBe("ResourceNotFoundException:");
  expect(res.headers.get("x-amzn-errormessage")).toBe("User pool us-east-1_nothere1 does not exist.");
  expect(await res.json()).toEqual({ __type: "ResourceNotFoundException", message: "User pool us-east-1_nothere1 does not exist." });
  const e = await failure(client.send(new DeleteUserPoolCommand({ UserPoolId: "us-east-1_nothere1" })));
  expect(e).toBeInstanceOf(ResourceNotFoundException);
  expect(e.$metadata.httpStatusCode).toBe(400);
});

test("protocol errors keep the headers too: unsigned, bad JSON, unknown target, GET", async () => {
  const unsigned = await fetch(`${server.url}/`, { method: "POST", headers: { "x-amz-target": "AWSCognitoIdentityProviderService.DescribeUserPool" }, body: "{}" });
  expect(unsigned.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException:");
  expect(unsigned.headers.get("x-amzn-errormessage")).toBe("Missing Authentication Token");
  const badJson = await raw("DescribeUserPool", "{not json");
  expect([badJson.status, await badJson.json()]).toEqual([400, { __type: "SerializationException" }]);
  expect(badJson.headers.get("x-amzn-errortype")).toBe("SerializationException:");
  const unknown = await raw("NoSuchOperation", "{}");
  expect([unknown.status, (await unknown.json()).__type]).toEqual([400, "UnknownOperationException"]);
  const get = await fetch(`${server.url}/`);
  expect([get.status, (await get.json()).__type]).toEqual([400, "UnknownOperationException"]);
  for (const res of [unsigned, badJson, unknown, get]) expect(res.headers.get("x-amzn-requestid")).toBeTruthy();
});

test("a body over the cap is refused with 413 before it is read (declared length and chunked)", async () => {
  const big = "x".repeat(64 * 1024 + 1);
  const declared = await raw("DescribeUserPool", big);
  expect(declared.status).toBe(413);
  expect(declared.headers.get("x-amzn-errortype")).toBe("RequestEntityTooLargeException:");
  expect((await declared.json()).message).toBe("Request body is larger than the 65536-byte limit.");
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("y".repeat(4096)));
      controller.close();
    },
  });
  const chunked = await fetch(`${server.url}/`, { method: "POST", headers: { authorization: AUTH }, body: stream, duplex: "half" } as RequestInit);
  expect(chunked.status).toBe(413);
});

test("a stalled client does not block others and is timed out", async () => {
  const [host, port] = [server.host, server.port];
  const stalled = connect(port, host);
  await new Promise((resolve) => stalled.once("connect", resolve));
  stalled.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"UserPoolId\":"); // and then nothing
  const closed = new Promise<string>((resolve) => {
    let received = "";
    stalled.on("data", (d) => (received += d));
    stalled.on("close", () => resolve(received));
  });
  const id = await createPool(client);
  const out = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
  expect(out.UserPool?.Id).toBe(id);
  // That the 408 comes at all is bounded by the test's timeout; how soon is the server's setting, not a speed target.
  const received = await closed;
  expect(received).toMatch(/^HTTP\/1.1 408/);
});

test("keep-alive: the connection stays open between calls", async () => {
  const res = await raw("DescribeUserPool", JSON.stringify({ UserPoolId: "us-east-1_nothere1" }));
  await res.text();
  expect(res.headers.get("connection")).toBe("keep-alive");
});
