// 8. ListUsers with a Filter over a large pool, in-process: the time of one 60-user page, and whether walking the
// whole chain of pages is O(pool) (each page costs the same, first or last) rather than O(pool) per page.
import { Agent } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCognitoMock, type CognitoMock } from "../mocks/index.ts";
import { openStateFile } from "../mocks/persistence/state-file.ts";
import { call, presign } from "./lib/presign.ts";
import { startServe } from "./lib/servers.ts";
import { timeWrites } from "./persistence.ts";
import type { UserRecord } from "../mocks/state.ts";
import { wireRequest } from "./in-process.ts";
import { median, Report, times } from "./lib/report.ts";
import { ok, withBody } from "./scale.ts";

const PAGE = 60;
const PAGE_MS = 5;
const FLAT = 1.5;
/** Pages at each end of the chain compared side by side. */
const ENDS = 10;
const FILTER = 'family_name = "Even"';
const WRITE_RATIO = 2;

/** A pool of `users` users: one made by AdminCreateUser, the rest copies with their own names (half of them Even). */
async function bigPool(mock: CognitoMock, users: number) {
  const template = await wireRequest("CreateUserPool", { PoolName: "list-users-bench" });
  const poolId: string = ok(mock, template).UserPool.Id;
  ok(mock, withBody(template, "AdminCreateUser", { UserPoolId: poolId, Username: "model", MessageAction: "SUPPRESS", TemporaryPassword: "Bench-pass-1!" }));
  const pool = mock.state.pools.get(poolId)!;
  const model = pool.users.get("model")!;
  pool.users.delete("model");
  for (let i = 0; i < users; i++) {
    const Username = `user-${String(i).padStart(6, "0")}`;
    const record: UserRecord = {
      ...model,
      user: {
        ...model.user,
        Username,
        Attributes: [
          { Name: "sub", Value: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` },
          { Name: "email", Value: `${Username}@example.com` },
          { Name: "given_name", Value: `Given${i}` },
          { Name: "family_name", Value: i % 2 === 0 ? "Even" : "Odd" },
        ],
      },
      events: [],
    };
    pool.users.set(Username, record);
  }
  return { template, poolId };
}

/** One walk of the whole chain: each page's time (ms) and how many users it listed. */
function walk(mock: CognitoMock, template: Awaited<ReturnType<typeof bigPool>>["template"], poolId: string) {
  const ms: number[] = [];
  const tokens: string[] = [];
  let listed = 0;
  let PaginationToken: string | undefined;
  do {
    const request = withBody(template, "ListUsers", { UserPoolId: poolId, Filter: FILTER, Limit: PAGE, ...(PaginationToken && { PaginationToken }) });
    const start = performance.now();
    const { response } = mock.handle(request);
    ms.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`ListUsers answered ${response.status}: ${response.body.slice(0, 200)}`);
    const page = JSON.parse(response.body);
    listed += page.Users.length;
    PaginationToken = page.PaginationToken;
    if (PaginationToken) tokens.push(PaginationToken);
  } while (PaginationToken);
  return { ms, listed, tokens };
}

export async function listUsers(report: Report, users: number, rounds: number): Promise<void> {
  report.section(`8. ListUsers with a Filter (in-process handle(); ${users.toLocaleString("en-US")} users, half matching ${FILTER}, pages of ${PAGE}, ${rounds} walks of the whole chain)`);
  const mock = createCognitoMock({ seed: 1 });
  await mock.loadOperations(); // handle() is synchronous: no operation may still be loading
  const built = performance.now();
  const { template, poolId } = await bigPool(mock, users);
  report.line(`pool built in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  walk(mock, template, poolId); // warm-up
  const walks = Array.from({ length: rounds }, () => walk(mock, template, poolId));
  const pages = walks[0]!.ms.length;
  if (walks.some((w) => w.listed !== users / 2)) throw new Error(`a walk listed ${walks.map((w) => w.listed).join(", ")} users, expected ${users / 2}`);
  // Per page index, the median over the walks; then the median of the first and of the last ENDS pages.
  const perPage = Array.from({ length: pages }, (_, i) => median(walks.map((w) => w.ms[i]!)));
  const ends = Math.min(ENDS, Math.floor(pages / 2));
  const first = median(perPage.slice(0, ends));
  const last = median(perPage.slice(-ends));
  const total = median(walks.map((w) => w.ms.reduce((a, b) => a + b, 0)));
  const ms = (v: number) => `${v.toFixed(3)} ms`;
  report.line(`${pages} pages per walk; whole walk median ${ms(total)} (${((total * 1000) / users).toFixed(2)} µs per pool user)`);
  report.line(`page time, first ${ends} pages vs last ${ends} pages (medians): ${ms(first)} | ${ms(last)}`);
  // For scale: the last page again from its (now used) token, whose kept iterator is gone, so the page is found by a
  // scan from the start: what every page would cost without the kept iterators.
  const lastToken = walks[0]!.tokens.at(-1)!;
  const rescan = median(
    Array.from({ length: 5 }, () => {
      const request = withBody(template, "ListUsers", { UserPoolId: poolId, Filter: FILTER, Limit: PAGE, PaginationToken: lastToken });
      const start = performance.now();
      mock.handle(request);
      return performance.now() - start;
    }),
  );
  report.line(`the last page from a token whose iterator is gone (found by one scan): ${ms(rescan)}`);
  report.target(`ListUsers filtered ${PAGE}-user page, ${users.toLocaleString("en-US")} users`, median(perPage), "<=", PAGE_MS, ms);
  report.target("ListUsers last/first page time (O(pool) chain)", last / first, "<=", FLAT, times);
}

/**
 * A persisted write at that size: the pool of `users` users in a state file under `serve --state-file`, against
 * `serve` without one (a small pool), AdminUpdateUserAttributes on one user, alternating rounds on one connection.
 */
export async function persistedWrites(report: Report, users: number, writesPerRound: number, rounds: number): Promise<void> {
  const mock = createCognitoMock({ seed: 1 });
  await mock.loadOperations(); // handle() is synchronous: no operation may still be loading
  const { poolId } = await bigPool(mock, users);
  const file = join(mkdtempSync(join(tmpdir(), "bench-users-")), "state.db");
  const created = openStateFile(file);
  created.store.replace(mock.state, 0);
  created.store.close();
  const persisted = await startServe(["--state-file", file], "serve --state-file (large pool)");
  const plain = await startServe();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const plainPool = (await call(plain.url, "CreateUserPool", { PoolName: "plain" })).UserPool.Id;
    await call(plain.url, "AdminCreateUser", { UserPoolId: plainPool, Username: "user-000000", MessageAction: "SUPPRESS" });
    const update = (url: string, UserPoolId: string) =>
      Promise.all(["A", "B"].map((v) => presign(url, "AdminUpdateUserAttributes", { UserPoolId, Username: "user-000000", UserAttributes: [{ Name: "given_name", Value: v }] })));
    const sides = [
      { requests: await update(plain.url, plainPool), us: [] as number[] },
      { requests: await update(persisted.url, poolId), us: [] as number[] },
    ];
    for (const side of sides) await timeWrites(side.requests, 100, agent); // warm-up (JIT)
    for (let round = 0; round < rounds; round++) for (const side of sides) side.us.push(...(await timeWrites(side.requests, writesPerRound, agent)));
    const [without, withFile] = sides.map((side) => median(side.us));
    report.line(`AdminUpdateUserAttributes, ${rounds} alternating rounds of ${writesPerRound}: median ${(without! / 1000).toFixed(3)} ms without a state file, ${(withFile! / 1000).toFixed(3)} ms with one holding ${users.toLocaleString("en-US")} users`);
    report.target(`persisted write / unpersisted write, ${users.toLocaleString("en-US")}-user pool`, withFile! / without!, "<=", WRITE_RATIO, times);
  } finally {
    agent.destroy();
    await Promise.all([persisted.stop(), plain.stop()]);
  }
}
