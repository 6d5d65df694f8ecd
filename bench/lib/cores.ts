// Where the load generator and the servers under test run. On a machine with two or more cores and taskset,
// wrk runs on the first core and every node server this bench starts on the last: otherwise the scheduler
// sometimes puts the server and wrk on one core, and a round's ratio swings by 0.2 (issue 12). Every server
// of a comparison is pinned alike, so the ratio compares their work, not where they happened to run; the peers
// (cognito-local, moto) are moved there once started.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";

function detect(): { load: string; servers: string } | undefined {
  const count = cpus().length;
  if (count < 2 || process.env.BENCH_NO_PINNING) return undefined;
  try {
    execFileSync("taskset", ["-c", "0", "true"], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  return { load: "0", servers: String(count - 1) };
}

export const PINNING = detect();

/** What the report says about placement. */
export const placement = PINNING
  ? `wrk pinned to core ${PINNING.load}, every server under test (serve, bare, floor, peers) to core ${PINNING.servers} (taskset; BENCH_NO_PINNING=1 turns it off)`
  : "no pinning (one core, no taskset, or BENCH_NO_PINNING)";

/** `command args` run on the given side's core, when pinning is on. */
export function pinned(role: "load" | "servers", command: string, args: string[]): [string, string[]] {
  return PINNING ? ["taskset", ["-c", PINNING[role], command, ...args]] : [command, args];
}

/** Moves a server started elsewhere (a peer), every thread of it and of its child processes, to the servers' core. */
export function pinRunning(pid: number | undefined): void {
  if (!PINNING || pid === undefined) return;
  const pin = (each: number) => execFileSync("taskset", ["-a", "-p", "-c", PINNING.servers, String(each)], { stdio: "ignore" });
  pin(pid); // a peer left unpinned would make the comparison unfair: let that fail the run
  for (const child of descendantsOf(pid)) {
    try {
      pin(child);
    } catch {
      // it ended between the listing and now
    }
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => (children.get(pid) ?? []).forEach((child) => (found.push(child), walk(child)));
  walk(root);
  return found;
}
