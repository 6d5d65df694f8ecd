// Request headers as the dispatcher wants them (lower-case name -> value), read from the raw header list: node's
// own `req.headers` builds the same object through a per-header switch, which showed in the profile of serve.
// Duplicates follow node's documented rules, so the result is what `req.headers` would give.

/** Headers of which node keeps the first value when repeated (http.IncomingMessage.headers). */
const FIRST_WINS = new Set([
  "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host", "if-modified-since",
  "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization", "referer", "retry-after",
  "server", "user-agent",
]);

/**
 * Lower-case names by the name as sent. Clients send the same few names on every request, so a lookup replaces a
 * toLowerCase (a new string) and hands the object a name it has seen before. Bounded: names are the client's choice.
 */
const lowerCase = new Map<string, string>();
const LOWER_CASE_MAX = 1_000;

export function headersOf(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    let name = lowerCase.get(raw[i]);
    if (name === undefined) {
      name = raw[i].toLowerCase();
      if (lowerCase.size < LOWER_CASE_MAX) lowerCase.set(raw[i], name);
    }
    const previous = headers[name];
    if (previous === undefined) headers[name] = raw[i + 1];
    else if (!FIRST_WINS.has(name)) headers[name] = `${previous}${name === "cookie" ? "; " : ", "}${raw[i + 1]}`;
  }
  return headers;
}
