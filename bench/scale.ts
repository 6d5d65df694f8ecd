// 4a. Scale: AdminListUserAuthEvents paging and DescribeRiskConfiguration with a small state (1 pool, 1 client,
// 1,000 auth events) and then a large one (10,000 pools, 10,000 clients, 100,000 auth events), in-process.
import type { WireRequest } from "../generated/handlers.ts";
import { createCognitoMock, type CognitoMock } from "../mocks/index.ts";
import { simulateSignIn } from "../mocks/risk/sign-in.ts";
import { timeEach, wireRequest } from "./in-process.ts";
import { fullRiskConfiguration, PLUS_POOL } from "./lib/payloads.ts";
import { median, micros, Report, times } from "./lib/report.ts";

const FLAT = 1.5;
const PAGE = 60;
const PAGES_WALKED = 16;

export interface ScaleSize {
  pools: number;
  events: number;
}

/** Same signed headers, another body: fine for the mock, which only requires the header by default. */
export const withBody = (template: WireRequest, operation: string, input: unknown): WireRequest => ({
  ...template,
  headers: { ...template.headers, "x-amz-target": `AWSCognitoIdentityProviderService.${operation}` },
  body: JSON.stringify(input),
});

export function ok(mock: CognitoMock, request: WireRequest): any {
  const { response } = mock.handle(request);
  if (response.status !== 200) throw new Error(`${request.headers["x-amz-target"]} answered ${response.status}: ${response.body.slice(0, 200)}`);
  return JSON.parse(response.body);
}

/** Grows the state to `size`: pools (each with one client) and the user's events (copies of a simulated one). */
export function grow(mock: CognitoMock, template: WireRequest, size: ScaleSize, user: { pool: string; name: string }) {
  for (let i = mock.state.pools.size; i < size.pools; i++) {
    const { UserPool } = ok(mock, withBody(template, "CreateUserPool", { ...PLUS_POOL, PoolName: `bench-${i}` }));
    ok(mock, withBody(template, "CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "app" }));
  }
  const events = mock.state.pools.get(user.pool)!.users.get(user.name)!.events;
  const model = events[0];
  for (let i = events.length; i < size.events; i++) {
    events.push({ ...model, event: { ...model.event, EventId: `bench-event-${i}`, CreationDate: model.event.CreationDate! + i }, feedbackToken: `bench-token-${i}` });
  }
}

/** The pool the scale figures use: PLUS, a client, user alice with one simulated sign-in, a full risk configuration. */
export async function seedBenchPool(mock: CognitoMock) {
  const template = await wireRequest("CreateUserPool", PLUS_POOL);
  const { UserPool } = ok(mock, template);
  const { UserPoolClient } = ok(mock, withBody(template, "CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "app" }));
  ok(mock, withBody(template, "AdminCreateUser", { UserPoolId: UserPool.Id, Username: "alice", MessageAction: "SUPPRESS" }));
  ok(mock, withBody(template, "SetRiskConfiguration", fullRiskConfiguration(UserPool.Id)));
  simulateSignIn(mock.context(), { UserPoolId: UserPool.Id, Username: "alice", ClientId: UserPoolClient.ClientId, IpAddress: "198.51.100.7" });
  return { template, user: { pool: UserPool.Id as string, name: "alice" }, clientId: UserPoolClient.ClientId as string };
}

/** Per-page latency walking the newest PAGES_WALKED pages with NextToken (requests built before timing). */
function pagingLatency(mock: CognitoMock, template: WireRequest, user: { pool: string; name: string }, calls: number): number[] {
  const pages: WireRequest[] = [];
  let NextToken: string | undefined;
  for (let page = 0; page < PAGES_WALKED; page++) {
    const request = withBody(template, "AdminListUserAuthEvents", { UserPoolId: user.pool, Username: user.name, MaxResults: PAGE, NextToken });
    pages.push(request);
    NextToken = ok(mock, request).NextToken;
    if (!NextToken) break;
  }
  let i = 0;
  return timeEach(() => mock.handle(pages[i++ % pages.length]), calls);
}

export async function scale(report: Report, calls: number, small: ScaleSize, large: ScaleSize): Promise<void> {
  report.section(`4a. Scale (in-process handle(), ${calls.toLocaleString("en-US")} timed calls per figure; pages of ${PAGE}, newest ${PAGES_WALKED} pages)`);
  const mock = createCognitoMock({ seed: 1 });
  await mock.loadOperations(); // handle() is synchronous: no operation may still be loading
  const { template, user, clientId } = await seedBenchPool(mock);
  const describeRisk = await wireRequest("DescribeRiskConfiguration", { UserPoolId: user.pool, ClientId: clientId });

  const figures: { paging: number; describe: number }[] = [];
  for (const size of [small, large]) {
    const started = performance.now();
    grow(mock, template, size, user);
    const grownIn = (performance.now() - started) / 1000;
    const paging = median(pagingLatency(mock, template, user, calls));
    const describe = median(timeEach(() => mock.handle(describeRisk), calls));
    figures.push({ paging, describe });
    report.line(
      `${size.pools.toLocaleString("en-US")} pools and clients, ${size.events.toLocaleString("en-US")} events (built in ${grownIn.toFixed(1)} s): ` +
        `AdminListUserAuthEvents page median ${micros(paging)}, DescribeRiskConfiguration median ${micros(describe)}`,
    );
  }
  report.line(`DescribeRiskConfiguration large/small: ${times(figures[1].describe / figures[0].describe)}`);
  report.target(`paging latency ${large.events.toLocaleString("en-US")}/${small.events.toLocaleString("en-US")} events`, figures[1].paging / figures[0].paging, "<=", FLAT, times);
}
