// 3a. The mock's own cost per request: handle() (route, validate, state, serialize) on pre-signed wire requests,
// without HTTP and without the SDK. Each call timed alone; median and p99 after a warm-up.
import type { WireRequest } from "../generated/handlers.ts";
import { createCognitoMock } from "../mocks/index.ts";
import { fullRiskConfiguration, PLUS_POOL } from "./lib/payloads.ts";
import { presign } from "./lib/presign.ts";
import { median, micros, percentile, Report } from "./lib/report.ts";

export const ENDPOINT = "https://cognito-idp.us-east-1.amazonaws.com/";
const TARGET_US = 100;

export async function wireRequest(operation: string, input: unknown): Promise<WireRequest> {
  const signed = await presign(ENDPOINT, operation, input);
  const headers = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: signed.method, url: signed.url, headers, body: signed.body };
}

/** Times `calls` separate calls of `fn` after `warmup` untimed ones; microseconds each. */
export function timeEach(fn: () => void, calls: number, warmup = Math.min(2_000, calls)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const us: number[] = new Array(calls);
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    fn();
    us[i] = (performance.now() - start) * 1000;
  }
  return us;
}

export async function inProcess(report: Report, calls: number): Promise<void> {
  report.section(`3a. In-process cost per request (handle(), ${calls.toLocaleString("en-US")} timed calls each)`);
  const mock = createCognitoMock({ seed: 1 });
  await mock.loadOperations(); // handle() is synchronous: no operation may still be loading
  const created = mock.handle(await wireRequest("CreateUserPool", PLUS_POOL)).response;
  const poolId = JSON.parse(created.body).UserPool.Id as string;
  const operations = {
    DescribeUserPool: await wireRequest("DescribeUserPool", { UserPoolId: poolId }),
    SetRiskConfiguration: await wireRequest("SetRiskConfiguration", fullRiskConfiguration(poolId)),
    DescribeRiskConfiguration: await wireRequest("DescribeRiskConfiguration", { UserPoolId: poolId }),
  };
  for (const [operation, request] of Object.entries(operations)) {
    const status = mock.handle(request).response.status;
    if (status !== 200) throw new Error(`${operation} answered ${status} in-process`);
    const us = timeEach(() => mock.handle(request), calls);
    report.line(`${operation}: median ${micros(median(us))}, p99 ${micros(percentile(us, 99))}`);
    report.target(`in-process ${operation} median`, median(us), "<=", TARGET_US, micros);
  }
}
