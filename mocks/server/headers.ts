// Request headers as the dispatcher wants them (lower-case name -> value), read from the raw header list: node's
// own `req.headers` builds the same object through a per-header switch, which showed in the profile of serve.
// Duplicates follow node's documented rules, so the result is what `req.headers` would give.

/** Headers of which node keeps the first value when repeated (http.IncomingMessage.headers). */
const FIRST_WINS = new Set([
  "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host", "if-modified-since",
  "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization", "referer", "retry-after",
  "server", "user-agent",
]);

export function headersOf(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const previous = headers[name];
    if (previous === undefined) headers[name] = raw[i + 1];
    else if (!FIRST_WINS.has(name)) headers[name] = `${previous}${name === "cookie" ? "; " : ", "}${raw[i + 1]}`;
  }
  return headers;
}
