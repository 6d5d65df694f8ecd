// Starts the peer emulators the suite is proven on, each on a loopback port: cognito-local (npm, pinned in
// suites/peers/package.json) and moto (`moto_server` on python3). Each start answers a running peer or the
// reason it could not run, so callers skip visibly instead of failing.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PEERS_DIR = dirname(fileURLToPath(import.meta.url));
const COGNITO_LOCAL_DIR = join(PEERS_DIR, "node_modules", "cognito-local");

export interface RunningPeer {
  name: string;
  version: string;
  endpoint: string;
  /** The peer's process (bench/ pins it to the servers' core, as it pins serve). */
  pid?: number;
  stop(): Promise<void>;
}

export type PeerStart = { peer: RunningPeer } | { skipped: string };

export type PeerName = "cognito-local" | "moto";

export const PEERS: Record<PeerName, () => Promise<PeerStart>> = {
  "cognito-local": startCognitoLocal,
  moto: startMoto,
};

/** A free loopback port (the kernel's pick; released just before the peer binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Installs the pinned peers (`npm ci --prefix suites/peers`) when they are absent; the reason when that fails. */
export function installCognitoLocal(): string | undefined {
  if (existsSync(join(COGNITO_LOCAL_DIR, "package.json"))) return undefined;
  const result = spawnSync("npm", ["ci", "--prefix", PEERS_DIR, "--no-audit", "--no-fund"], { encoding: "utf8", timeout: 300_000 });
  if (result.status === 0 && existsSync(join(COGNITO_LOCAL_DIR, "package.json"))) return undefined;
  return `npm ci --prefix suites/peers failed (${result.error?.message ?? `exit ${result.status}`}): ${(result.stderr ?? "").trim().split("\n").slice(-3).join(" ")}`;
}

async function startCognitoLocal(): Promise<PeerStart> {
  const problem = installCognitoLocal();
  if (problem) return { skipped: `cognito-local not installed: ${problem}` };
  const version = JSON.parse(readFileSync(join(COGNITO_LOCAL_DIR, "package.json"), "utf8")).version as string;
  const port = await freePort();
  // cognito-local keeps its database under ./.cognito of its working directory: give each run its own.
  const cwd = mkdtempSync(join(tmpdir(), "cognito-local-"));
  const child = spawn(process.execPath, [join(COGNITO_LOCAL_DIR, "lib", "bin", "start.js")], {
    cwd,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return started("cognito-local", version, port, child, () => rmSync(cwd, { recursive: true, force: true }));
}

async function startMoto(): Promise<PeerStart> {
  const probe = spawnSync("python3", ["-c", "import moto; print(moto.__version__)"], { encoding: "utf8", timeout: 60_000 });
  if (probe.status !== 0) return { skipped: `moto is not installed on python3 (${(probe.stderr || probe.error?.message || "").trim().split("\n").pop()})` };
  const version = probe.stdout.trim();
  const which = spawnSync("sh", ["-c", "command -v moto_server"], { encoding: "utf8" });
  const port = await freePort();
  // moto_server is the documented entry point; python3 -m moto.server is the same program when the script is missing.
  const [command, args] = which.status === 0 ? ["moto_server", []] : ["python3", ["-m", "moto.server"]];
  const child = spawn(command, [...args, "-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  return started("moto", version, port, child);
}

/** Waits until the port answers HTTP (or the process dies), then hands out the peer with a stop that kills it. */
async function started(name: string, version: string, port: number, child: ChildProcess, cleanup = () => {}): Promise<PeerStart> {
  let output = "";
  child.stdout?.on("data", (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on("data", (d) => (output = (output + d).slice(-4000)));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once("exit", (code) => ((exited = code), resolve())));
  child.once("error", (e) => (output += `\n${e.message}`));
  const endpoint = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (exited === undefined && child.exitCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exit;
      clearTimeout(timer);
    }
    cleanup();
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== undefined || child.exitCode !== null) break;
    try {
      await (await fetch(endpoint, { method: "POST", body: "{}" })).text();
      return { peer: { name, version, endpoint, pid: child.pid, stop } };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop();
  return { skipped: `${name} did not start on port ${port}: ${output.trim().split("\n").slice(-5).join(" | ") || "no output"}` };
}
