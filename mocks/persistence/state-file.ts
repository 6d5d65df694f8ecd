// Opening the --state-file: a database this build wrote is loaded; a missing one is created; a 0.1.0 JSON file
// is migrated (the database replaces it by an atomic rename, the original is kept beside it). Anything else (empty,
// corrupt, foreign, newer) is refused with a StateFileError and never written to.
import { closeSync, copyFileSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { emptyState } from "../state.ts";
import { decodeState, StateFileError } from "./envelope.ts";
import { APPLICATION_ID, readDatabase, StateStore, type LoadedState } from "./store.ts";

const SQLITE_HEADER = "SQLite format 3\0";

export interface OpenedStateFile {
  store: StateStore;
  /** The stored state, or undefined when the file was just created. */
  saved?: LoadedState;
}

/** `fsync`: fsync every commit (see store.ts). */
export function openStateFile(path: string, options: { fsync?: boolean } = {}): OpenedStateFile {
  const header = readHeader(path);
  if (header === undefined) {
    createDatabase(path, { state: emptyState(), generation: 0 });
    return { store: new StateStore(path, options) };
  }
  if (header.length === 0) throw new StateFileError(`${path} is not a valid state file (it is empty); refusing to start and leaving it untouched.`);
  if (header.subarray(0, 16).toString("latin1") === SQLITE_HEADER) {
    // The header's application_id (offset 68) tells our database from another application's before SQLite opens it.
    if (header.length < 72 || header.readUInt32BE(68) !== APPLICATION_ID) {
      throw new StateFileError(`${path} is not a cognito-conformance state file (a SQLite database of another application); refusing to start and leaving it untouched.`);
    }
    const saved = readDatabase(path);
    return { store: new StateStore(path, options), saved };
  }
  const envelope = decodeState(readFileSync(path, "utf8"), path);
  const saved = { state: envelope.state, generation: envelope.generation };
  copyFileSync(path, `${path}.0.1.0.json`);
  createDatabase(path, saved);
  return { store: new StateStore(path, options), saved };
}

/** The file's first 100 bytes (SQLite's header), or undefined when there is no file. */
function readHeader(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    if (statSync(path).isDirectory()) throw new StateFileError(`${path} is a directory, not a state file.`);
    const buffer = Buffer.alloc(100);
    return buffer.subarray(0, readSync(fd, buffer, 0, 100, 0));
  } finally {
    closeSync(fd);
  }
}

/** Writes a complete database beside `path` and renames it into place: a crash leaves the old file or the new. */
function createDatabase(path: string, contents: LoadedState): void {
  const temp = `${path}.${process.pid}.new`;
  for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(leftover, { force: true });
  const store = new StateStore(temp);
  try {
    store.replace(contents.state, contents.generation);
  } finally {
    store.close(); // checkpoints the WAL into the file and removes it
  }
  const fd = openSync(temp, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncDirectory(dirname(path));
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is then best effort. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Not supported here (e.g. Windows); the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
