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
  /** Fills one operation with an implementation its caller imported (unless it has loaded already). */
  provide<O extends OperationName>(name: O, run: Implementation<O, Ctx>): void;
}

/**
 * `prepare` runs once per operation, when it loads (e.g. a wrapper every implementation gets). `provide` fills the
 * operations a synchronous caller may run before any other call (imported by that caller: mocks/core.ts).
 */
export function loadOnFirstUse<Ctx>(
  loaders: Loaders<Ctx>,
  prepare: <O extends OperationName>(run: Implementation<O, Ctx>) => Implementation<O, Ctx>,
): LoadedOperations<Ctx> {
  // Every key from the start, built by Object.fromEntries: the object keeps V8's fast properties, and loads only
  // change values. (Keys added one by one, as loads finish, made it a dictionary: ~15% slower on the dispatcher's
  // per-request read.)
  const loaded = Object.fromEntries(
    (Object.keys(OPERATIONS) as OperationName[]).map((name) => [name, undefined]),
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
    provide: (name, run) => {
      if (loading.has(name)) return;
      loaded[name] = prepare(run as unknown as Implementation<OperationName, Ctx>);
      loading.set(name, Promise.resolve(loaded[name]));
    },
  };
}
