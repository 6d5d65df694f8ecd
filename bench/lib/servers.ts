// How the servers under test start: the mock (`cognito-conformance serve`, the compiled package users install),
// the bare limit and the parse-and-serialize floor, pinned to the servers' core (lib/cores.ts); and the peers,
// through suites/peers/emulators.ts, moved to that core once they listen.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PEERS, type PeerName } from "../../suites/peers/emulators.ts";
import { pinned, pinRunning } from "./cores.ts";
import { startProcess, track, type Running } from "./processes.ts";
import type { Report } from "./report.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const LISTENING = /listening on (http:\/\/\S+)/;

let built = false;

/** dist/ from the sources as they are, once per bench run (`npm run build`, ~5 s). */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { cwd: ROOT, stdio: "ignore" });
  built = true;
}

/**
 * `extraArgs`: more `serve` options (e.g. `--state-file PATH`); `env`: variables beside the bench's own (the SDK's
 * endpoint variables for log delivery); `nodeFlags`: node's own options, before the script. The compiled bin, as `npx cognito-conformance serve` runs it.
 */
export function startServe(extraArgs: string[] = [], name = "serve", env: NodeJS.ProcessEnv = {}, nodeFlags: string[] = []): Promise<Running> {
  buildOnce();
  const [command, args] = pinned("servers", process.execPath, [...nodeFlags, join(ROOT, "dist/scripts/cli.js"), "serve", "--port", "0", "--seed", "1", ...extraArgs]);
  return startProcess(name, command, args, { cwd: ROOT, readyUrl: LISTENING, env });
}

/**
 * bench/servers/bare.ts answering `body` (the same bytes the mock answers, so only the mock's own work differs).
 * `floor`: it also JSON.parses each request and serializes the answer from an object per request, the least any
 * server that reads its input and writes its output does. `turn`: it writes its answers as serve does, a turn's
 * together (mocks/server/turn-writer.ts).
 */
export function startBare(body: string, mode: "bare" | "floor" = "bare", writes: "each" | "turn" = "each"): Promise<Running> {
  const file = join(mkdtempSync(join(tmpdir(), "bench-bare-")), "answer.json");
  writeFileSync(file, body);
  const [command, args] = pinned("servers", process.execPath, ["--import", "tsx", join(ROOT, "bench/servers/bare.ts"), file, mode, writes]);
  const name = `${mode === "bare" ? "bare node:http" : "parse-and-serialize floor"}${writes === "turn" ? ", a turn's answers written together" : ""}`;
  return startProcess(name, command, args, { cwd: ROOT, readyUrl: LISTENING });
}

/**
 * Every peer that can start, pinned like serve and added to `started` (so the caller stops it), with a line naming
 * it; one that cannot is a visible SKIP of the target `serve/<peer> <what>`.
 */
export async function startPeers(report: Report, what: string, started: Running[]): Promise<{ name: PeerName; url: string }[]> {
  const peers: { name: PeerName; url: string }[] = [];
  for (const name of Object.keys(PEERS) as PeerName[]) {
    const start = await PEERS[name]();
    if ("skipped" in start) {
      report.skip(`serve/${name} ${what}`, start.skipped);
      continue;
    }
    started.push(track(name, start.peer.stop));
    pinRunning(start.peer.pid);
    report.line(`${name} ${start.peer.version} at ${start.peer.endpoint}`);
    peers.push({ name, url: start.peer.endpoint });
  }
  return peers;
}
