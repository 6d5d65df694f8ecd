// Drops the members a request's schema does not name, at every depth, as AWS's JSON deserializers ignore
// unknown members. Without this, an unknown key (`hasOwnProperty`, `__proto__`, a typo) was stored in the
// state and echoed back by Describe calls. Map keys (additionalProperties) are data and stay.
type Schema = Record<string, any>;

export function knownMembersOnly(schema: Schema, value: unknown): unknown {
  if (Array.isArray(value)) return schema.items ? value.map((item) => knownMembersOnly(schema.items, item)) : value;
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  if (schema.additionalProperties) return Object.fromEntries(entries.map(([k, v]) => [k, knownMembersOnly(schema.additionalProperties, v)]));
  if (!schema.properties) return value;
  const members = schema.properties as Record<string, Schema>;
  return Object.fromEntries(entries.filter(([k]) => Object.hasOwn(members, k)).map(([k, v]) => [k, knownMembersOnly(members[k], v)]));
}
