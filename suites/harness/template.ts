// `{{name}}` placeholders in request strings, filled from fixture values and values saved by earlier steps.

export class MissingVariable extends Error {}

const PLACEHOLDER = /\{\{([A-Za-z0-9_.-]+)\}\}/g;

export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new MissingVariable(`no value for {{${name}}}`);
    return value;
  });
}

/** Fills placeholders in every string (keys included) of a JSON value. */
export function fillJson(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === "string") return fill(value, vars);
  if (Array.isArray(value)) return value.map((v) => fillJson(v, vars));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fill(k, vars), fillJson(v, vars)]));
  }
  return value;
}
