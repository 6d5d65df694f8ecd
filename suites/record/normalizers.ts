// Named normalizers (LocalStack snapshot style): ids, dates and request ids become numbered placeholders, so a
// recorded AWS answer and a target's answer compare, and equal ids stay visibly equal.

export type Normalizer = { name: string; apply: (text: string, ctx: NormalizeContext) => string };

export class NormalizeContext {
  private seen = new Map<string, Map<string, number>>();
  placeholder(kind: string, value: string): string {
    const ids = this.seen.get(kind) ?? new Map<string, number>();
    this.seen.set(kind, ids);
    if (!ids.has(value)) ids.set(value, ids.size + 1);
    return `<${kind}:${ids.get(value)}>`;
  }
}

const replaceAll = (kind: string, re: RegExp): Normalizer => ({ name: kind, apply: (text, ctx) => text.replace(re, (m) => ctx.placeholder(kind, m)) });

export const NORMALIZERS: Normalizer[] = [
  replaceAll("run-prefix", /cognito-conformance-[0-9a-z]{6,}/g),
  replaceAll("user-pool-id", /\b[a-z]{2}(?:-[a-z]+)+-\d_[0-9A-Za-z]{6,}\b/g),
  replaceAll("uuid", /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g),
  replaceAll("client-id", /\b[0-9a-z]{25,26}\b/g),
  { name: "date", apply: (text) => text.replace(/("[A-Za-z]*Date"\s*:\s*)\d+(?:\.\d+)?/g, '$1"<date>"') },
];

/** Normalizes an answer body (text): every normalizer in order, one context per answer set. */
export function normalizeBody(body: string, ctx: NormalizeContext): unknown {
  let text = body;
  for (const n of NORMALIZERS) text = n.apply(text, ctx);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
