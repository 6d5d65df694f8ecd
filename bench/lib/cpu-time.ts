// A server's CPU time, read from /proc/<pid>/stat (user + system), so that a round can say how many microseconds
// of CPU each answer cost. On a machine shared with other work the requests per second swing with the load, while
// the CPU spent per answer barely moves: it is printed beside the throughput ratios (issue 21). Linux only.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The process's CPU time so far in microseconds, or undefined where /proc does not tell. */
export function cpuMicros(pid: number): number | undefined {
  try {
    // Fields after the command (which may hold spaces, hence the last ")"): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / clockTicks();
  } catch {
    return undefined;
  }
}
