// The --state-file: loaded once at start, rewritten atomically (temp file, fsync, rename, fsync of the
// directory) after every acknowledged write, so a crash at any moment leaves either the old or the new
// state on disk, never a torn one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { MockState } from "../state.ts";
import { decodeState, encodeState, type StateEnvelope } from "./envelope.ts";

/** The stored envelope, or undefined when the file does not exist yet. Throws StateFileError if unusable. */
export function loadStateFile(path: string): StateEnvelope | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  return decodeState(text, path);
}

export function saveStateFile(path: string, state: MockState, generation: number): void {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, "w", 0o600);
  try {
    writeSync(fd, encodeState(state, generation));
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
