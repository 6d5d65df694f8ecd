// The state as rows, so a write stores only the rows it changed. Generic over MockState: every Map, wherever it
// sits, is a collection whose entries are rows of their own; the arrays named in LOGS (they grow with use) are
// collections too, one row per element; everything else is inline JSON in the row that holds it. A new member of
// a record, or a new top-level Map, therefore persists with no change here.
//
// Keys: the root row is "". A child's key is its owner's key + SEP + JSON.stringify([...memberPath, entryKey]),
// where memberPath leads from the owner row's value to the collection. JSON escapes SEP, so keys split
// unambiguously, and a row's descendants are exactly the keys in [key + SEP, key + SEP_NEXT).

export const SEP = "\u0001";
export const SEP_NEXT = "\u0002";
export const ROOT_KEY = "";

/** Arrays that are collections (one row per element), by member name: the logs that grow without bound. */
export const LOGS: ReadonlySet<string> = new Set(["events", "outbox", "codes"]); // codes: the sign-in code messages (docs/sign-in.md)

export type PathStep = string | number;
export type EntryKey = string | number;

/** A row as stored: its JSON, with every collection in it replaced by null (a Set by its values' array) and
 * listed in `shape` (JSON of [path, kind][]; null when there is none), so loading needs no JSON reviver. */
export interface Row {
  key: string;
  value: string;
  shape: string | null;
}

type Kind = "map" | "log" | "set";

export const isLogMember = (member: PathStep, value: unknown): value is unknown[] => typeof member === "string" && LOGS.has(member) && Array.isArray(value);

export function childKey(ownerKey: string, memberPath: readonly PathStep[], entry: EntryKey): string {
  return `${ownerKey}${SEP}${JSON.stringify([...memberPath, entry])}`;
}

export function checkEntryKey(key: unknown): EntryKey {
  if (typeof key === "string" || (typeof key === "number" && Number.isFinite(key))) return key;
  throw new TypeError(`state Maps need string or number keys to persist, got ${typeof key}`);
}

/** A row's value without its collections (copied only along the paths to them) and the list of them. */
function strip(v: unknown, path: PathStep[], found: [PathStep[], Kind][]): unknown {
  if (v instanceof Map) return found.push([[...path], "map"]), null;
  if (v instanceof Set) return found.push([[...path], "set"]), [...v];
  if (v === null || typeof v !== "object") return v;
  let copy: Record<PathStep, unknown> | unknown[] | undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (item === null || typeof item !== "object") continue;
      path.push(i);
      const r = strip(item, path, found);
      path.pop();
      if (r !== item) (copy ??= v.slice())[i] = r;
    }
    return copy ?? v;
  }
  for (const member in v) {
    const item = (v as Record<string, unknown>)[member];
    if (item === null || typeof item !== "object") continue;
    path.push(member);
    const r = isLogMember(member, item) ? (found.push([[...path], "log"]), null) : strip(item, path, found);
    path.pop();
    if (r !== item) ((copy ??= { ...v }) as Record<string, unknown>)[member] = r;
  }
  return copy ?? v;
}

export function encodeRow(value: unknown): { value: string; shape: string | null } {
  const found: [PathStep[], Kind][] = [];
  const stripped = strip(value, [], found);
  return { value: JSON.stringify(stripped) ?? "null", shape: found.length ? JSON.stringify(found) : null };
}

export function decodeRow(value: string, shape: string | null): unknown {
  let decoded = JSON.parse(value);
  if (shape === null) return decoded;
  for (const [path, kind] of JSON.parse(shape) as [PathStep[], Kind][]) {
    const at = (old: unknown) => (kind === "map" ? new Map() : kind === "log" ? [] : new Set(old as unknown[]));
    if (path.length === 0) {
      decoded = at(decoded);
      continue;
    }
    let node = decoded;
    for (let i = 0; i < path.length - 1; i++) node = node[path[i]];
    const last = path[path.length - 1];
    node[last] = at(node[last]);
  }
  return decoded;
}

/** Calls `found` for each collection inside a row's value (not inside its entries), with the path to it. */
export function forEachCollection(value: unknown, found: (path: PathStep[], collection: Map<unknown, unknown> | unknown[]) => void): void {
  // One path stack, copied only for what is found: this walks every value a write stores.
  const path: PathStep[] = [];
  const walk = (v: unknown): void => {
    if (v instanceof Map) return found([...path], v);
    if (v === null || typeof v !== "object" || v instanceof Set) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (item === null || typeof item !== "object") continue;
        path.push(i);
        walk(item);
        path.pop();
      }
      return;
    }
    for (const member in v) {
      const item = (v as Record<string, unknown>)[member];
      if (item === null || typeof item !== "object") continue;
      path.push(member);
      if (isLogMember(member, item)) found([...path], item);
      else walk(item);
      path.pop();
    }
  };
  walk(value);
}

/** Every row of a subtree: the row at `key` and all its descendants. */
export function* subtreeRows(key: string, value: unknown): Generator<Row> {
  yield { key, ...encodeRow(value) };
  const children: [string, unknown][] = [];
  forEachCollection(value, (path, collection) => {
    if (collection instanceof Map) for (const [k, v] of collection) children.push([childKey(key, path, checkEntryKey(k)), v]);
    else collection.forEach((v, i) => children.push([childKey(key, path, i), v]));
  });
  for (const [k, v] of children) yield* subtreeRows(k, v);
}

/** The value stored at `key` in the live state now, or undefined when nothing is there (deleted since). */
export function resolve(root: unknown, key: string): unknown {
  if (key === ROOT_KEY) return root;
  let node: unknown = root;
  for (const segment of key.slice(1).split(SEP)) {
    const steps = JSON.parse(segment) as PathStep[];
    const entry = steps.pop()!;
    for (const step of steps) {
      if (node === null || typeof node !== "object") return undefined;
      node = (node as Record<PathStep, unknown>)[step];
    }
    if (node instanceof Map) node = node.get(entry);
    else if (Array.isArray(node)) node = node[entry as number];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Rebuilds the state from rows [key, value, shape] sorted by key (owners sort before their descendants). Throws
 * on a row whose owner or collection is missing: the file is damaged.
 */
export function assemble(rows: Iterable<[string, string, string | null]>): unknown {
  // Only rows with a shape hold collections, so only they can own other rows.
  const owners = new Map<string, unknown>();
  const logs = new Set<unknown[]>();
  let root: unknown;
  for (const [key, value, shape] of rows) {
    const decoded = decodeRow(value, shape);
    if (shape !== null) owners.set(key, decoded);
    if (key === ROOT_KEY) {
      root = decoded;
      continue;
    }
    const cut = key.lastIndexOf(SEP);
    const steps = JSON.parse(key.slice(cut + 1)) as PathStep[];
    const entry = steps.pop()!;
    let node: unknown = owners.get(key.slice(0, cut));
    for (const step of steps) node = node === null || typeof node !== "object" ? undefined : (node as Record<PathStep, unknown>)[step];
    if (node instanceof Map) node.set(entry, decoded);
    else if (Array.isArray(node) && typeof entry === "number") {
      node[entry] = decoded;
      logs.add(node);
    } else throw new Error(`row ${JSON.stringify(key)} has no collection to belong to`);
  }
  // A log missing an element (a row lost) would silently shift the ones after it.
  for (const log of logs) if (Object.keys(log).length !== log.length) throw new Error("a log has missing elements");
  return root;
}
