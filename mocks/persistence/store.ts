// The --state-file as a SQLite database (better-sqlite3): one row per state row (rows.ts), so an acknowledged
// write is one transaction over the rows it changed, committed before the answer is sent. WAL journal: by
// default synchronous=NORMAL (the commit is in the WAL, in the OS's hands: a killed or crashed process loses
// nothing acknowledged; a power cut may lose the last commits, never consistency); `fsync` makes it
// synchronous=FULL (fsync per commit, ~1-3 ms here: more than the write itself).
// docs/persistence.md says why SQLite and how the file is laid out.
import Database from "better-sqlite3";
import type { MockState } from "../state.ts";
import { StateFileError } from "./envelope.ts";
import { assemble, encodeRow, resolve, ROOT_KEY, SEP, SEP_NEXT, subtreeRows, type Row } from "./rows.ts";
import { ChangeTracker, type Changes } from "./tracker.ts";

export const SQLITE_FORMAT = "cognito-conformance/state";
/** Version 1 was 0.1.0's JSON envelope (migrated on load); 2 is this database. */
export const SQLITE_VERSION = 2;
/** PRAGMA application_id: "CCst", so another application's database is told apart before it is opened. */
export const APPLICATION_ID = 0x43437374;

const SCHEMA = `
  CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE rows (key TEXT PRIMARY KEY, value TEXT NOT NULL, shape TEXT);
`;

export interface LoadedState {
  state: MockState;
  generation: number;
}

/** Reads a database this build wrote, without writing to it (a damaged one is refused untouched). */
export function readDatabase(path: string): LoadedState {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version !== SQLITE_VERSION) throw new StateFileError(`${path} has state format version ${version}; this build reads version ${SQLITE_VERSION}. Leaving it untouched.`);
    const meta = new Map((db.prepare("SELECT name, value FROM meta").all() as { name: string; value: string }[]).map((r) => [r.name, r.value]));
    const generation = Number(meta.get("generation"));
    if (meta.get("format") !== SQLITE_FORMAT || !Number.isInteger(generation)) throw new StateFileError(`${path} is damaged (no format or generation); refusing to start and leaving it untouched.`);
    const state = assemble(db.prepare("SELECT key, value, shape FROM rows ORDER BY key").raw().iterate() as Iterable<[string, string, string | null]>) as MockState | undefined;
    if (!state || !(state.pools instanceof Map) || !Array.isArray(state.outbox)) throw new StateFileError(`${path} is damaged (missing pools or outbox); refusing to start and leaving it untouched.`);
    return { state, generation };
  } catch (e) {
    if (e instanceof StateFileError) throw e;
    throw new StateFileError(`${path} is damaged (${(e as Error).message}); refusing to start and leaving it untouched.`);
  } finally {
    db?.close();
  }
}

/** An open state database: the tracker that sees writes, and `sync` that stores them. */
export class StateStore {
  readonly tracker = new ChangeTracker();
  private readonly db: Database.Database;
  private root: MockState | undefined;
  private readonly statements;

  /** Opens (creating when new) the database at `path`; the caller has checked that an existing file is ours. */
  constructor(
    readonly path: string,
    options: { fsync?: boolean } = {},
  ) {
    this.db = new Database(path);
    // 16 KiB pages (before WAL, which fixes the size; a no-op on an existing file): a 4.4 KB pool row fits in its
    // page instead of spilling to an overflow page, which made a restart's SELECT ~1.5x slower.
    this.db.pragma("page_size = 16384");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma(`synchronous = ${options.fsync ? "FULL" : "NORMAL"}`);
    if (this.db.pragma("user_version", { simple: true }) === 0) {
      this.db.transaction(() => {
        this.db.exec(SCHEMA);
        this.db.pragma(`application_id = ${APPLICATION_ID}`);
        this.db.pragma(`user_version = ${SQLITE_VERSION}`);
        this.db.prepare("INSERT INTO meta (name, value) VALUES ('format', ?), ('generation', '0')").run(SQLITE_FORMAT);
      })();
    }
    this.statements = {
      upsert: this.db.prepare("INSERT INTO rows (key, value, shape) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, shape = excluded.shape"),
      deleteRow: this.db.prepare("DELETE FROM rows WHERE key = ?"),
      deleteBelow: this.db.prepare("DELETE FROM rows WHERE key > ? AND key < ?"),
      deleteAll: this.db.prepare("DELETE FROM rows"),
      generation: this.db.prepare("UPDATE meta SET value = ? WHERE name = 'generation'"),
      all: this.db.prepare("SELECT key, value, shape FROM rows ORDER BY key"),
    };
  }

  /** Takes `state` (just loaded from this file) as the live state, storing only its new generation. */
  adopt(state: MockState, generation: number): void {
    this.statements.generation.run(String(generation));
    this.tracker.take();
    this.root = state;
  }

  /** Stores the state as the live one, whole (at start, after a migration or a reset). */
  replace(state: MockState, generation?: number): void {
    this.root = undefined;
    this.db.transaction(() => {
      if (generation !== undefined) this.statements.generation.run(String(generation));
      this.statements.deleteAll.run();
      for (const row of subtreeRows(ROOT_KEY, state)) this.statements.upsert.run(row.key, row.value, row.shape);
    })();
    this.tracker.take();
    this.root = state;
  }

  /**
   * Stores what changed since the last sync: the rows the tracker saw touched, read from the live state now.
   * A state object other than the stored one (the mock was reset) is stored whole. Returns what it stored.
   */
  sync(state: MockState): Changes | "whole" {
    if (state !== this.root) {
      this.replace(state);
      return "whole";
    }
    if (!this.tracker.pending) return new Map();
    const changes = this.tracker.take();
    const { upsert, deleteRow, deleteBelow } = this.statements;
    // If the commit fails, the next sync stores the state whole rather than lose these changes.
    this.root = undefined;
    this.db.transaction(() => {
      for (const [key, kind] of changes) {
        const node = resolve(state, key);
        if (kind === "tree" || node === undefined) deleteBelow.run(key + SEP, key + SEP_NEXT);
        if (node === undefined) deleteRow.run(key);
        else if (kind === "row") {
          const row = encodeRow(node);
          upsert.run(key, row.value, row.shape);
        } else for (const row of subtreeRows(key, node)) upsert.run(row.key, row.value, row.shape);
      }
    })();
    this.root = state;
    return changes;
  }

  /** Test aid: the rows that differ between the database and the live state (a change the tracker missed). */
  differences(state: MockState): string[] {
    const stored = new Map((this.statements.all.all() as Row[]).map((r) => [r.key, `${r.value} ${r.shape}`]));
    const differ: string[] = [];
    for (const row of subtreeRows(ROOT_KEY, state)) {
      if (stored.get(row.key) !== `${row.value} ${row.shape}`) differ.push(`${stored.has(row.key) ? "changed" : "missing"}: ${JSON.stringify(row.key)}`);
      stored.delete(row.key);
    }
    for (const key of stored.keys()) differ.push(`stale: ${JSON.stringify(key)}`);
    return differ;
  }

  close(): void {
    this.db.close();
  }
}
