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

export async function memory(report: Report, first: number, total: number): Promise<void> {
  report.section(`4b. Memory of serve: RSS after ${first.toLocaleString("en-US")} and ${total.toLocaleString("en-US")} requests (wrk -t1 -c${CONNECTIONS})`);
  const serve = await startServe();
  try {
    const { UserPool } = await call(serve.url, "CreateUserPool", PLUS_POOL);
    const found = await presign(serve.url, "DescribeUserPool", { UserPoolId: UserPool.Id });
    const missing = await presign(serve.url, "DescribeUserPool", { UserPoolId: "us-east-1_doesNotExist" });
    const load = counter(true);
    const after1k = { requests: await load([found, missing], first), rss: await rssOf(serve.pid) };
    const after100k = { requests: await load([found, missing], total - after1k.requests), rss: await rssOf(serve.pid) };
    const growth = after100k.rss / after1k.rss - 1;
    report.line(`after ${after1k.requests.toLocaleString("en-US")} requests: ${mib(after1k.rss)}; after ${after100k.requests.toLocaleString("en-US")}: ${mib(after100k.rss)}`);
    report.target(`RSS growth ${first.toLocaleString("en-US")} -> ${total.toLocaleString("en-US")} requests`, growth, "<=", TARGET, percent);
  } finally {
    await serve.stop();
  }
  await eventsMemory(report, first, total);
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
