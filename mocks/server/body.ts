// Reads a request body up to a cap. A declared Content-Length over the cap is refused before a byte of the
// body is read; a chunked body is cut off as soon as it passes the cap.
import type { IncomingMessage } from "node:http";
import type { WireResponse } from "../../generated/handlers.ts";
import { AwsError } from "../protocol/errors.ts";
import { errorResponse } from "../protocol/wire.ts";

/**
 * Calls `done` once with the body as text, or undefined when it is over `limit` bytes, or with an error. A callback
 * rather than a promise: this runs once per request, and the server's throughput is measured against bare node:http.
 */
export function readBody(req: IncomingMessage, limit: number, done: (error: Error | null, body?: string) => void): void {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limit) return done(null, undefined);
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = (error: Error | null, body?: string) => {
    if (settled) return;
    settled = true;
    done(error, body);
  };
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      req.pause();
      req.removeAllListeners("data");
      settle(null, undefined);
    } else chunks.push(chunk);
  });
  req.on("end", () => settle(null, chunks.length === 1 ? chunks[0].toString("utf8") : Buffer.concat(chunks).toString("utf8")));
  req.on("error", (error) => settle(error));
}

/** 413 in AWS's error shape. The type and wording are our choice (AWS's answer here is UNKNOWN; mocks/README.md). */
export function tooLargeResponse(limit: number, requestId: string): WireResponse {
  const error = new AwsError("RequestEntityTooLargeException", `Request body is larger than the ${limit}-byte limit.`, 413);
  return errorResponse(error, requestId);
}
