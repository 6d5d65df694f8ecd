#!/usr/bin/env node
// `npm run build`: tsc (tsconfig.build.json) into dist/, then the generated files tsc does not emit (the ajv
// validators are already JavaScript; the spec facts are read at run time by the suites) beside their importers,
// and the recorded AWS answers (suites/golden/) when there are any, which the suites compare with.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
// tsc writes files without the run bit; npm sets it on the bin only at install, so a rebuilt checkout's
// `npx cognito-conformance` would answer "Permission denied" until the next `npm ci` (issue 21).
chmodSync(join(dist, "scripts", "cli.js"), 0o755);

mkdirSync(join(dist, "generated"), { recursive: true });
for (const file of readdirSync(join(root, "generated"))) {
  if (/\.(cjs|json)$/.test(file)) copyFileSync(join(root, "generated", file), join(dist, "generated", file));
}
const golden = join(root, "suites", "golden");
if (existsSync(golden)) cpSync(golden, join(dist, "suites", "golden"), { recursive: true });
