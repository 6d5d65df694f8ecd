// Request headers as the dispatcher wants them (lower-case name -> one string value). node builds `req.headers`
// before the request handler runs (its server reads Host and Expect from it), so the server takes that object
// rather than building a second one from the raw list per request (issue 21). The one header node keeps as a list,
// Set-Cookie, is joined like any other repeated header, so every value is a string.
import type { IncomingMessage } from "node:http";

export function headersOf(req: IncomingMessage): Record<string, string> {
  const headers = req.headers;
  const cookies = headers["set-cookie"];
  if (cookies === undefined) return headers as Record<string, string>;
  return { ...headers, "set-cookie": cookies.join(", ") } as Record<string, string>;
}
