// Outputs serialized ahead of time. Reads of a large, rarely changing object (DescribeUserPool's 4 KB pool) would
// otherwise pay JSON.stringify on every call; state objects are replaced, never changed in place, when written,
// so an object's JSON can be remembered by identity.

/** An operation output already in its JSON form; the dispatcher sends `json` as the body. */
export class Serialized<T> {
  declare readonly output?: T;
  /** `bytes`: the JSON as UTF-8, for answers sent many times (the server then skips encoding it per answer). */
  constructor(
    readonly json: string,
    readonly bytes?: Uint8Array,
  ) {}
}

const utf8 = new TextEncoder();
/**
 * The bytes as a node Buffer where there is one (a view of the same memory): node's writable streams wrap any other
 * Uint8Array in a new Buffer on every write. Elsewhere (a browser under msw) they stay a Uint8Array.
 */
const NodeBuffer = (globalThis as { Buffer?: { from(memory: ArrayBuffer, offset: number, length: number): Uint8Array } }).Buffer;
const encode = (json: string): Uint8Array => {
  const bytes = utf8.encode(json);
  return NodeBuffer ? NodeBuffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength) : bytes;
};
const remembered = new WeakMap<object, { member: string; answer: Serialized<unknown> }>();

/**
 * `{"<member>":<value's JSON>}`, computed once per object, with its UTF-8 bytes. Only for objects the state
 * replaces rather than mutates. One JSON.stringify, so one flat string: an answer built by concatenation was
 * flattened (copied) again by every send, and encoding 4 KB per answer showed in serve's profile (issue 12).
 */
export function rememberedAnswer<T>(member: string, value: object): Serialized<T> {
  let entry = remembered.get(value);
  if (entry?.member !== member) {
    const json = JSON.stringify({ [member]: value });
    entry = { member, answer: new Serialized(json, encode(json)) };
    remembered.set(value, entry);
  }
  return entry.answer as Serialized<T>;
}

export function bodyOf(output: unknown): string {
  if (output === undefined) return "{}";
  return output instanceof Serialized ? output.json : JSON.stringify(output);
}
