// Values at and beyond the model's boundaries, built by trying candidates against the pattern (an AWS Java
// regex applied to the whole value) rather than from hand-written examples.

/** Java pattern -> JS RegExp for the whole value. Only `(?s)` needs translating for the patterns AWS uses. */
export function wholeValueRegExp(javaPattern: string): RegExp {
  let source = javaPattern;
  let flags = "u";
  if (source.startsWith("(?s)")) {
    source = source.slice(4);
    flags += "s";
  }
  return new RegExp(`^(?:${source})$`, flags);
}

/** Non-ASCII letters first, so the unicode case is the first that conforms when the pattern allows them. */
const UNICODE_FILLERS = ["é", "Ж", "ß"];
const ASCII_FILLERS = ["a", "1", "_", "-", "A", " "];
/** Shapes some patterns require (ARNs, pool ids, templates with a code placeholder, e-mail addresses). */
const SEEDS = [
  "arn:aws:lambda:us-east-1:123456789012:function:a",
  // The shortest shape the ARN pattern takes: only boundary lengths (20, 19) need it.
  "arn:a:b::1:a",
  "us-east-1_a",
  "{####}",
  "{##Verify##}",
  "a@b",
  // Shapes of the operations that entered with issue 17: import job ids, S3 bucket ARNs (no region or account),
  // UUIDv4 ids (managed login branding, terms), and the closed alternations of terms names and link languages.
  "import-a",
  "arn:a:b:::c",
  "00000000-0000-4000-8000-000000000000",
  "terms-of-use",
  "cognito:default",
  "a",
];

const fits = (re: RegExp | undefined, s: string) => !re || re.test(s);

// Members share patterns and lengths, and a candidate of 131,072 units costs a pattern test each: the answers are
// kept (they depend on the arguments only), which took a third off deriving the cases.
const conforming = new Map<string, string | undefined>();

/** A string of exactly `length` UTF-16 units matching `pattern`, or undefined when none of the candidates does. */
export function conformingString(pattern: string | undefined, length: number, options: { unicode?: boolean } = {}): string | undefined {
  const key = `${options.unicode}\u0000${length}\u0000${pattern ?? ""}`;
  if (!conforming.has(key)) conforming.set(key, findConforming(pattern, length, options));
  return conforming.get(key);
}

function findConforming(pattern: string | undefined, length: number, options: { unicode?: boolean }): string | undefined {
  const re = pattern ? wholeValueRegExp(pattern) : undefined;
  const fillers = options.unicode === undefined ? [...ASCII_FILLERS, ...UNICODE_FILLERS] : options.unicode ? UNICODE_FILLERS : ASCII_FILLERS;
  for (const filler of fillers) {
    const candidate = filler.repeat(length);
    if (fits(re, candidate) && (!options.unicode || /[^\x00-\x7f]/.test(candidate))) return candidate;
  }
  for (const seed of SEEDS) {
    if (seed.length > length) continue;
    for (const filler of fillers) {
      const pad = filler.repeat(length - seed.length);
      for (const candidate of [seed + pad, pad + seed]) {
        if (candidate.length !== length || !fits(re, candidate)) continue;
        if (options.unicode && !/[^\x00-\x7f]/.test(candidate)) continue;
        return candidate;
      }
    }
  }
  return undefined;
}

/** A string of a length within bounds that the pattern refuses, or undefined when the pattern accepts anything tried. */
export function patternBreaker(pattern: string, min = 0, max = Infinity): string | undefined {
  const re = wholeValueRegExp(pattern);
  const length = Math.min(max, Math.max(min, 1, 6));
  for (const c of [" ", "a", "~", "!", "\u0007"]) {
    const candidate = c.repeat(length);
    if (!re.test(candidate)) return candidate;
  }
  return undefined;
}

/** Enum values the member refuses: a made-up value, and a case variant of a valid one (AWS enums are case-sensitive). */
export function nonEnumValues(values: readonly string[]): string[] {
  const out = [`${values[0]}_NOT_IN_ENUM`];
  const lower = values[0].toLowerCase();
  const upper = values[0].toUpperCase();
  const variant = lower !== values[0] ? lower : upper;
  if (!values.includes(variant)) out.push(variant);
  return out;
}
