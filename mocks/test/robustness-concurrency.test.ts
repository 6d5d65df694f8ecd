// Issue 6, item 3: 1,000 concurrent mixed writes (UpdateUserPool, SetRiskConfiguration at pool and client
// scope, both feedback operations) against one pool over HTTP. The server logs the order in which it applied
// them; replaying that order serially on a fresh mock must give the same answers and an identical state (a
// serial order exists: no lost update), and every configuration must come whole from one write (none torn).
import { Agent, request as httpRequest } from "node:http";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import type { WireRequest } from "../../generated/handlers.ts";
import { createCognitoMock, type CognitoMockCore } from "../index.ts";
import { startServer, type RunningServer } from "../server/server.ts";
import { call, wireRequest } from "./fuzz/baseline.ts";
import { stateViolations } from "./fuzz/state-invariants.ts";

const WRITES = 1_000;
const SEED = 1_000;
/** A clock that ticks once per reading: the same sequence of calls gives the same timestamps. */
const tickingClock = () => {
  let t = 1_780_000_000_000;
  return { now: () => (t += 1) };
};

interface Setup {
  poolId: string;
  clients: string[];
  events: { id: string; token: string; username: string }[];
}

/** The same starting point on the server's mock and on the replay's. */
function setUp(mock: CognitoMockCore): Setup {
  const poolId = call(mock, "CreateUserPool", { PoolName: "busy", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }).UserPool.Id;
  const clients = [0, 1, 2].map(() => call(mock, "CreateUserPoolClient", { UserPoolId: poolId, ClientName: "c" }).UserPoolClient.ClientId as string);
  const events: Setup["events"] = [];
  for (const username of ["u1", "u2"]) {
    call(mock, "AdminCreateUser", { UserPoolId: poolId, Username: username, MessageAction: "SUPPRESS" });
    for (let i = 0; i < 5; i++) {
      const signIn = mock.control.signIn({ UserPoolId: poolId, Username: username, IpAddress: `198.51.100.${i + 1}`, RiskLevel: "Low" });
      events.push({ id: signIn.EventId!, token: signIn.FeedbackToken!, username });
    }
  }
  return { poolId, clients, events };
}

/** Write number i: its values all derive from i, so a torn result (parts of two writes) is visible. */
function write(i: number, s: Setup): { operation: OperationName; input: Record<string, unknown> } {
  const cidr = `10.${i >> 8}.${i & 255}.0/24`;
  const action = i % 2 ? "BLOCK" : "NO_ACTION";
  const event = s.events[Math.floor(i / 5) % s.events.length];
  switch (i % 5) {
    case 0:
      return { operation: "UpdateUserPool", input: { UserPoolId: s.poolId, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" }, UserPoolTags: { writer: `${i}` }, PoolName: `w-${i}`, EmailVerificationSubject: `subject ${i}` } };
    case 1:
      return { operation: "SetRiskConfiguration", input: { UserPoolId: s.poolId, RiskExceptionConfiguration: { BlockedIPRangeList: [cidr], SkippedIPRangeList: [`172.16.${i & 255}.0/24`] }, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: action } } } };
    case 2:
      return { operation: "SetRiskConfiguration", input: { UserPoolId: s.poolId, ClientId: s.clients[i % 3], RiskExceptionConfiguration: { BlockedIPRangeList: [cidr], SkippedIPRangeList: [`172.16.${i & 255}.0/24`] } } };
    case 3:
      return { operation: "AdminUpdateAuthEventFeedback", input: { UserPoolId: s.poolId, Username: event.username, EventId: event.id, FeedbackValue: i % 2 ? "Valid" : "Invalid" } };
    default:
      return { operation: "UpdateAuthEventFeedback", input: { UserPoolId: s.poolId, Username: event.username, EventId: event.id, FeedbackToken: event.token, FeedbackValue: i % 2 ? "Valid" : "Invalid" } };
  }
}

let server: RunningServer;
let setup: Setup;
/** Write indexes, in the order the server applied them (the dispatcher is synchronous from here on). */
const applied: number[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, seed: SEED, clock: tickingClock() });
  setup = setUp(server.mock);
  // The server calls mock.respond() per request, which (without strict signatures) runs the operation
  // synchronously: logging here is logging the order of application.
  const respond = server.mock.respond;
  server.mock.respond = (request: WireRequest) => {
    const index = request.headers["x-test-write"];
    if (index !== undefined) applied.push(Number(index));
    return respond(request);
  };
});
afterAll(() => server.close());

function send(agent: Agent, i: number): Promise<{ status: number; body: string }> {
  const { operation, input } = write(i, setup);
  const wire = wireRequest(operation, input);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: server.host, port: server.port, method: "POST", path: "/", agent, headers: { ...wire.headers, "x-test-write": String(i) } }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    req.end(wire.body);
  });
}

test("1,000 concurrent mixed writes leave the state of a serial order: no lost update, no torn configuration", async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 250 });
  const answers = await Promise.all(Array.from({ length: WRITES }, (_, i) => send(agent, i)));
  agent.destroy();
  expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  expect([...applied].sort((a, b) => a - b)).toEqual(Array.from({ length: WRITES }, (_, i) => i));
  expect(isDeepStrictEqual(applied, [...applied].sort((a, b) => a - b))).toBe(false); // they did interleave

  // Replay the server's order one by one on a fresh mock: same answers, same state.
  const replay = createCognitoMock({ seed: SEED, clock: tickingClock() });
  const replaySetup = setUp(replay);
  expect(replaySetup).toEqual(setup);
  for (const i of applied) {
    const { operation, input } = write(i, setup);
    const { response } = replay.handle(wireRequest(operation, input));
    expect(response.body, `write ${i} (${operation})`).toBe(answers[i].body);
  }
  expect(isDeepStrictEqual(replay.state, server.mock.state)).toBe(true);
  expect(stateViolations(server.mock.state)).toEqual([]);

  // Every slot holds exactly the last write to it, whole.
  const record = server.mock.state.pools.get(setup.poolId)!;
  const last = (kind: number, extra: (i: number) => boolean = () => true) => applied.filter((i) => i % 5 === kind && extra(i)).at(-1)!;
  const u = last(0);
  expect([record.pool.Name, record.pool.UserPoolTags, record.pool.EmailVerificationSubject]).toEqual([`w-${u}`, { writer: `${u}` }, `subject ${u}`]);
  const p = last(1);
  expect(record.risk?.RiskExceptionConfiguration).toEqual((write(p, setup).input as any).RiskExceptionConfiguration);
  expect(record.risk?.CompromisedCredentialsRiskConfiguration?.Actions?.EventAction).toBe(p % 2 ? "BLOCK" : "NO_ACTION");
  for (const [c, clientId] of setup.clients.entries()) {
    const k = last(2, (i) => i % 3 === c);
    expect(record.clientRisk.get(clientId)?.RiskExceptionConfiguration).toEqual((write(k, setup).input as any).RiskExceptionConfiguration);
  }
  for (const [e, event] of setup.events.entries()) {
    const k = applied.filter((i) => i % 5 >= 3 && Math.floor(i / 5) % setup.events.length === e).at(-1);
    const stored = record.users.get(event.username)!.events.find((x) => x.event.EventId === event.id)!.event.EventFeedback;
    expect(k).toBeDefined();
    expect([stored?.FeedbackValue, stored?.Provider]).toEqual([k! % 2 ? "Valid" : "Invalid", k! % 5 === 3 ? "Admin" : "User"]);
  }
});

test("ConcurrentModificationException is listed for UpdateUserPool and DeleteUserPoolClient but not emulated (docs/robustness.md)", () => {
  expect(OPERATIONS.UpdateUserPool.errors).toContain("ConcurrentModificationException");
  expect(OPERATIONS.DeleteUserPoolClient.errors).toContain("ConcurrentModificationException");
  // A client that wants to see it asks fault injection for it, deterministically.
  server.mock.control.faults.set({ operation: "UpdateUserPool", failure: { error: "ConcurrentModificationException", count: 1 } });
  const first = server.mock.handle(wireRequest("UpdateUserPool", { UserPoolId: setup.poolId, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
  expect(JSON.parse(first.response.body).__type).toBe("ConcurrentModificationException");
  const second = server.mock.handle(wireRequest("UpdateUserPool", { UserPoolId: setup.poolId, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
  expect(second.response.status).toBe(200);
  server.mock.control.faults.clear();
});
