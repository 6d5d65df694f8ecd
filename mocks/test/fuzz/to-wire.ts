// A generated request as the dispatcher sees it: lower-case header names, repeats joined the way node joins
// them, the body decoded as UTF-8 (invalid bytes become U+FFFD, as in the HTTP server).
import type { WireRequest } from "../../../generated/handlers.ts";
import type { GeneratedRequest } from "./request-arbitrary.ts";

export function toWireRequest(request: GeneratedRequest): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) {
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return { method: request.method, url: "http://127.0.0.1/", headers, body: request.body.toString("utf8") };
}
