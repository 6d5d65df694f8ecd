// JSON as a tree we serialize ourselves, so a generated body can hold what JS objects cannot: duplicate keys,
// a `__proto__` key as plain data, numbers JSON.parse turns into Infinity, raw fragments (deep nesting).
export type JsonNode =
  | { t: "raw"; text: string }
  | { t: "arr"; items: JsonNode[] }
  | { t: "obj"; entries: [string, JsonNode][] };

export const raw = (text: string): JsonNode => ({ t: "raw", text });
export const value = (v: unknown): JsonNode => raw(JSON.stringify(v));

export function serialize(node: JsonNode): string {
  switch (node.t) {
    case "raw":
      return node.text;
    case "arr":
      return `[${node.items.map(serialize).join(",")}]`;
    case "obj":
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(",")}}`;
  }
}
