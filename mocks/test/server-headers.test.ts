// headersOf: the request headers the server hands the dispatcher, from node's own parsing of a raw request:
// lower-case names, node's rules for repeats, and every value a string (Set-Cookie included).
import { createServer, type IncomingMessage } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { headersOf } from "../server/headers.ts";

/** The headersOf of one raw request, sent as written (repeats and case kept) to a node:http server. */
async function headersOfRaw(lines: string[]): Promise<Record<string, string>> {
  let seen: Record<string, string> | undefined;
  const server = createServer((req: IncomingMessage, res) => {
    seen = headersOf(req);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.end(`POST / HTTP/1.1\r\n${lines.join("\r\n")}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
      socket.on("data", () => {}).on("close", () => resolve()).on("error", reject);
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return seen!;
}

test("names are lower-cased; a repeated header joins with ', ' (cookie with '; '), except those where node keeps the first", async () => {
  const headers = await headersOfRaw(["X-Amz-Target: A.B", "Accept: a", "ACCEPT: b", "Cookie: x=1", "cookie: y=2", "Host: one", "host: two", "User-Agent: ua"]);
  expect(headers).toMatchObject({ "x-amz-target": "A.B", accept: "a, b", cookie: "x=1; y=2", host: "one", "user-agent": "ua" });
});

test("Set-Cookie, which node keeps as a list, arrives as one string", async () => {
  const headers = await headersOfRaw(["Host: h", "Set-Cookie: a=1", "set-cookie: b=2"]);
  expect(headers["set-cookie"]).toBe("a=1, b=2");
  expect(Object.values(headers).every((value) => typeof value === "string")).toBe(true);
});
