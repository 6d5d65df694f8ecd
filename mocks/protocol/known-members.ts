// Drops the members a request's schema does not name, at every depth, as AWS's JSON deserializers ignore
// unknown members. Without this, an unknown key (`hasOwnProperty`, `__proto__`, a typo) was stored in the
// state and echoed back by Describe calls. Map keys (additionalProperties) are data and stay.
// The input is parsed fresh per request, so parts with no unknown member are returned as they are: only the
// objects on the way to an unknown member are copied (a 200-entry list of strings costs nothing).
type Schema = Record<string, any>;

const isScalar = (schema: Schema) => !schema.properties && !schema.items && !schema.additionalProperties;

export function knownMembersOnly(schema: Schema, value: unknown): unknown {
  if (value === null || typeof value !== "object" || isScalar(schema)) return value;
  if (Array.isArray(value)) {
    if (!schema.items || isScalar(schema.items)) return value;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const known = knownMembersOnly(schema.items, item);
      if (known !== item) (copy ??= value.slice())[i] = known;
    }
    return copy ?? value;
  }
  const source = value as Record<string, unknown>;
  if (schema.additionalProperties) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(source)) {
      const known = knownMembersOnly(schema.additionalProperties, item);
      // defineProperty: a map key may be `__proto__`, which plain assignment would take as the prototype.
      if (known !== item) Object.defineProperty((copy ??= Object.fromEntries(Object.entries(source))), key, { value: known, enumerable: true, writable: true, configurable: true });
    }
    return copy ?? value;
  }
  if (!schema.properties) return value;
  const members = schema.properties as Record<string, Schema>;
  // The copy is made only at the first unknown or changed member: a request with none allocates nothing.
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.hasOwn(members, key)) {
      out ??= knownPrefix(source, keys, i);
      continue;
    }
    const item = source[key];
    const known = knownMembersOnly(members[key], item);
    if (out) out[key] = known;
    else if (known !== item) (out = knownPrefix(source, keys, i))[key] = known;
  }
  return out ?? value;
}

/** The members before `end`, all known and unchanged. Each key is a member name of the schema, never `__proto__`. */
function knownPrefix(source: Record<string, unknown>, keys: string[], end: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < end; i++) out[keys[i]] = source[keys[i]];
  return out;
}
