// The shared stock of key sets (keys.ts), kept between processes: a test runner starts a process (or a module
// registry) per test file, and each would otherwise generate the same first sets again before its first sign-in.
// The file is node_modules/.cache/cognito-conformance/pool-keys.json under the working directory when it has a
// node_modules, as other tools cache there (none otherwise); COGNITO_CONFORMANCE_KEY_CACHE=off turns it off, any other value is the file to use. Anything
// unreadable or malformed counts as no cache; a failed write is ignored (the keys are then made again next time).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { KeyMaterial, PoolKeys } from "./keys.ts";

const VERSION = 1;
/** At most this many sets are kept (~5 KB each). */
export const MAX_CACHED_SETS = 128;

export function keyCacheFile(): string | undefined {
  const setting = process.env.COGNITO_CONFORMANCE_KEY_CACHE;
  if (setting === "off" || setting === "0" || setting === "false") return undefined;
  if (setting) return setting;
  // Only where a node_modules already is: never a stray one in whatever directory serve was started from.
  const modules = join(process.cwd(), "node_modules");
  return existsSync(modules) ? join(modules, ".cache", "cognito-conformance", "pool-keys.json") : undefined;
}

const PRIVATE = ["n", "e", "d", "p", "q", "dp", "dq", "qi"] as const;
const isKey = (k: unknown): k is KeyMaterial => {
  const key = k as Partial<KeyMaterial> | undefined;
  const jwk = key?.jwk as Record<string, unknown> | undefined;
  return typeof key?.kid === "string" && jwk?.kty === "RSA" && PRIVATE.every((m) => typeof jwk[m] === "string") && Buffer.from(jwk.n as string, "base64url").length === 256;
};
const isSet = (s: unknown): s is PoolKeys => {
  const set = s as Partial<PoolKeys> | undefined;
  return isKey(set?.id) && isKey(set?.access) && isKey(set?.refresh);
};

export function loadKeySets(file: string): PoolKeys[] {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    return data?.version === VERSION && Array.isArray(data.sets) ? data.sets.filter(isSet).slice(0, MAX_CACHED_SETS) : [];
  } catch {
    return [];
  }
}

/** Adds `sets` to the file's (another process may have added its own since), through a rename: never a torn file. */
export function saveKeySets(file: string, sets: readonly PoolKeys[]): void {
  try {
    const merged = loadKeySets(file);
    const known = new Set(merged.map((s) => s.id.kid));
    for (const set of sets) if (merged.length < MAX_CACHED_SETS && !known.has(set.id.kid)) merged.push(set);
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: VERSION, sets: merged }), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    /* read-only or missing directory: the sets are made again next time */
  }
}
