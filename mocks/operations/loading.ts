// Operations loaded on first use (issue 21): the table the dispatcher reads, filled as operations are first called.
// One table per process, shared by every mock in it: a module loads once, so a fresh mock per test never waits for
// an operation an earlier mock has called, and its calls stay synchronous.
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import type { Implementation, Implementations } from "../protocol/dispatch.ts";
import type { Loaders } from "./index.ts";

export interface LoadedOperations<Ctx> {
  /** The implementations loaded so far (filled in place: the dispatcher keeps a reference). */
  readonly loaded: Partial<Implementations<Ctx>>;
  /** Loads one operation (once; concurrent first calls share the load). */
  load(name: OperationName): Promise<unknown>;
  /** Loads every operation, e.g. before synchronous `handle()` calls of benchmarks and tests. */
  loadAll(): Promise<void>;
}

/**
 * `prepare` runs once per operation, when it loads (e.g. a wrapper every implementation gets). `preloaded`: the
 * operations a synchronous caller may run before any other call (already imported by the caller).
 */
export function loadOnFirstUse<Ctx>(
  loaders: Loaders<Ctx>,
  prepare: <O extends OperationName>(run: Implementation<O, Ctx>) => Implementation<O, Ctx>,
  preloaded: Partial<Implementations<Ctx>> = {},
): LoadedOperations<Ctx> {
  // Every key from the start, built by Object.fromEntries: the object keeps V8's fast properties, and loads only
  // change values. (Keys added one by one, as loads finish, made it a dictionary: ~15% slower on the dispatcher's
  // per-request read.)
  const loaded = Object.fromEntries(
    (Object.keys(OPERATIONS) as OperationName[]).map((name) => {
      const run = preloaded[name] as Implementation<OperationName, Ctx> | undefined;
      return [name, run && prepare(run)];
    }),
  ) as Partial<Record<OperationName, Implementation<OperationName, Ctx>>>;
  const loading = new Map<OperationName, Promise<unknown>>();
  const load = (name: OperationName): Promise<unknown> => {
    let pending = loading.get(name);
    if (!pending) {
      pending = (loaders[name] as () => Promise<Implementation<OperationName, Ctx>>)().then((run) => (loaded[name] = prepare(run)));
      // A failed load (a broken install) is retried by the next call instead of being remembered.
      pending.catch(() => loading.delete(name));
      loading.set(name, pending);
    }
    return pending;
  };
  return {
    loaded: loaded as Partial<Implementations<Ctx>>,
    load,
    loadAll: async () => {
      await Promise.all((Object.keys(OPERATIONS) as OperationName[]).map(load));
    },
  };
}
