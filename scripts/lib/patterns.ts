// AWS models carry Java regular expressions that apply to the whole value. This turns one into an equivalent
// JavaScript (unicode-mode) source, anchored at both ends. The spec keeps the AWS text verbatim; only the
// generated validators use the translated form.

/** Replaces `.` outside character classes (for a leading `(?s)`, Java's DOTALL flag, which JS can't set inline). */
function dotAll(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else out += c === "." ? "[\\s\\S]" : c;
  }
  return out;
}

export function javaPatternToJs(pattern: string): string {
  let source = pattern;
  if (source.startsWith("(?s)")) source = dotAll(source.slice(4));
  if (/\(\?[a-z]/i.test(source) && !/\(\?[:=!<]/.test(source)) {
    throw new Error(`pattern ${pattern} uses inline flags the translator does not handle`);
  }
  const anchored = `^(?:${source})$`;
  new RegExp(anchored, "u"); // throws here, at generation time, for a pattern JS can't read
  return anchored;
}
