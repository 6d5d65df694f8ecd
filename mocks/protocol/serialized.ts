// Outputs serialized ahead of time. Reads of a large, rarely changing object (DescribeUserPool's 4 KB pool) would
// otherwise pay JSON.stringify on every call; state objects are replaced, never changed in place, when written,
// so an object's JSON can be remembered by identity.

/** An operation output already in its JSON form; the dispatcher sends `json` as the body. */
export class Serialized<T> {
  declare readonly output?: T;
  constructor(readonly json: string) {}
}

const remembered = new WeakMap<object, string>();

/** JSON.stringify(value), computed once per object. Only for objects the state replaces rather than mutates. */
export function rememberedJson(value: object): string {
  let json = remembered.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    remembered.set(value, json);
  }
  return json;
}

export function bodyOf(output: unknown): string {
  if (output === undefined) return "{}";
  return output instanceof Serialized ? output.json : JSON.stringify(output);
}
