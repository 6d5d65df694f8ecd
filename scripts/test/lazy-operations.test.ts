// The build step that makes the compiled operations index load each operation on first call (issue 21): every
// operation import becomes a loader, the index's own helpers stay imported, and any other import form is refused
// rather than silently left eager. The loaded functions run synchronously (require of an ES module).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { makeOperationsLazy } from "../lazy-operations.mjs";

function fixture(index: string): string {
  const dir = mkdtempSync(join(tmpdir(), "lazy-ops-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(dir, "echo-op.js"), 'globalThis.__echoLoaded = true;\nexport const echoOp = (input, ctx) => ({ input, ctx });\n');
  writeFileSync(join(dir, "not-implemented.js"), "export const notImplemented = (name) => () => { throw new Error(name); };\n");
  writeFileSync(join(dir, "index.js"), index);
  return join(dir, "index.js");
}

test("operation imports become loaders run on first call, synchronously; the index's helpers stay imported", async () => {
  const file = fixture(
    ['import { echoOp } from "./echo-op.js";', 'import { notImplemented } from "./not-implemented.js";', "export const table = { Echo: echoOp, Nope: notImplemented(\"Nope\") };", ""].join("\n"),
  );
  expect(makeOperationsLazy(file)).toBe(1);
  const text = readFileSync(file, "utf8");
  expect(text).not.toContain('import { echoOp }');
  expect(text).toContain('import { notImplemented } from "./not-implemented.js";');
  const { table } = await import(pathToFileURL(file).href);
  expect((globalThis as { __echoLoaded?: boolean }).__echoLoaded).toBeUndefined();
  expect(table.Echo(1, 2)).toEqual({ input: 1, ctx: 2 });
  expect((globalThis as { __echoLoaded?: boolean }).__echoLoaded).toBe(true);
  expect(() => table.Nope()).toThrow("Nope");
});

test("an import it cannot make lazy fails the build instead of staying eager", () => {
  expect(() => makeOperationsLazy(fixture('import * as all from "./echo-op.js";\nexport const x = all;\n'))).toThrow(/cannot make this import lazy/);
});
