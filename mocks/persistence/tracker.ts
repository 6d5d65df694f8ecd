// Change tracking without asking operation authors for anything: a write operation gets a view of the state
// through proxies that note which rows (rows.ts) it touches. A property set anywhere inside a row marks that row;
// Map.set/delete/clear and a log's element writes mark the entry's whole subtree. What a commit stores is
// read from the live state at commit time, so several changes to one row cost one write.
//
// Values written into the state are unwrapped (no proxy is ever stored); objects other than plain objects,
// arrays, Maps and Sets are handed out unwrapped and must not be mutated in place (the server's checkStateFile
// mode, which the persistence tests run the whole suite under, catches any change the tracker missed).
import { checkEntryKey, childKey, forEachCollection, isLogMember, ROOT_KEY, type PathStep } from "./rows.ts";

/** What changed since the last `take()`: row keys, each "row" (the row's own value) or "tree" (it and its descendants). */
export type Changes = Map<string, "row" | "tree">;

const targets = new WeakMap<object, object>();

const isPlain = (v: unknown): v is object => {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || Array.isArray(v);
};

/** Replaces every proxy inside a value about to enter the state by the object it stands for. */
export function unwrap<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const target = targets.get(value);
  if (target) return target as T;
  if (value instanceof Map) {
    for (const [k, v] of value) if (v !== null && typeof v === "object") value.set(k, unwrap(v));
  } else if (isPlain(value)) {
    const record = value as Record<string, unknown>;
    for (const member in record) {
      const v = record[member];
      if (v !== null && typeof v === "object") {
        const plain = unwrap(v);
        if (plain !== v) record[member] = plain;
      }
    }
  }
  return value;
}

/**
 * Where an object sits. An entry (the root, a Map entry, a log element) starts a row; any other place is a member
 * path inside its nearest entry's row. Keys and paths are built only when something is marked.
 */
class Place {
  private key?: string;
  constructor(
    readonly view: View,
    readonly parent: Place | undefined,
    readonly step: PathStep | undefined,
    readonly entry: boolean,
  ) {}

  /** The key of the row this place is in. */
  rowKey(): string {
    if (!this.entry) return this.parent!.rowKey();
    return (this.key ??= this.parent ? childKey(this.parent.rowKey(), this.parent.pathInRow(), this.step!) : ROOT_KEY);
  }

  /** The member path from the row's value to this place. */
  pathInRow(): PathStep[] {
    return this.entry ? [] : [...this.parent!.pathInRow(), this.step!];
  }
}

/** One request's view: its proxy cache (fresh per view, since a log element's row key can shift). */
interface View {
  tracker: ChangeTracker;
  cache: WeakMap<object, object>;
}

function wrap(value: unknown, parent: Place, step: PathStep, entry: boolean): unknown {
  if (value === null || typeof value !== "object") return value;
  const view = parent.view;
  let proxy = view.cache.get(value);
  if (proxy) return proxy;
  const place = new Place(view, parent, step, entry);
  if (value instanceof Map) proxy = new Proxy(value, mapHandler(value, place));
  else if (value instanceof Set) proxy = new Proxy(value, { __proto__: setTraps, place } as ProxyHandler<object>);
  else if (isPlain(value)) proxy = new Proxy(value, { __proto__: !entry && isLogMember(step, value) ? logTraps : objectTraps, place } as ProxyHandler<object>);
  else return value;
  view.cache.set(value, proxy);
  targets.set(proxy, value);
  return proxy;
}

type Handler = ProxyHandler<Record<string | symbol, unknown>> & { place: Place };

/**
 * A member of an object changed: its row; and when the member's old or new value holds collections (a Map, a
 * log, at any depth), each of their entries, which are rows of their own.
 */
function memberChanged(place: Place, member: string | symbol, value: unknown, old: unknown): void {
  const tracker = place.view.tracker;
  tracker.mark(place.rowKey(), "row");
  if (typeof member !== "string") return;
  for (const side of [old, value]) {
    if (side === null || typeof side !== "object") continue;
    forEachCollection({ [member]: side }, (path, collection) => {
      const base = [...place.pathInRow(), ...path];
      for (const k of collection.keys()) tracker.mark(childKey(place.rowKey(), base, checkEntryKey(k)), "tree");
    });
  }
}

/** Traps for plain objects and arrays inside a row (the handler object carries the place). */
const objectTraps = {
  get(this: Handler, target, p, receiver) {
    const v = Reflect.get(target, p, receiver);
    if (typeof p === "symbol" || v === null || typeof v !== "object") return v;
    return wrap(v, this.place, Array.isArray(target) ? Number(p) : p, false);
  },
  set(this: Handler, target, p, v) {
    const plain = unwrap(v); // first: walking a value that still holds proxies would go through their traps
    memberChanged(this.place, p, plain, target[p]);
    target[p] = plain;
    return true;
  },
  deleteProperty(this: Handler, target, p) {
    memberChanged(this.place, p, undefined, target[p]);
    return delete target[p];
  },
  defineProperty(this: Handler, target, p, descriptor) {
    const plain = unwrap(descriptor.value);
    memberChanged(this.place, p, plain, target[p]);
    return Reflect.defineProperty(target, p, { ...descriptor, value: plain });
  },
} satisfies ProxyHandler<Record<string | symbol, unknown>>;

const isIndex = (p: string | symbol): p is string => typeof p === "string" && /^(0|[1-9]\d*)$/.test(p);

/** Traps for a log (an array named in LOGS): each element is a row of its own. */
const logTraps = {
  get(this: Handler, target, p, receiver) {
    if (!isIndex(p)) return Reflect.get(target, p, receiver);
    return wrap(target[p], this.place, Number(p), true);
  },
  set(this: Handler, target, p, v) {
    const length = (target as unknown as unknown[]).length;
    const plain = unwrap(v);
    if (p === "length") for (let i = Number(v); i < length; i++) markElement(this.place, i);
    else if (isIndex(p)) markElement(this.place, Number(p));
    else memberChanged(this.place, p, plain, target[p]);
    target[p] = plain;
    return true;
  },
  deleteProperty(this: Handler, target, p) {
    if (isIndex(p)) markElement(this.place, Number(p));
    return delete target[p];
  },
} satisfies ProxyHandler<Record<string | symbol, unknown>>;

const markElement = (log: Place, index: number) => log.view.tracker.mark(childKey(log.rowKey(), log.pathInRow(), index), "tree");

/** Sets are inline in their row: any change rewrites the row. */
const setTraps = {
  get(this: { place: Place }, set: Set<unknown>, p: string | symbol) {
    const v = Reflect.get(set, p, set);
    if (typeof v !== "function") return v;
    if (p !== "add" && p !== "delete" && p !== "clear") return v.bind(set);
    const place = this.place;
    return (...args: unknown[]) => {
      place.view.tracker.mark(place.rowKey(), "row");
      return (v as (...a: unknown[]) => unknown).apply(set, args.map(unwrap));
    };
  },
};

/** A Map is a collection: reads hand out its entries as rows, writes mark them. */
function mapHandler(map: Map<unknown, unknown>, place: Place): ProxyHandler<Map<unknown, unknown>> {
  const entry = (k: unknown, v: unknown) => wrap(v, place, checkEntryKey(k), true);
  const changed = (k: unknown) => place.view.tracker.mark(childKey(place.rowKey(), place.pathInRow(), checkEntryKey(k)), "tree");
  function* entries() {
    for (const [k, v] of map) yield [k, entry(k, v)] as [unknown, unknown];
  }
  const methods: Record<string | symbol, unknown> = {
    get: (k: unknown) => entry(k, map.get(k)),
    set(this: unknown, k: unknown, v: unknown) {
      changed(k);
      map.set(k, unwrap(v));
      return this;
    },
    delete: (k: unknown) => {
      if (map.has(k)) changed(k);
      return map.delete(k);
    },
    clear: () => {
      for (const k of map.keys()) changed(k);
      map.clear();
    },
    *values() {
      for (const [k, v] of map) yield entry(k, v);
    },
    entries,
    [Symbol.iterator]: entries,
    forEach: (fn: (v: unknown, k: unknown, m: unknown) => void, thisArg?: unknown) => {
      for (const [k, v] of map) fn.call(thisArg, entry(k, v), k, map);
    },
  };
  return {
    get: (target, p) => {
      if (Object.hasOwn(methods, p)) return methods[p];
      const v = Reflect.get(target, p, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  };
}

export class ChangeTracker {
  private changes: Changes = new Map();

  /** The state as a write operation sees it. */
  view<T extends object>(root: T): T {
    const rootPlace = new Place({ tracker: this, cache: new WeakMap() }, undefined, undefined, true);
    // The root is an entry with no parent: its key is ROOT_KEY; wrap it as a member-less object.
    const proxy = new Proxy(root, { __proto__: objectTraps, place: rootPlace } as ProxyHandler<T>);
    targets.set(proxy, root);
    return proxy;
  }

  get pending(): boolean {
    return this.changes.size > 0;
  }

  /** The changes so far, forgetting them. */
  take(): Changes {
    const changes = this.changes;
    this.changes = new Map();
    return changes;
  }

  mark(key: string, kind: "row" | "tree"): void {
    if (this.changes.get(key) !== "tree") this.changes.set(key, kind);
  }
}
