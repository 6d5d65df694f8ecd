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
let sdk: CognitoIdentityProviderClient;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 61, bodyLimit: LIMIT, headersTimeoutMs: TIMEOUT_MS, requestTimeoutMs: TIMEOUT_MS });
  sdk = new CognitoIdentityProviderClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "AKIDLIMITS", secretAccessKey: "s" }, maxAttempts: 1 });
});
afterAll(() => server.close());

const HEAD = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSCognitoIdentityProviderService.DescribeUserPool\r\nAuthorization: AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0\r\n";

/** An open socket that records what comes back and when it closes. */
async function openSocket() {
  const socket: Socket = connect(server.port, server.host);
  await new Promise((resolve) => socket.once("connect", resolve));
  let received = "";
  socket.on("data", (d) => (received += d));
  socket.on("error", () => {});
  const closed = new Promise<{ text: string; at: number }>((resolve) => socket.on("close", () => resolve({ text: received, at: Date.now() })));
  return { socket, closed, received: () => received };
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

test("slow headers, a slow body and a silent client are each timed out with 408 while others are served", async () => {
  // Before the sockets open, so no server timer can have started earlier.
  const started = Date.now();
  const slowHeaders = await openSocket();
  const slowBody = await openSocket();
  const silent = await openSocket();
  // One header byte, then one body byte, every 100 ms: each keeps its connection busy without finishing.
  let i = 0;
  const drip = setInterval(() => {
    if (!slowHeaders.socket.destroyed) slowHeaders.socket.write(HEAD[i % HEAD.length]);
    if (!slowBody.socket.destroyed) slowBody.socket.write(i === 0 ? `${HEAD}Content-Length: 1000\r\n\r\n` : "{");
    i++;
  }, 100);
  try {
    // Meanwhile, other clients get prompt answers.
    const id = await createPool(sdk);
    const latencies: number[] = [];
    for (let n = 0; n < 20; n++) {
      const t = Date.now();
      expect((await sdk.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.Id).toBe(id);
      latencies.push(Date.now() - t);
    }
    // Served before the slow clients are timed out: a server they blocked would answer only after TIMEOUT_MS. Load
    // slows every call alike, so this bound compares with the server's own timeout, not with a speed target.
    expect(Math.max(...latencies)).toBeLessThan(TIMEOUT_MS);
    const results = await Promise.all([slowHeaders.closed, slowBody.closed, silent.closed]);
    for (const { text, at } of results) {
      const answer = parseAnswer(text);
      expect(answer?.status).toBe(408);
      expect(answer?.headers["x-amzn-errortype"]).toBe("RequestTimeoutException:");
      // Closed by the timeout, not before it (load can only delay the close, so a lower bound cannot flake); that it
      // comes at all is bounded by the test's own timeout.
      expect(at - started).toBeGreaterThanOrEqual(TIMEOUT_MS);
    }
  } finally {
    clearInterval(drip);
  }
});
