// Pages over a Map in insertion order (ListUserPools, ListUsers, ListGroups...). The token names the first entry of the next page;
// behind it the chain's live iterator is kept, so a page resumes in O(page) and a whole chain costs O(map) rather
// than O(map) per page. Map iterators see entries added later and skip deleted ones (ECMAScript), so a kept iterator
// stays valid while the map changes. A token whose iterator is gone (evicted, reused, or from before a restart) is
// found by one scan. The iterators are a cache beside the state, never part of it.
import { errors } from "./protocol/errors.ts";

interface Cursor {
  map: Map<string, unknown>;
  iterator: Iterator<[string, unknown]>;
}

/** Enough for many concurrent chains; the oldest goes first (then its token costs one scan). */
const MAX_CURSORS = 1000;
const cursors = new Map<string, Cursor>();
let serial = 0;

const encode = (key: string) => `${Buffer.from(key, "utf8").toString("base64url")}.${(serial++).toString(36)}`;

/** INFERRED text (no public transcript of a bad token). */
const badToken = () => errors.invalidParameter("Invalid pagination token.");

export interface Page<R> {
  items: R[];
  next?: string;
}

/**
 * Up to `limit` entries for which `pick` answers an item, from the token's entry on. The next page's first entry is
 * looked up before answering, so a token is given only when there is more.
 */
export function pageOf<V, R>(map: Map<string, V>, token: string | undefined, limit: number, pick: (key: string, value: V) => R | undefined): Page<R> {
  const iterator = token === undefined ? map.entries() : resume(map, token);
  const items: R[] = [];
  // The token's own entry is where `resume` left the iterator; it is re-read (it may have changed or gone). Deleted
  // and set again since, it also sits at the map's end now: listed here, it is skipped there.
  const tokenKey = token === undefined ? undefined : keyOf(token);
  let first = tokenKey;
  for (;;) {
    let key: string;
    let value: V;
    if (first !== undefined) {
      key = first;
      first = undefined;
      if (!map.has(key)) continue;
      value = map.get(key)!;
    } else {
      const step = iterator.next();
      if (step.done) return { items };
      [key, value] = step.value;
      if (key === tokenKey) continue;
    }
    const item = pick(key, value);
    if (item === undefined) continue;
    if (items.length === limit) return { items, next: remember(map, key, iterator) };
    items.push(item);
  }
}

function keyOf(token: string): string {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) throw badToken();
  return Buffer.from(token.slice(0, dot), "base64url").toString("utf8");
}

/** The chain's iterator, just past the token's entry. */
function resume<V>(map: Map<string, V>, token: string): Iterator<[string, V]> {
  const cursor = cursors.get(token);
  cursors.delete(token);
  if (cursor && cursor.map === map) return cursor.iterator as Iterator<[string, V]>;
  const key = keyOf(token);
  if (!map.has(key)) throw badToken();
  const iterator = map.entries();
  for (let step = iterator.next(); !step.done; step = iterator.next()) if (step.value[0] === key) break;
  return iterator;
}

function remember<V>(map: Map<string, V>, key: string, iterator: Iterator<[string, V]>): string {
  const token = encode(key);
  if (cursors.size >= MAX_CURSORS) cursors.delete(cursors.keys().next().value!);
  cursors.set(token, { map: map as Map<string, unknown>, iterator: iterator as Iterator<[string, unknown]> });
  return token;
}

/**
 * One page of keys already in their list's order (a user's groups, a group's members), with the same tokens and the
 * same refusal of a token naming no key as `pageOf`. For short lists that are not Maps of the state.
 */
export function pageOfKeys<K extends string>(keys: readonly K[], maxResults: number, nextToken: string | undefined): { page: K[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    start = keys.indexOf(keyOf(nextToken) as K);
    if (start < 0) throw badToken();
  }
  const next = keys[start + maxResults];
  return { page: keys.slice(start, start + maxResults), ...(next !== undefined && { nextToken: encode(next) }) };
}
