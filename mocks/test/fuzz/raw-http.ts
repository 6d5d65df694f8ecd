// A raw HTTP/1.1 exchange over a socket, so a test can send what fetch refuses to: invalid UTF-8, a
// Content-Length that lies, duplicate or missing headers. One request per connection (Connection: close).
import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawExchange {
  /** The parsed answer, or undefined when the server closed the connection without one. */
  answer?: RawAnswer;
  /** Bytes received, for error messages. */
  received: string;
}

/** How the body is framed: honestly, with a Content-Length over the bytes sent (then half-close), or chunked. */
export type Framing = "exact" | "short" | "chunked";

export function requestBytes(method: string, headers: [string, string][], body: Buffer, framing: Framing): Buffer {
  const lines = [`${method} / HTTP/1.1`, "Host: 127.0.0.1", "Connection: close", ...headers.map(([k, v]) => `${k}: ${v}`)];
  if (framing === "chunked") {
    lines.push("Transfer-Encoding: chunked");
    const chunk = body.length ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from("\r\n")]) : Buffer.alloc(0);
    return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), chunk, Buffer.from("0\r\n\r\n")]);
  }
  lines.push(`Content-Length: ${framing === "short" ? body.length + 7 : body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), body]);
}

export function parseAnswer(text: string): RawAnswer | undefined {
  const split = text.indexOf("\r\n\r\n");
  if (split < 0) return undefined;
  const [statusLine, ...headerLines] = text.slice(0, split).split("\r\n");
  const status = /^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1];
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(status), headers, body: text.slice(split + 4) };
}

/** Sends the bytes, half-closes if asked, and collects everything until the server closes (bounded by `timeoutMs`). */
export function exchange(port: number, bytes: Buffer, options: { halfClose?: boolean; timeoutMs?: number } = {}): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${options.timeoutMs ?? 5000} ms; received ${Buffer.concat(chunks).toString("utf8").slice(0, 200)}`));
    }, options.timeoutMs ?? 5000);
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", () => {}); // a reset after the answer is fine; "close" follows
    socket.on("close", () => {
      clearTimeout(timer);
      const received = Buffer.concat(chunks).toString("utf8");
      resolve({ answer: parseAnswer(received), received });
    });
    socket.write(bytes, () => {
      if (options.halfClose) socket.end();
    });
  });
}
