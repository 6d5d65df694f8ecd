// --state-file: what was acknowledged survives a restart (pools, clients, users, risk configurations, auth
// events, the outbox), new ids never collide with stored ones, a write stores what it changed, bad files are
// refused untouched and 0.1.0's JSON files are migrated.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AdminCreateUserCommand,
  AdminListUserAuthEventsCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolCommand,
  SetRiskConfigurationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "vitest";
import Database from "better-sqlite3";
import { decodeState, StateFileError } from "../persistence/envelope.ts";
import { readDatabase } from "../persistence/store.ts";
import { upgradeState } from "../state.ts";
import { parseServeArgs } from "../server/cli.ts";
import { startServer } from "../server/server.ts";
import { failure } from "./pools-harness.ts";
import { createClient, createPool, createUser } from "./risk-fixtures.ts";
import { badStateFiles } from "./state-files.ts";

const clientFor = (url: string) =>
  new CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
const newStateFile = () => join(mkdtempSync(join(tmpdir(), "cc-persist-")), "state.json");

test("a restart round-trips pools, clients, users, risk configurations and events: the whole state", async () => {
  const file = newStateFile();
  const first = await startServer({ port: 0, seed: 21, stateFile: file });
  const c1 = clientFor(first.url);
  const pool = await createPool(c1);
  const app = await createClient(c1, pool);
  const user = await createUser(c1, pool);
  // A write that changes a stored object in place (and returns it) is tracked too.
  const resent = await c1.send(new AdminCreateUserCommand({ UserPoolId: pool, Username: user, MessageAction: "RESEND" }));
  expect(resent.User?.Username).toBe(user);
  await c1.send(
    new SetRiskConfigurationCommand({
      UserPoolId: pool,
      ClientId: app,
      RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24", "2001:db8::/32"] },
    }),
  );
  const signIn = await fetch(`${first.url}/_mock/sign-in`, { method: "POST", body: JSON.stringify({ UserPoolId: pool, Username: user, ClientId: app, IpAddress: "192.0.2.1" }) });
  const event = await signIn.json();
  const before = await c1.send(new DescribeUserPoolCommand({ UserPoolId: pool }));
  const stateBefore = structuredClone(first.mock.state);
  await first.close();

  const second = await startServer({ port: 0, seed: 21, stateFile: file });
  try {
    expect(second.mock.state).toEqual(stateBefore);
    const c2 = clientFor(second.url);
    expect((await c2.send(new DescribeUserPoolCommand({ UserPoolId: pool }))).UserPool).toEqual(before.UserPool);
    const risk = await c2.send(new DescribeRiskConfigurationCommand({ UserPoolId: pool, ClientId: app }));
    expect(risk.RiskConfiguration?.RiskExceptionConfiguration?.BlockedIPRangeList).toEqual(["192.0.2.0/24", "2001:db8::/32"]);
    const events = await c2.send(new AdminListUserAuthEventsCommand({ UserPoolId: pool, Username: user }));
    expect(events.AuthEvents?.map((e) => [e.EventId, e.EventResponse])).toEqual([[event.EventId, "Fail"]]);
    expect(second.mock.state.pools.get(pool)!.clients.has(app)).toBe(true);
    // Same seed, but the generator moved on: a new pool never takes an id the file already holds.
    const { UserPool } = await c2.send(new CreateUserPoolCommand({ PoolName: "after-restart" }));
    expect(UserPool?.Id).not.toBe(pool);
    expect(second.mock.state.pools.size).toBe(2);
  } finally {
    await second.close();
  }
  const third = await startServer({ port: 0, seed: 21, stateFile: file });
  expect(third.mock.state.pools.size).toBe(2);
  await third.close();
});

/** The stored rows, read through a read-only connection: what a restart would load. */
function storedRows(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return JSON.stringify(db.prepare("SELECT key, value FROM rows ORDER BY key").all());
  } finally {
    db.close();
  }
}

test("writes are committed before they are acknowledged; reads and failures store nothing; no other file appears", async () => {
  const file = newStateFile();
  const server = await startServer({ port: 0, stateFile: file });
  try {
    const client = clientFor(server.url);
    expect(readDatabase(file).state.pools.size).toBe(0);
    const pool = await createPool(client);
    expect(readDatabase(file).state.pools.has(pool)).toBe(true);
    const saved = storedRows(file);
    await client.send(new DescribeUserPoolCommand({ UserPoolId: pool }));
    await failure(client.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_nothere1" })));
    await failure(client.send(new SetRiskConfigurationCommand({ UserPoolId: "us-east-1_nothere1" })));
    expect(storedRows(file)).toBe(saved);
    await fetch(`${server.url}/_mock/reset`, { method: "POST" });
    expect(readDatabase(file).state.pools.size).toBe(0);
    expect(readdirSync(join(file, "..")).filter((name) => !["state.json", "state.json-wal", "state.json-shm"].includes(name))).toEqual([]);
  } finally {
    await server.close();
  }
});

test("a write stores only the rows it changed, not the state", async () => {
  const file = newStateFile();
  const server = await startServer({ port: 0, stateFile: file });
  try {
    const client = clientFor(server.url);
    const pools = [];
    for (let i = 0; i < 30; i++) pools.push(await createPool(client));
    const before = new Map(JSON.parse(storedRows(file)).map((r: { key: string; value: string }) => [r.key, r.value]));
    await client.send(new SetRiskConfigurationCommand({ UserPoolId: pools[7], RiskExceptionConfiguration: { BlockedIPRangeList: ["192.0.2.0/24"] } }));
    const after: { key: string; value: string }[] = JSON.parse(storedRows(file));
    const changed = after.filter((r) => before.get(r.key) !== r.value).map((r) => JSON.parse(r.key.split("\u0001")[1]));
    expect(changed).toEqual([["pools", pools[7]]]);
  } finally {
    await server.close();
  }
});

test("a corrupt, foreign, newer-version or damaged file is refused with StateFileError and never written to", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cc-persist-"));
  for (const bad of badStateFiles(join(dir, "scratch.db"))) {
    const file = join(dir, bad.name);
    writeFileSync(file, bad.bytes);
    const error = await startServer({ port: 0, stateFile: file }).catch((e) => e);
    expect(error, bad.name).toBeInstanceOf(StateFileError);
    expect(error.message).toMatch(bad.error);
    expect(readFileSync(file).equals(bad.bytes), `${bad.name} untouched`).toBe(true);
  }
});

test("a missing file is created at start", async () => {
  const file = newStateFile();
  expect(existsSync(file)).toBe(false);
  const server = await startServer({ port: 0, stateFile: file });
  await server.close();
  expect(readDatabase(file)).toMatchObject({ generation: 0, state: { outbox: [] } });
});

test("a 0.1.0 JSON state file is migrated: same state, the original kept beside the database", async () => {
  const file = newStateFile();
  const original = readFileSync(new URL("./fixtures/state-0.1.0.json", import.meta.url));
  writeFileSync(file, original);
  // The same state, with the members added since 0.1.0 (sessions, codes, risk rules...) empty, as a load gives them.
  const expected = upgradeState(decodeState(original.toString("utf8"), "fixture").state);
  const first = await startServer({ port: 0, stateFile: file });
  try {
    expect(first.mock.state).toEqual(expected);
    expect(first.mock.generation).toBe(1);
    const [poolId] = expected.pools.keys();
    const described = await clientFor(first.url).send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(described.UserPool?.Name).toBe("migrated");
  } finally {
    await first.close();
  }
  expect(readFileSync(`${file}.0.1.0.json`).equals(original)).toBe(true);
  expect(readFileSync(file).subarray(0, 15).toString()).toBe("SQLite format 3");
  const second = await startServer({ port: 0, stateFile: file });
  expect(second.mock.state).toEqual(expected);
  expect(second.mock.generation).toBe(2);
  await second.close();
});

test("--state-fsync: parsed only with --state-file, and a server with it stores and reloads like one without", async () => {
  expect(parseServeArgs(["--state-file", "s.db", "--state-fsync"], {})).toMatchObject({ stateFile: "s.db", stateFileFsync: true });
  expect(() => parseServeArgs(["--state-fsync"], {})).toThrow("--state-fsync needs --state-file");
  const file = newStateFile();
  const first = await startServer({ port: 0, stateFile: file, stateFileFsync: true });
  const pool = await createPool(clientFor(first.url));
  await first.close();
  expect(readDatabase(file).state.pools.has(pool)).toBe(true);
});
