// How the two node servers under test start: the mock (`cognito-conformance serve`) and the bare limit.
// The peers start through suites/peers/emulators.ts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startProcess, type Running } from "./processes.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const LISTENING = /listening on (http:\/\/\S+)/;

/** `extraArgs`: more `serve` options (e.g. `--state-file PATH`). */
export function startServe(extraArgs: string[] = [], name = "serve"): Promise<Running> {
  return startProcess(name, process.execPath, [join(ROOT, "scripts/cli.mjs"), "serve", "--port", "0", "--seed", "1", ...extraArgs], { cwd: ROOT, readyUrl: LISTENING });
}

/** The bare server answering `body` (the same bytes the mock answers, so only the mock's own work differs). */
export function startBare(body: string): Promise<Running> {
  const file = join(mkdtempSync(join(tmpdir(), "bench-bare-")), "answer.json");
  writeFileSync(file, body);
  return startProcess("bare node:http", process.execPath, ["--import", "tsx", join(ROOT, "bench/servers/bare.ts"), file], { cwd: ROOT, readyUrl: LISTENING });
}
