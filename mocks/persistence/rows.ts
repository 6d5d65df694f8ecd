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
export const LOGS: ReadonlySet<string> = new Set(["events", "outbox"]);

const MAP_TAG = "$map";
const LOG_TAG = "$log";
const SET_TAG = "$set";

export type PathStep = string | number;
export type EntryKey = string | number;

export interface Row {
  key: string;
  value: string;
}

export const isLogMember = (member: PathStep, value: unknown): value is unknown[] => typeof member === "string" && LOGS.has(member) && Array.isArray(value);

export function childKey(ownerKey: string, memberPath: readonly PathStep[], entry: EntryKey): string {
  return `${ownerKey}${SEP}${JSON.stringify([...memberPath, entry])}`;
}

export function checkEntryKey(key: unknown): EntryKey {
  if (typeof key === "string" || (typeof key === "number" && Number.isFinite(key))) return key;
  throw new TypeError(`state Maps need string or number keys to persist, got ${typeof key}`);
}

/** A row's JSON: its value with every nested collection replaced by a tag (their entries are rows of their own). */
export function encodeRow(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, member: string, v: unknown) {
    if (v instanceof Map) return { [MAP_TAG]: 1 };
    if (v instanceof Set) return { [SET_TAG]: [...v] };
    // The row's own value is never a log's tag: a log element's row holds the element.
    if (member !== "" && Array.isArray(v) && LOGS.has(member) && !Array.isArray(this)) return { [LOG_TAG]: 1 };
    return v;
  });
}

const isTag = (v: Record<string, unknown>, tag: string) => Object.keys(v).length === 1 && tag in v;

export function decodeRow(json: string): unknown {
  return JSON.parse(json, (_member, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    if (isTag(v, MAP_TAG)) return new Map();
    if (isTag(v, LOG_TAG)) return [];
    if (isTag(v, SET_TAG) && Array.isArray(v[SET_TAG])) return new Set(v[SET_TAG]);
    return v;
  });
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
  yield { key, value: encodeRow(value) };
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
 * Rebuilds the state from rows sorted by key (owners sort before their descendants). Throws on a row whose owner
 * or collection is missing: the file is damaged.
 */
export function assemble(rows: Iterable<Row>): unknown {
  const values = new Map<string, unknown>();
  const logs = new Set<unknown[]>();
  let root: unknown;
  for (const { key, value } of rows) {
    const decoded = decodeRow(value);
    values.set(key, decoded);
    if (key === ROOT_KEY) {
      root = decoded;
      continue;
    }
    const cut = key.lastIndexOf(SEP);
    const owner = values.get(key.slice(0, cut));
    const steps = JSON.parse(key.slice(cut + 1)) as PathStep[];
    const entry = steps.pop()!;
    let node: unknown = owner;
    for (const step of steps) node = node === null || typeof node !== "object" ? undefined : (node as Record<PathStep, unknown>)[step];
    if (node instanceof Map) node.set(entry, decoded);
    else if (Array.isArray(node) && typeof entry === "number") {
      node[entry] = decoded;
      logs.add(node);
    }
    else throw new Error(`row ${JSON.stringify(key)} has no collection to belong to`);
  }
  // A log missing an element (a row lost) would silently shift the ones after it.
  for (const log of logs) if (Object.keys(log).length !== log.length) throw new Error("a log has missing elements");
  return root;
}
