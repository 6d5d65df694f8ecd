// The change tracker and the row store, without a server: every way an operation can change the state through
// its view is stored (the database equals the state afterwards), generic over members nobody declared, and a
// change costs rows in proportion to it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { readDatabase, StateStore } from "../persistence/store.ts";
import { emptyState, type MockState, type PoolRecord } from "../state.ts";

const stores: StateStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function openStore(state: MockState) {
  const file = join(mkdtempSync(join(tmpdir(), "cc-track-")), "state.db");
  const store = new StateStore(file);
  stores.push(store);
  store.replace(state, 0);
  return { store, file };
}

const newPool = (id: string): PoolRecord => ({ pool: { Id: id, Name: id }, clients: new Map(), users: new Map(), clientRisk: new Map() });

function stateWithPools(n: number): MockState {
  const state = emptyState();
  for (let i = 0; i < n; i++) state.pools.set(`p${i}`, newPool(`p${i}`));
  const p0 = state.pools.get("p0")!;
  p0.users.set("alice", { user: { Username: "alice", Attributes: [{ Name: "sub", Value: "s" }] }, events: [] });
  return state;
}

/** Applies `change` through the tracked view, stores it, and checks the database against the state. */
function changeAndCheck(store: StateStore, file: string, state: MockState, change: (view: MockState) => void) {
  change(store.tracker.view(state));
  const stored = store.sync(state);
  expect(stored).not.toBe("whole");
  expect(store.differences(state)).toEqual([]);
  expect(readDatabase(file).state).toEqual(state);
  return [...(stored as Map<string, string>)];
}

test("every kind of change through the view is stored: nested sets, Map set/delete/clear, log push/splice/truncate, Sets, new members", () => {
  const state = stateWithPools(3);
  const { store, file } = openStore(state);
  const changes: [string, (s: MockState) => void][] = [
    ["replace a record member", (s) => (s.pools.get("p1")!.pool = { ...s.pools.get("p1")!.pool, Name: "renamed" })],
    ["nested in-place change", (s) => (s.pools.get("p0")!.users.get("alice")!.user.Attributes![0].Value = "t")],
    ["array push inside a row", (s) => s.pools.get("p0")!.users.get("alice")!.user.Attributes!.push({ Name: "email", Value: "a@example.com" })],
    ["delete a member", (s) => delete s.pools.get("p0")!.users.get("alice")!.user.Attributes![1].Value],
    ["log push", (s) => { for (let i = 0; i < 5; i++) s.pools.get("p0")!.users.get("alice")!.events.push({ event: { EventId: `e${i}` }, feedbackToken: `t${i}` }); }],
    ["log element changed in place", (s) => (s.pools.get("p0")!.users.get("alice")!.events.find((e) => e.event.EventId === "e2")!.event.EventFeedback = { FeedbackValue: "Valid", Provider: "Admin", FeedbackDate: 1 })],
    ["log splice", (s) => s.pools.get("p0")!.users.get("alice")!.events.splice(1, 2)],
    ["log truncated", (s) => (s.pools.get("p0")!.users.get("alice")!.events.length = 1)],
    ["outbox (a top-level log)", (s) => s.outbox.push({ userPoolId: "p0", username: "alice", eventId: "e0", template: "BlockEmail", subject: "s", feedbackLinks: { valid: "v", invalid: "i" }, sentAt: 1 })],
    ["Map.set of a new entry with children", (s) => { const p = newPool("p9"); p.clients.set("c", { client: { ClientId: "c" } }); s.pools.set("p9", p); }],
    ["Map.delete with descendants", (s) => s.pools.delete("p0")],
    ["iteration then change", (s) => { for (const record of s.pools.values()) record.pool = { ...record.pool, Name: "iterated" }; }],
    ["forEach and entries", (s) => { s.pools.forEach((r) => r.clientRisk.set("c", { LastModifiedDate: 2 })); for (const [, r] of s.pools.entries()) r.risk = { LastModifiedDate: 3 }; }],
    ["a new top-level Map nobody declared", (s) => { const x = s as unknown as { sessions?: Map<string, unknown> }; x.sessions = new Map([["s1", { poolId: "p1", expiresAt: 9 }]]); }],
    ["an entry of that Map", (s) => (s as unknown as { sessions: Map<string, unknown> }).sessions.set("s2", { poolId: "p2" })],
    ["a new record member holding a Map and a Set", (s) => { const r = s.pools.get("p1")! as unknown as { keys?: object }; r.keys = { kids: new Map([["k1", { n: "x" }]]), revoked: new Set(["a"]) }; }],
    ["a Set inside a row", (s) => ((s.pools.get("p1")! as unknown as { keys: { revoked: Set<string> } }).keys.revoked.add("b"))],
    ["Map.clear", (s) => s.pools.get("p9")!.clients.clear()],
    ["proxies never enter the state", (s) => { const p1 = s.pools.get("p1")!; s.pools.set("copy", { ...p1, pool: p1.pool, clients: new Map(), users: new Map(), clientRisk: new Map() }); }],
  ];
  for (const [name, change] of changes) {
    try {
      changeAndCheck(store, file, state, change);
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message}`);
    }
  }
  expect(structuredClone(state)).toEqual(state); // no proxy was stored: a proxy cannot be cloned
});

test("a write costs rows in proportion to what it changed, not to the state", () => {
  const state = stateWithPools(2_000);
  const alice = state.pools.get("p0")!.users.get("alice")!;
  for (let i = 0; i < 10_000; i++) alice.events.push({ event: { EventId: `e${i}` }, feedbackToken: `t${i}` });
  const { store, file } = openStore(state);
  expect(changeAndCheck(store, file, state, (s) => (s.pools.get("p1500")!.pool = { Id: "p1500", Name: "n" })).map(([k]) => k)).toHaveLength(1);
  const push = changeAndCheck(store, file, state, (s) => s.pools.get("p0")!.users.get("alice")!.events.push({ event: { EventId: "new" }, feedbackToken: "t" }));
  expect(push).toEqual([[`\u0001["pools","p0"]\u0001["users","alice"]\u0001["events",10000]`, "tree"]]);
});

test("reads through the view change nothing and mark nothing", () => {
  const state = stateWithPools(3);
  const { store } = openStore(state);
  const view = store.tracker.view(state);
  JSON.stringify([...view.pools.values()].map((r) => [r.pool, [...r.users.values()]]));
  expect(view.pools.get("p0")!.users.get("alice")!.user.Attributes?.find((a) => a.Name === "sub")?.Value).toBe("s");
  expect(store.tracker.pending).toBe(false);
});
