// --state-file: what was acknowledged survives a restart (pools, clients, users, risk configurations, auth
// events, the outbox), new ids never collide with stored ones, and the file is only ever replaced whole.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AdminListUserAuthEventsCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeRiskConfigurationCommand,
  DescribeUserPoolCommand,
  SetRiskConfigurationCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "vitest";
import { StateFileError, STATE_FORMAT } from "../persistence/envelope.ts";
import { startServer } from "../server/server.ts";
import { failure } from "./pools-harness.ts";
import { createClient, createPool, createUser } from "./risk-fixtures.ts";

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

test("writes are saved when acknowledged; reads and failures leave the file alone; no temp file remains", async () => {
  const file = newStateFile();
  const server = await startServer({ port: 0, stateFile: file });
  try {
    const client = clientFor(server.url);
    expect(JSON.parse(readFileSync(file, "utf8")).format).toBe(STATE_FORMAT);
    const pool = await createPool(client);
    const saved = readFileSync(file, "utf8");
    expect(saved).toContain(pool);
    await client.send(new DescribeUserPoolCommand({ UserPoolId: pool }));
    await failure(client.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_nothere1" })));
    expect(readFileSync(file, "utf8")).toBe(saved);
    await fetch(`${server.url}/_mock/reset`, { method: "POST" });
    expect(readFileSync(file, "utf8")).not.toContain(pool);
    expect(readdirSync(join(file, "..")).filter((name) => name !== "state.json")).toEqual([]);
  } finally {
    await server.close();
  }
});

test("a corrupt, foreign or newer-version file is refused with StateFileError and never overwritten", async () => {
  const cases = [
    ['{"format":"cognito-conformance/state",', /is not a valid state file/],
    ['{"hello":"world"}', /is not a cognito-conformance state file/],
    [`{"format":"${STATE_FORMAT}","version":99,"generation":0,"state":{}}`, /version 99/],
    [`{"format":"${STATE_FORMAT}","version":1,"generation":0,"state":{"pools":[]}}`, /is damaged/],
  ] as const;
  for (const [text, message] of cases) {
    const file = newStateFile();
    writeFileSync(file, text);
    const error = await startServer({ port: 0, stateFile: file }).catch((e) => e);
    expect(error).toBeInstanceOf(StateFileError);
    expect(error.message).toMatch(message);
    expect(readFileSync(file, "utf8")).toBe(text);
  }
});

test("a missing file is created at start", async () => {
  const file = newStateFile();
  expect(existsSync(file)).toBe(false);
  const server = await startServer({ port: 0, stateFile: file });
  await server.close();
  expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ format: STATE_FORMAT, version: 1, generation: 0 });
});
