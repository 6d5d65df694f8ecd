// Requests node's HTTP parser refuses before the mock sees them (a body shorter than its Content-Length, a
// malformed head, a client too slow to finish) still get an answer in AWS's error shape instead of node's
// bare status line. Types for the timeout and oversized headers are our choice (AWS's answer is UNKNOWN).
import { randomUUID } from "node:crypto";
import type { Duplex } from "node:stream";
import { AwsError, errors } from "../protocol/errors.ts";
import { errorResponse } from "../protocol/wire.ts";

const REASONS: Record<number, string> = { 400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large" };

function errorFor(code: string | undefined): AwsError {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return new AwsError("RequestTimeoutException", "The client did not send the whole request in time.", 408);
  if (code === "HPE_HEADER_OVERFLOW") return new AwsError("RequestEntityTooLargeException", "Request headers are too large.", 431);
  return errors.serialization();
}

export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Node's own rule: answer only if nothing was sent on this connection yet.
  const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (!socket.writable || started || error.code === "ECONNRESET") return void socket.destroy();
  const response = errorResponse(errorFor(error.code), randomUUID());
  const head = [`HTTP/1.1 ${response.status} ${REASONS[response.status] ?? "Error"}`, ...Object.entries(response.headers).map(([k, v]) => `${k}: ${v}`)];
  head.push(`Content-Length: ${Buffer.byteLength(response.body)}`, "Connection: close");
  socket.end(`${head.join("\r\n")}\r\n\r\n${response.body}`);
}
