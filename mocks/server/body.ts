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
export function readBody(req: IncomingMessage, contentLength: string | undefined, limit: number, done: (error: Error | null, body?: string) => void): void {
  const declared = Number(contentLength ?? NaN);
  if (declared > limit) return done(null, undefined);
  new BodyReader(req, limit, done);
}

/** One request's body. A class rather than closures: tsx names every closure it creates (a call each). */
class BodyReader {
  /** Most bodies come in one chunk: the list is made only for a second one. */
  private first: Buffer | undefined;
  private chunks: Buffer[] | undefined;
  private size = 0;
  private settled = false;

  constructor(
    private readonly req: IncomingMessage,
    private readonly limit: number,
    private readonly done: (error: Error | null, body?: string) => void,
  ) {
    req.on("data", (chunk: Buffer) => this.data(chunk));
    req.on("end", () => this.settle(null, this.text()));
    req.on("error", (error) => this.settle(error));
  }

  private data(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size <= this.limit) {
      if (this.first === undefined) this.first = chunk;
      else (this.chunks ??= [this.first]).push(chunk);
      return;
    }
    this.req.pause();
    this.req.removeAllListeners("data");
    this.settle(null, undefined);
  }

  private text(): string {
    if (this.chunks) return Buffer.concat(this.chunks).toString("utf8");
    return this.first ? this.first.toString("utf8") : "";
  }

  private settle(error: Error | null, body?: string): void {
    if (this.settled) return;
    this.settled = true;
    this.done(error, body);
  }
}

/** 413 in AWS's error shape. The type and wording are our choice (AWS's answer here is UNKNOWN; mocks/README.md). */
export function tooLargeResponse(limit: number, requestId: string): WireResponse {
  const error = new AwsError("RequestEntityTooLargeException", `Request body is larger than the ${limit}-byte limit.`, 413);
  return errorResponse(error, requestId);
}
