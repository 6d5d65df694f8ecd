// Change tracking without asking operation authors for anything: a write operation gets a view of the state
// through proxies that note which rows (rows.ts) it touches. A property set anywhere inside a row marks that row;
// Map.set/delete/clear and a log's element writes mark the entry's whole subtree. What a commit stores is
// read from the live state at commit time, so several changes to one row cost one write.
//
// Values written into the state are unwrapped (no proxy is ever stored); objects other than plain objects,
// arrays, Maps and Sets are handed out unwrapped and must not be mutated in place (the store's verify mode, used
// by the tests, catches any change the tracker missed).
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
    for (const member of Object.keys(record)) {
      const v = record[member];
      if (v !== null && typeof v === "object") {
        const plain = unwrap(v);
        if (plain !== v) record[member] = plain;
      }
    }
  }
  return value;
}

/** Where an object sits: the row that holds it and the path from that row's value (built only when needed). */
interface Place {
  row: string;
  parent?: Place;
  step?: PathStep;
}

const pathOf = (place: Place): PathStep[] => (place.parent ? [...pathOf(place.parent), place.step!] : []);

export class ChangeTracker {
  private changes: Changes = new Map();

  /** The state as a write operation sees it. A fresh proxy cache per call: row keys of log elements can shift. */
  view<T extends object>(root: T): T {
    return this.wrap(root, { row: ROOT_KEY }, new WeakMap()) as T;
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

  private mark(key: string, kind: "row" | "tree"): void {
    if (this.changes.get(key) !== "tree") this.changes.set(key, kind);
  }

  private wrap(value: unknown, place: Place, cache: WeakMap<object, object>): unknown {
    if (value === null || typeof value !== "object") return value;
    let proxy = cache.get(value);
    if (proxy) return proxy;
    if (value instanceof Map) proxy = new Proxy(value, this.mapHandler(value, place, cache));
    else if (value instanceof Set) proxy = new Proxy(value, this.setHandler(place));
    else if (isPlain(value)) proxy = new Proxy(value, this.objectHandler(place, cache, place.step !== undefined && isLogMember(place.step, value)));
    else return value;
    cache.set(value, proxy);
    targets.set(proxy, value);
    return proxy;
  }

  /** A plain object or array inside a row, or a log (an array named in LOGS), whose elements are rows. */
  private objectHandler(place: Place, cache: WeakMap<object, object>, log: boolean): ProxyHandler<Record<PathStep, unknown>> {
    const elementKey = (index: number) => childKey(place.row, pathOf(place), index);
    const isIndex = (p: string | symbol): p is string => log && typeof p === "string" && /^(0|[1-9]\d*)$/.test(p);
    return {
      get: (target, p, receiver) => {
        const v = Reflect.get(target, p, receiver);
        if (typeof p === "symbol" || v === null || typeof v !== "object") return v;
        if (isIndex(p)) return this.wrap(v, { row: elementKey(Number(p)) }, cache);
        return this.wrap(v, { row: place.row, parent: place, step: Array.isArray(target) ? Number(p) : p }, cache);
      },
      set: (target, p, v) => {
        if (log && p === "length") for (let i = Number(v); i < (target as unknown as unknown[]).length; i++) this.mark(elementKey(i), "tree");
        else if (isIndex(p)) this.mark(elementKey(Number(p)), "tree");
        else this.markMember(place, p, v, (target as Record<string | symbol, unknown>)[p]);
        (target as Record<string | symbol, unknown>)[p] = unwrap(v);
        return true;
      },
      deleteProperty: (target, p) => {
        if (isIndex(p)) this.mark(elementKey(Number(p)), "tree");
        else this.markMember(place, p, undefined, (target as Record<string | symbol, unknown>)[p]);
        return delete (target as Record<string | symbol, unknown>)[p];
      },
      defineProperty: (target, p, descriptor) => {
        this.markMember(place, p, descriptor.value, (target as Record<string | symbol, unknown>)[p]);
        return Reflect.defineProperty(target, p, { ...descriptor, value: unwrap(descriptor.value) });
      },
    };
  }

  /**
   * A member of an object changed: its row; and when the member's old or new value holds collections (a Map, a
   * log, at any depth), each of their entries, which are rows of their own.
   */
  private markMember(place: Place, member: string | symbol, value: unknown, old: unknown): void {
    this.mark(place.row, "row");
    if (typeof member !== "string") return;
    for (const side of [old, value]) {
      if (side === null || typeof side !== "object") continue;
      forEachCollection({ [member]: side }, (path, collection) => {
        const base = [...pathOf(place), ...path];
        for (const k of collection.keys()) this.mark(childKey(place.row, base, checkEntryKey(k)), "tree");
      });
    }
  }

  private mapHandler(map: Map<unknown, unknown>, place: Place, cache: WeakMap<object, object>): ProxyHandler<Map<unknown, unknown>> {
    const entryKey = (k: unknown) => childKey(place.row, pathOf(place), checkEntryKey(k));
    const entry = (k: unknown, v: unknown) => this.wrap(v, { row: entryKey(k) }, cache);
    const changed = (k: unknown) => this.mark(entryKey(k), "tree");
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

  /** Sets are inline in their row: any change rewrites the row. */
  private setHandler(place: Place): ProxyHandler<Set<unknown>> {
    return {
      get: (set, p) => {
        const v = Reflect.get(set, p, set);
        if (typeof v !== "function") return v;
        if (p !== "add" && p !== "delete" && p !== "clear") return v.bind(set);
        return (...args: unknown[]) => {
          this.mark(place.row, "row");
          return (v as (...a: unknown[]) => unknown).apply(set, args.map(unwrap));
        };
      },
    };
  }
}
