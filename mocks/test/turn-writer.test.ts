// TurnWriter: the server's answers leave together at the end of the event-loop turn that produced them, each
// whole and in the order queued; an answer whose client left is dropped, and a closing answer closes its connection.
import { createServer, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import type { WireResponse } from "../../generated/handlers.ts";
import { TurnWriter } from "../server/turn-writer.ts";

const answer = (body: string, bytes = false): WireResponse => {
  const response: WireResponse = { status: 200, headers: { "Content-Type": "application/x-amz-json-1.1", "x-amzn-RequestId": "r" }, body };
  if (bytes) response.bytes = Buffer.from(body);
  return response;
};

/** A stand-in for node's ServerResponse that records what is written to it. */
function recorder(log: string[], name: string, destroyed = false) {
  return {
    destroyed,
    writeHead: (status: number, headers: (string | number)[]) => log.push(`${name} head ${status} ${headers.join(",")}`),
    end: (body: string | Uint8Array) => log.push(`${name} end ${typeof body === "string" ? body : `bytes:${Buffer.from(body).toString()}`}`),
    once: (event: string) => log.push(`${name} once ${event}`),
  } as unknown as ServerResponse;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

test("answers queued in one turn are not written during it; the next check phase writes them all, in order", async () => {
  const log: string[] = [];
  const writer = new TurnWriter();
  writer.send(recorder(log, "a"), answer('{"A":1}'));
  writer.send(recorder(log, "b"), answer('{"B":2}', true));
  expect(log).toEqual([]);
  await nextTurn();
  expect(log).toEqual([
    "a head 200 Content-Type,application/x-amz-json-1.1,x-amzn-RequestId,r,Content-Length,7",
    'a end {"A":1}',
    "b head 200 Content-Type,application/x-amz-json-1.1,x-amzn-RequestId,r,Content-Length,7",
    'b end bytes:{"B":2}',
  ]);
});

test("an answer whose client left while it waited is dropped; the others still go out", async () => {
  const log: string[] = [];
  const writer = new TurnWriter();
  writer.send(recorder(log, "gone", true), answer("{}"));
  writer.send(recorder(log, "here"), answer("{}"));
  await nextTurn();
  expect(log.filter((line) => line.startsWith("gone"))).toEqual([]);
  expect(log.filter((line) => line.startsWith("here"))).toHaveLength(2);
});

test("a closing answer says Connection: close and drops the socket once written", async () => {
  const log: string[] = [];
  const writer = new TurnWriter();
  writer.send(recorder(log, "c"), answer("{}"), true);
  await nextTurn();
  expect(log).toEqual(["c head 200 Content-Type,application/x-amz-json-1.1,x-amzn-RequestId,r,Content-Length,2,Connection,close", "c end {}", "c once finish"]);
});

test("answers queued in a later turn go out in that turn's check phase (the writer re-arms)", async () => {
  const log: string[] = [];
  const writer = new TurnWriter();
  writer.send(recorder(log, "first"), answer("{}"));
  await nextTurn();
  writer.send(recorder(log, "second"), answer("{}"));
  await nextTurn();
  expect(log.map((line) => line.split(" ")[0])).toEqual(["first", "first", "second", "second"]);
});

test("through node:http, a client gets every answer whole, on keep-alive connections, many at once", async () => {
  const writer = new TurnWriter();
  const server = createServer((req, res) => req.resume().on("end", () => writer.send(res, answer(JSON.stringify({ Path: req.url }), true))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const get = (path: string) =>
    new Promise<{ status?: number; body: string; length?: string }>((resolve, reject) => {
      request({ host: "127.0.0.1", port, path, method: "POST" }, (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode, body, length: res.headers["content-length"] }));
      })
        .on("error", reject)
        .end("{}");
    });
  try {
    const paths = Array.from({ length: 50 }, (_, i) => `/${i}`);
    const answers = await Promise.all(paths.map(get));
    expect(answers.map((a) => a.body)).toEqual(paths.map((Path) => JSON.stringify({ Path })));
    expect(answers.every((a) => a.status === 200 && Number(a.length) === Buffer.byteLength(a.body))).toBe(true);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
