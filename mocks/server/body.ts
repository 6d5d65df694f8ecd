// Reads a request body up to a cap. A declared Content-Length over the cap is refused before a byte of the
// body is read; a chunked body is cut off as soon as it passes the cap.
import type { IncomingMessage } from "node:http";
import type { WireResponse } from "../../generated/handlers.ts";
import { AwsError } from "../protocol/errors.ts";
import { errorResponse } from "../protocol/wire.ts";

/** The body as text, or undefined when it is over `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        req.removeAllListeners("data");
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** 413 in AWS's error shape. The type and wording are our choice (AWS's answer here is UNKNOWN; mocks/README.md). */
export function tooLargeResponse(limit: number, requestId: string): WireResponse {
  const error = new AwsError("RequestEntityTooLargeException", `Request body is larger than the ${limit}-byte limit.`, 413);
  return errorResponse(error, requestId);
}
