// The limit: a bare node:http server that reads the request body and answers a fixed JSON body (the file named
// by argv[2], so it can send the very bytes the mock answers). With argv[3] = "floor" it also parses each request
// as JSON and serializes the answer anew from an object (the same bytes again): the least work of any server that
// reads its input and writes its output. With argv[4] = "turn" it writes its answers as `serve` does, a turn's
// together (mocks/server/turn-writer.ts): the cross-check that leaves only the mock's own work between the two.
// Prints `listening on http://HOST:PORT` like `cognito-conformance serve`; stops on SIGINT/SIGTERM.
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTENT_TYPE } from "../../mocks/protocol/wire.ts";
import { TurnWriter } from "../../mocks/server/turn-writer.ts";

const BODY = process.argv[2] ? readFileSync(process.argv[2], "utf8") : JSON.stringify({ UserPool: { Id: "us-east-1_bench", Name: "bench" } });
const HEADERS = { "Content-Type": CONTENT_TYPE, "Content-Length": Buffer.byteLength(BODY) };
const FLOOR = process.argv[3] === "floor";
const ANSWER: unknown = FLOOR ? JSON.parse(BODY) : undefined;
const writer = process.argv[4] === "turn" ? new TurnWriter() : undefined;

function answer(res: ServerResponse, body: string): void {
  if (writer) return writer.send(res, { status: 200, headers: { "Content-Type": CONTENT_TYPE }, body });
  res.writeHead(200, body === BODY ? HEADERS : { "Content-Type": CONTENT_TYPE, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (!FLOOR) return answer(res, BODY);
    JSON.parse(chunks.length === 1 ? chunks[0].toString("utf8") : Buffer.concat(chunks).toString("utf8"));
    answer(res, JSON.stringify(ANSWER));
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
