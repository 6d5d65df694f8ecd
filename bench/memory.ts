// 4b. Memory: RSS of a `cognito-conformance serve` process after 1,000 requests and after 100,000, half of them
// DescribeUserPool of a pool that exists, half of one that does not (the error path). A leak shows as growth.
import { PLUS_POOL } from "./lib/payloads.ts";
import { rssOf } from "./lib/processes.ts";
import { call, presign } from "./lib/presign.ts";
import { percent, Report } from "./lib/report.ts";
import { startServe } from "./lib/servers.ts";
import { runWrk } from "./lib/wrk.ts";

const TARGET = 0.1;
const CONNECTIONS = 16;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export async function memory(report: Report, first: number, total: number): Promise<void> {
  report.section(`4b. Memory of serve: RSS after ${first.toLocaleString("en-US")} and ${total.toLocaleString("en-US")} requests (wrk -t1 -c${CONNECTIONS})`);
  const serve = await startServe();
  try {
    const { UserPool } = await call(serve.url, "CreateUserPool", PLUS_POOL);
    const found = await presign(serve.url, "DescribeUserPool", { UserPoolId: UserPool.Id });
    const missing = await presign(serve.url, "DescribeUserPool", { UserPoolId: "us-east-1_doesNotExist" });
    let sent = 0;
    let rate = 1_000; // req/s, refined by every run
    // wrk stops a thread after a count but still waits out its duration: runs are sized from the last rate seen.
    const load = async (count: number) => {
      const until = sent + count;
      while (until - sent > CONNECTIONS) {
        const remaining = until - sent;
        for (const request of [found, missing]) {
          const share = Math.ceil(remaining / 2);
          const durationS = Math.max(1, Math.min(10, Math.ceil((share / rate) * 1.5)));
          const result = await runWrk(serve.url, request, { connections: CONNECTIONS, durationS, stopAfter: share });
          if (result.errors - result.non2xx > 0) throw new Error(`serve: ${result.errors - result.non2xx} transport errors`);
          if (result.requests < share) rate = result.requestsPerSec;
          sent += result.requests;
        }
      }
    };
    await load(first);
    const after1k = { requests: sent, rss: await rssOf(serve.pid) };
    await load(total - sent);
    const after100k = { requests: sent, rss: await rssOf(serve.pid) };
    const growth = after100k.rss / after1k.rss - 1;
    report.line(`after ${after1k.requests.toLocaleString("en-US")} requests: ${mib(after1k.rss)}; after ${after100k.requests.toLocaleString("en-US")}: ${mib(after100k.rss)}`);
    report.target(`RSS growth ${first.toLocaleString("en-US")} -> ${total.toLocaleString("en-US")} requests`, growth, "<=", TARGET, percent);
  } finally {
    await serve.stop();
  }
}
