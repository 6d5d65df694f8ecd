// Unusable state files for the refusal tests: each with the text or bytes to write and the error it must get.
import Database from "better-sqlite3";
import { readFileSync, rmSync } from "node:fs";
import { SQLITE_VERSION, StateStore } from "../persistence/store.ts";
import { emptyState, type MockState } from "../state.ts";

export interface BadStateFile {
  name: string;
  bytes: Buffer;
  error: RegExp;
}

const json = (name: string, text: string, error: RegExp): BadStateFile => ({ name, bytes: Buffer.from(text, "utf8"), error });

/** A database of ours holding `pools` small pools, as bytes (WAL checkpointed into the file). */
function ourDatabase(path: string, pools: number, version = SQLITE_VERSION): Buffer {
  const store = new StateStore(path);
  const state: MockState = emptyState();
  for (let i = 0; i < pools; i++) state.pools.set(`us-east-1_pool${i}`, { pool: { Id: `us-east-1_pool${i}`, Name: "x".repeat(500) }, clients: new Map(), users: new Map(), clientRisk: new Map() });
  store.replace(state, 0);
  store.close();
  if (version !== SQLITE_VERSION) {
    const db = new Database(path);
    db.pragma(`user_version = ${version}`);
    db.close();
  }
  const bytes = readFileSync(path);
  rmSync(path);
  return bytes;
}

function foreignDatabase(path: string): Buffer {
  const db = new Database(path);
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello');");
  db.close();
  const bytes = readFileSync(path);
  rmSync(path);
  return bytes;
}

/** Every kind of file the server must refuse, leaving it byte for byte as it was. `scratch` is a free path. */
export function badStateFiles(scratch: string): BadStateFile[] {
  const good = ourDatabase(scratch, 40);
  const garbled = Buffer.from(good);
  // 20 KiB from offset 4 KiB (past the 100-byte header): the schema and table b-tree pages, overwritten with noise.
  for (let i = 4096; i < Math.min(garbled.length, 4096 * 6); i++) garbled[i] = (i * 131) & 0xff;
  return [
    json("truncated.json", '{"format":"cognito-conformance/state","version":1,"generation":0,"state":{"pools":{"$cognito-conformance:map":[["us-east', /is not a valid state file \(corrupt JSON/),
    json("foreign.json", '{"name":"left-pad","version":"1.3.0"}', /is not a cognito-conformance state file/),
    json("future.json", '{"format":"cognito-conformance/state","version":99,"generation":0,"state":{}}', /has state format version 99/),
    json("damaged.json", '{"format":"cognito-conformance/state","version":1,"generation":0,"state":{"pools":[]}}', /is damaged/),
    json("empty.json", "", /is not a valid state file/),
    json("binary.json", "\u0000\u00ff\ufffd garbage", /is not a valid state file/),
    { name: "foreign.db", bytes: foreignDatabase(scratch), error: /is not a cognito-conformance state file \(a SQLite database of another application\)/ },
    { name: "future.db", bytes: ourDatabase(scratch, 1, SQLITE_VERSION + 1), error: new RegExp(`has state format version ${SQLITE_VERSION + 1}`) },
    { name: "truncated.db", bytes: good.subarray(0, Math.floor(good.length / 2)), error: /is damaged/ },
    { name: "garbled.db", bytes: garbled, error: /is damaged/ },
  ];
}
