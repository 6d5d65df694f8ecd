// Servers under test as child processes: started, awaited until they print their URL, always stopped.
import { spawn, type ChildProcess } from "node:child_process";

export interface Running {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Finds the URL in the process's output (stdout and stderr, colours stripped). */
  readyUrl: RegExp;
  timeoutMs?: number;
}

const running = new Set<Running>();

/** Stops whatever is still running (on errors and signals). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((r) => r.stop()));
}

/** Also stops, on errors and signals, something started elsewhere (the peers). */
export function track(name: string, stop: () => Promise<void>): Running {
  const handle: Running = { name, pid: -1, url: "", stop: () => stop().finally(() => running.delete(handle)) };
  running.add(handle);
  return handle;
}

function stopper(child: ChildProcess): () => Promise<void> {
  let stopped: Promise<void> | undefined;
  return () =>
    (stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    }));
}

export async function startProcess(name: string, command: string, args: string[], options: StartOptions): Promise<Running> {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  const stop = stopper(child);
  const handle: Running = { name, pid: child.pid ?? -1, url: "", stop: () => stop().finally(() => running.delete(handle)) };
  running.add(handle);
  let output = "";
  const timeoutMs = options.timeoutMs ?? 30_000;
  try {
    handle.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
      const done = (fn: () => void) => (clearTimeout(timer), fn());
      const onData = (data: Buffer) => {
        output += data.toString().replace(/\x1b\[[0-9;]*m/g, "");
        const match = options.readyUrl.exec(output);
        if (match) done(() => resolve(match[1]));
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("error", (e) => done(() => reject(e)));
      child.once("exit", (code) => done(() => reject(new Error(`${name} exited (${code}) before listening:\n${output.slice(-2000)}`))));
    });
  } catch (e) {
    await handle.stop();
    throw e;
  }
  // Keep draining output so a chatty server (request logs) never blocks on a full pipe.
  child.stdout!.removeAllListeners("data").resume();
  child.stderr!.removeAllListeners("data").resume();
  return handle;
}

/** Resident set size of a process in bytes (Linux /proc). */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb[1]) * 1024;
}
