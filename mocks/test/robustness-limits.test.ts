// Issue 6, item 2: a body over the cap is refused with a clear 4xx before it is read whole; slow and stalled
// clients (slow headers, slow body, silence) are timed out; the server keeps serving others meanwhile.
import { connect, type Socket } from "node:net";
import { CognitoIdentityProviderClient, DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import { parseAnswer } from "./fuzz/raw-http.ts";
import { createPool } from "./risk-fixtures.ts";

const LIMIT = 64 * 1024;
const TIMEOUT_MS = 800;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 61, bodyLimit: LIMIT, headersTimeoutMs: TIMEOUT_MS, requestTimeoutMs: TIMEOUT_MS });
});
afterAll(() => server.close());

const HEAD = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSCognitoIdentityProviderService.DescribeUserPool\r\nAuthorization: AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0\r\n";

/** An open socket that records what comes back and when it closes. */
async function openSocket(port = server.port) {
  const socket: Socket = connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  let received = "";
  let ended = false;
  socket.on("data", (d) => (received += d));
  socket.on("error", () => {});
  const closed = new Promise<{ text: string; at: number }>((resolve) => socket.on("close", () => ((ended = true), resolve({ text: received, at: Date.now() }))));
  return { socket, closed, state: () => ({ received, closed: ended }) };
}

test("a declared Content-Length over the cap: 413 RequestEntityTooLargeException after a few bytes, the rest never read", async () => {
  const { socket, closed } = await openSocket();
  socket.write(`${HEAD}Content-Length: ${50 * 1024 * 1024}\r\n\r\n{"UserPoolId":`);
  const { text } = await closed; // the server answers and closes without waiting for 50 MiB
  const answer = parseAnswer(text)!;
  expect(answer.status).toBe(413);
  expect(answer.headers["x-amzn-errortype"]).toBe("RequestEntityTooLargeException:");
  expect(JSON.parse(answer.body)).toEqual({ __type: "RequestEntityTooLargeException", message: `Request body is larger than the ${LIMIT}-byte limit.` });
});

test("a chunked body is cut off as soon as it passes the cap", async () => {
  const { socket, closed } = await openSocket();
  socket.write(`${HEAD}Transfer-Encoding: chunked\r\n\r\n`);
  let sent = 0;
  const chunk = "x".repeat(8 * 1024);
  // Bounded: at most 4x the cap, stopping as soon as the answer arrives.
  let answered = false;
  void closed.then(() => (answered = true));
  while (!answered && sent < 4 * LIMIT) {
    socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    sent += chunk.length;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const answer = parseAnswer((await closed).text)!;
  expect(answer.status).toBe(413);
  expect(sent).toBeLessThan(4 * LIMIT);
});

/** Three clients that never finish a request: headers dripped a byte at a time, a body dripped likewise, silence. */
async function stalledClients(port: number) {
  const [slowHeaders, slowBody, silent] = [await openSocket(port), await openSocket(port), await openSocket(port)];
  let i = 0;
  // One header byte, then one body byte, every 100 ms: each keeps its connection busy without finishing.
  const drip = setInterval(() => {
    if (!slowHeaders.socket.destroyed) slowHeaders.socket.write(HEAD[i % HEAD.length]);
    if (!slowBody.socket.destroyed) slowBody.socket.write(i === 0 ? `${HEAD}Content-Length: 1000\r\n\r\n` : "{");
    i++;
  }, 100);
  return { all: [slowHeaders, slowBody, silent], stop: () => clearInterval(drip) };
}

test("other clients are served while stalled clients hold their connections", async () => {
  // A server whose timeouts outlast the test: the stalled clients are still held when the others are answered, so
  // the order is certain (no clock compared): a server they blocked would never answer the SDK calls.
  const patient = await startServer({ port: 0, seed: 62, headersTimeoutMs: 120_000, requestTimeoutMs: 120_000 });
  const stalled = await stalledClients(patient.port);
  try {
    const client = new CognitoIdentityProviderClient({ endpoint: patient.url, region: "us-east-1", credentials: { accessKeyId: "AKIDLIMITS", secretAccessKey: "s" }, maxAttempts: 1 });
    const id = await createPool(client);
    for (let n = 0; n < 20; n++) expect((await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.Id).toBe(id);
    expect(stalled.all.map((c) => c.state())).toEqual(stalled.all.map(() => ({ received: "", closed: false })));
  } finally {
    stalled.stop();
    for (const c of stalled.all) c.socket.destroy();
    await patient.close();
  }
});

test("slow headers, a slow body and a silent client are each timed out with 408", async () => {
  // Before the sockets open, so no server timer can have started earlier.
  const started = Date.now();
  const stalled = await stalledClients(server.port);
  try {
    const results = await Promise.all(stalled.all.map((c) => c.closed));
    for (const { text, at } of results) {
      const answer = parseAnswer(text);
      expect(answer?.status).toBe(408);
      expect(answer?.headers["x-amzn-errortype"]).toBe("RequestTimeoutException:");
      // Closed by the timeout, not before it (load can only delay the close, so a lower bound cannot flake); that it
      // comes at all is bounded by the test's own timeout.
      expect(at - started).toBeGreaterThanOrEqual(TIMEOUT_MS);
    }
  } finally {
    stalled.stop();
  }
});
