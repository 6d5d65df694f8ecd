// 0.1.0's state file: one JSON envelope around the whole state, Maps as tagged entry lists. Read only to migrate
// it into the database (state-file.ts); the errors here are the ones every unusable file gets.
import type { MockState } from "../state.ts";

export const STATE_FORMAT = "cognito-conformance/state";
export const STATE_VERSION = 1;
const MAP_TAG = "$cognito-conformance:map";

export interface StateEnvelope {
  format: typeof STATE_FORMAT;
  version: number;
  savedAt: string;
  /** How many times the state was loaded: reseeds the id generator so new ids never repeat stored ones. */
  generation: number;
  state: MockState;
}

export class StateFileError extends Error {
  override name = "StateFileError";
}

/** Parses and checks a 0.1.0 state file's text; `source` names it in errors. */
export function decodeState(text: string, source: string): StateEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value) =>
      value !== null && typeof value === "object" && Array.isArray(value[MAP_TAG]) && Object.keys(value).length === 1
        ? new Map(value[MAP_TAG])
        : value,
    );
  } catch (e) {
    throw new StateFileError(`${source} is not a valid state file (corrupt JSON: ${(e as Error).message}); refusing to start and leaving it untouched.`);
  }
  const envelope = parsed as Partial<StateEnvelope> | null;
  if (envelope === null || typeof envelope !== "object" || envelope.format !== STATE_FORMAT) {
    throw new StateFileError(`${source} is not a cognito-conformance state file (no "format": "${STATE_FORMAT}"); refusing to start and leaving it untouched.`);
  }
  if (envelope.version !== STATE_VERSION) {
    throw new StateFileError(`${source} has state format version ${String(envelope.version)}; this build reads version ${STATE_VERSION} (JSON, migrated) and 2 (SQLite). Leaving it untouched.`);
  }
  const state = envelope.state as MockState | undefined;
  if (!state || !(state.pools instanceof Map) || !Array.isArray(state.outbox) || !Number.isInteger(envelope.generation)) {
    throw new StateFileError(`${source} is damaged (missing pools, outbox or generation); refusing to start and leaving it untouched.`);
  }
  return envelope as StateEnvelope;
}
