// The stock's cache between processes (mocks/tokens/key-cache.ts): sets written are read back; another process's
// sets are kept beside ours; a malformed file or a set of the wrong shape counts as nothing; "off" turns it off.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { keyCacheFile, loadKeySets, saveKeySets } from "../tokens/key-cache.ts";
import { newPoolKeys } from "../tokens/keys.ts";

const dir = mkdtempSync(join(tmpdir(), "key-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const [a, b] = [newPoolKeys(), newPoolKeys()];

test("saved sets load back; a second save adds its sets to those already there", () => {
  const file = join(dir, "nested", "pool-keys.json");
  expect(loadKeySets(file)).toEqual([]);
  saveKeySets(file, [a]);
  expect(loadKeySets(file)).toEqual([a]);
  saveKeySets(file, [b, a]);
  expect(loadKeySets(file).map((s) => s.id.kid)).toEqual([a.id.kid, b.id.kid]);
});

test("a malformed file, another version, or a set missing a private member loads as nothing", () => {
  const file = join(dir, "bad.json");
  for (const content of ["{", JSON.stringify({ version: 2, sets: [a] }), JSON.stringify({ version: 1, sets: [{ ...a, id: { kid: a.id.kid, jwk: { ...a.id.jwk, d: undefined } } }] })]) {
    writeFileSync(file, content);
    expect(loadKeySets(file)).toEqual([]);
  }
});

test("COGNITO_CONFORMANCE_KEY_CACHE: off turns the cache off, a path chooses the file, unset is node_modules/.cache where there is one", () => {
  vi.stubEnv("COGNITO_CONFORMANCE_KEY_CACHE", "off");
  expect(keyCacheFile()).toBeUndefined();
  vi.stubEnv("COGNITO_CONFORMANCE_KEY_CACHE", "/tmp/x.json");
  expect(keyCacheFile()).toBe("/tmp/x.json");
  vi.stubEnv("COGNITO_CONFORMANCE_KEY_CACHE", "");
  expect(keyCacheFile()).toBe(join(process.cwd(), "node_modules", ".cache", "cognito-conformance", "pool-keys.json"));
  const cwd = process.cwd();
  try {
    process.chdir(dir); // no node_modules here: no cache, and none created
    expect(keyCacheFile()).toBeUndefined();
  } finally {
    process.chdir(cwd);
    vi.unstubAllEnvs();
  }
});
