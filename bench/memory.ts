// 4b. Memory: RSS of a `cognito-conformance serve` process after 1,000 requests and after 100,000, half of them
// DescribeUserPool of a pool that exists, half of one that does not (the error path). A leak shows as growth.
// Then the state growing by design: RSS after 1,000 and 100,000 recorded sign-in events, and the cost of each.
import { PLUS_POOL } from "./lib/payloads.ts";
import { rssOf } from "./lib/processes.ts";
import { call, presign, type PresignedRequest } from "./lib/presign.ts";
import { percent, Report } from "./lib/report.ts";
import { startServe } from "./lib/servers.ts";
import { runWrk } from "./lib/wrk.ts";

const TARGET = 0.1;
const CONNECTIONS = 16;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Sends `count` requests (shared out between `requests`) with wrk; counts what was answered. `errorAnswers`: 4xx are expected. */
function counter(errorAnswers: boolean) {
  let sent = 0;
  let rate = 1_000; // req/s, refined by every run
  // wrk stops a thread after a count but still waits out its duration: runs are sized from the last rate seen.
  const load = async (requests: PresignedRequest[], count: number) => {
    const until = sent + count;
    while (until - sent > CONNECTIONS) {
      const remaining = until - sent;
      for (const request of requests) {
        const share = Math.ceil(remaining / requests.length);
        const durationS = Math.max(1, Math.min(10, Math.ceil((share / rate) * 1.5)));
        const result = await runWrk(request.url, request, { connections: CONNECTIONS, durationS, stopAfter: share });
        const failed = errorAnswers ? result.errors - result.non2xx : result.errors;
        if (failed > 0) throw new Error(`serve: ${result.errors} errors (${result.non2xx} non-2xx)`);
        if (result.requests < share) rate = result.requestsPerSec;
        sent += result.requests;
      }
    }
    return sent;
  };
  return load;
}

/**
 * V8 starts a process with a 1 MiB young generation and doubles it, up to 16 MiB per semi-space, as objects survive
 * its scavenges: bounded growth, tens of MiB of RSS, that comes sooner the more objects are alive at a scavenge
 * (serve's answers wait for the end of their turn, mocks/server/turn-writer.ts). Held at its starting size, the young
 * generation is whole after the first 1,000 requests, and the RSS growth left after them is memory the process
 * keeps: a leak. (Held at the maximum instead, its pages are still first touched during the run.)
 */
const FIXED_YOUNG_GENERATION = ["--min-semi-space-size=1", "--max-semi-space-size=1"];

export async function memory(report: Report, first: number, total: number): Promise<void> {
  report.section(`4b. Memory of serve: RSS after ${first.toLocaleString("en-US")} and ${total.toLocaleString("en-US")} requests (wrk -t1 -c${CONNECTIONS})`);
  const plain = await rssGrowth(first, total, []);
  report.line(`node's defaults (V8 sizes its young generation as it goes): after ${plain.line}; growth ${percent(plain.growth)} (no target: includes that sizing)`);
  const fixed = await rssGrowth(first, total, FIXED_YOUNG_GENERATION);
  report.line(`young generation held at V8's starting size (${FIXED_YOUNG_GENERATION.join(" ")}): after ${fixed.line}`);
  report.target(`RSS growth ${first.toLocaleString("en-US")} -> ${total.toLocaleString("en-US")} requests`, fixed.growth, "<=", TARGET, percent);
  await eventsMemory(report, first, total);
}

/** RSS of a fresh serve after `first` requests and after `total`, half DescribeUserPool found, half not. */
async function rssGrowth(first: number, total: number, nodeFlags: string[]): Promise<{ growth: number; line: string }> {
  const serve = await startServe([], "serve", {}, nodeFlags);
  try {
    const { UserPool } = await call(serve.url, "CreateUserPool", PLUS_POOL);
    const found = await presign(serve.url, "DescribeUserPool", { UserPoolId: UserPool.Id });
    const missing = await presign(serve.url, "DescribeUserPool", { UserPoolId: "us-east-1_doesNotExist" });
    const load = counter(true);
    const small = { requests: await load([found, missing], first), rss: await rssOf(serve.pid) };
    const large = { requests: await load([found, missing], total - small.requests), rss: await rssOf(serve.pid) };
    const line = `${small.requests.toLocaleString("en-US")} requests ${mib(small.rss)}, after ${large.requests.toLocaleString("en-US")} ${mib(large.rss)}`;
    return { growth: large.rss / small.rss - 1, line };
  } finally {
    await serve.stop();
  }
}

/** Sign-ins that record events (the control API's simulated sign-in: one event each, no mail). */
async function eventsMemory(report: Report, first: number, total: number): Promise<void> {
  const serve = await startServe();
  try {
    const { UserPool } = await call(serve.url, "CreateUserPool", PLUS_POOL);
    await call(serve.url, "AdminCreateUser", { UserPoolId: UserPool.Id, Username: "alice", MessageAction: "SUPPRESS" });
    const signIn: PresignedRequest = {
      method: "POST",
      url: `${serve.url}/_mock/sign-in`,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ UserPoolId: UserPool.Id, Username: "alice", IpAddress: "198.51.100.7", RiskLevel: "Low" }),
    };
    const base = await rssOf(serve.pid);
    const load = counter(false);
    const small = { events: await load([signIn], first), rss: await rssOf(serve.pid) };
    const large = { events: await load([signIn], total - small.events), rss: await rssOf(serve.pid) };
    const perEvent = (large.rss - small.rss) / (large.events - small.events);
    report.line(`RSS with no events ${mib(base)}; after ${small.events.toLocaleString("en-US")} recorded sign-in events ${mib(small.rss)}; after ${large.events.toLocaleString("en-US")}: ${mib(large.rss)}`);
    report.line(`per recorded event: ${Math.round(perEvent).toLocaleString("en-US")} B of RSS (state grows by design; no target)`);
  } finally {
    await serve.stop();
  }
}
