// Risk rules and the compromised-credentials list: how a test decides an event's risk, in-process and over the
// control API (/_mock/risk-rules, /_mock/compromised-passwords); part of the state (reset, persisted).
import { SetRiskConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { assessAuthEvent, type AuthEventFacts } from "../risk/assess.ts";
import { parseIpAddress } from "../risk/cidr.ts";
import { isCompromisedPassword, SEEDED_COMPROMISED_PASSWORDS } from "../risk/compromised.ts";
import { riskLevelFor } from "../risk/rules.ts";
import { handleControlRequest } from "../control/routes.ts";
import { decodeState } from "../persistence/envelope.ts";
import { assemble, ROOT_KEY, subtreeRows } from "../persistence/rows.ts";
import { emptyState } from "../state.ts";
import { poolsHarness } from "./pools-harness.ts";
import { createPool, createUser } from "./risk-fixtures.ts";

const { client, mock } = poolsHarness(31);
const subject = (over: Partial<Parameters<typeof riskLevelFor>[1]> = {}) => ({ userPoolId: "eu-west-1_A", username: "alice", ip: parseIpAddress("203.0.113.9")!, ...over });
const http = (method: string, path: string, body?: unknown) => {
  const { response, mutated } = handleControlRequest(mock.control, method, path, body === undefined ? "" : JSON.stringify(body), "req-1");
  return { status: response.status, body: JSON.parse(response.body), mutated };
};

describe("risk rules", () => {
  test("default: no risk", () => {
    expect(riskLevelFor(emptyState(), subject())).toBeUndefined();
  });
  test("by IP range, by user, by device marker, narrowed by pool; every given criterion must match; the first match wins", () => {
    const state = emptyState();
    state.riskRules = [
      { RiskLevel: "High", IpRange: "203.0.113.0/24", Username: "bob" },
      { RiskLevel: "Medium", DeviceMarker: "stolen-laptop" },
      { RiskLevel: "Low", IpRange: "203.0.113.0/24", UserPoolId: "eu-west-1_A" },
      { RiskLevel: "High", Username: "carol" },
    ];
    expect(riskLevelFor(state, subject({ username: "bob" }))).toBe("High");
    expect(riskLevelFor(state, subject())).toBe("Low");
    expect(riskLevelFor(state, subject({ userPoolId: "eu-west-1_B" }))).toBeUndefined();
    expect(riskLevelFor(state, subject({ ip: parseIpAddress("198.51.100.1")!, encodedData: "x-stolen-laptop-y" }))).toBe("Medium");
    expect(riskLevelFor(state, subject({ ip: parseIpAddress("198.51.100.1")!, username: "carol" }))).toBe("High");
    expect(riskLevelFor(state, subject({ ip: parseIpAddress("2001:db8::1")! }))).toBeUndefined();
  });
  test("by device key: only a sign-in presenting that confirmed device matches (the hook's `device`, mocks/signin/risk-hook.ts)", () => {
    const state = emptyState();
    state.riskRules = [
      { RiskLevel: "High", DeviceKey: "eu-west-1_0d1e2f30-0000-4000-8000-000000000001", Username: "alice" },
      { RiskLevel: "Low", DeviceKey: "eu-west-1_0d1e2f30-0000-4000-8000-000000000002" },
    ];
    expect(riskLevelFor(state, subject({ deviceKey: "eu-west-1_0d1e2f30-0000-4000-8000-000000000001" }))).toBe("High");
    expect(riskLevelFor(state, subject({ deviceKey: "eu-west-1_0d1e2f30-0000-4000-8000-000000000001", username: "bob" }))).toBeUndefined();
    expect(riskLevelFor(state, subject({ deviceKey: "eu-west-1_0d1e2f30-0000-4000-8000-000000000002", username: "bob" }))).toBe("Low");
    expect(riskLevelFor(state, subject())).toBeUndefined();
    expect(mock.control.riskRules.set([{ RiskLevel: "Medium", DeviceKey: "k" }])).toEqual([{ RiskLevel: "Medium", DeviceKey: "k" }]);
    mock.control.riskRules.clear();
  });
  test("bad rules are refused with InvalidParameterException and change nothing", () => {
    mock.control.riskRules.set([{ RiskLevel: "High", Username: "alice" }]);
    for (const bad of [
      [{ RiskLevel: "Severe", Username: "a" }],
      [{ RiskLevel: "High" }],
      [{ RiskLevel: "High", IpRange: "203.0.113.9" }],
      [{ RiskLevel: "High", Username: "" }],
      [{ RiskLevel: "High", DeviceKey: "" }],
      [{ RiskLevel: "High", DeviceKey: 7 }],
      [{ RiskLevel: "High", Username: "a", Extra: 1 }],
      [{ RiskLevel: "High", Username: "a" }, null],
      "not a list",
    ]) {
      expect(() => mock.control.riskRules.set(bad as never)).toThrowError(expect.objectContaining({ type: "InvalidParameterException" }));
    }
    expect(mock.control.riskRules.list()).toEqual([{ RiskLevel: "High", Username: "alice" }]);
  });
  test("a matching rule gives a real event its level; reset forgets the rules", async () => {
    const poolId = await createPool(client);
    await createUser(client, poolId);
    mock.control.riskRules.set([{ RiskLevel: "Medium", IpRange: "203.0.113.0/24" }]);
    const pool = mock.state.pools.get(poolId)!;
    const facts: AuthEventFacts = { pool, user: pool.users.get("alice")!, eventType: "SignIn", address: { ip: "203.0.113.9" }, flow: "USER_SRP_AUTH", passwordCorrect: true };
    expect(assessAuthEvent(mock.context(), facts).event!.event.EventRisk).toEqual({ RiskDecision: "AccountTakeover", RiskLevel: "Medium", CompromisedCredentialsDetected: false });
    expect(assessAuthEvent(mock.context(), { ...facts, address: { ip: "198.51.100.9" } }).event!.event.EventRisk).toEqual({ RiskDecision: "NoRisk", CompromisedCredentialsDetected: false });
    mock.reset();
    expect(mock.control.riskRules.list()).toEqual([]);
  });
  test("over HTTP: GET, POST (replace), DELETE; typos refused", () => {
    expect(http("POST", "risk-rules", { rules: [{ RiskLevel: "Low", Username: "alice" }] })).toEqual({ status: 200, body: { rules: [{ RiskLevel: "Low", Username: "alice" }] }, mutated: true });
    expect(http("GET", "risk-rules").body).toEqual({ rules: [{ RiskLevel: "Low", Username: "alice" }] });
    expect(http("POST", "risk-rules", { rule: [] })).toMatchObject({ status: 400, body: { __type: "InvalidParameterException" }, mutated: false });
    expect(http("DELETE", "risk-rules")).toMatchObject({ status: 200, body: { rules: [] }, mutated: true });
  });
});

describe("the compromised-credentials list", () => {
  test("seeded with well-known breached passwords; others are not on it", () => {
    for (const password of SEEDED_COMPROMISED_PASSWORDS) expect(isCompromisedPassword(mock.state, password)).toBe(true);
    expect(isCompromisedPassword(mock.state, "correct-Horse-battery-staple-42")).toBe(false);
  });
  test("extended through the control API, stored as digests only, back to the seeded list on clear and reset", () => {
    expect(http("POST", "compromised-passwords", { passwords: ["Tr0ub4dor&3"] })).toEqual({ status: 200, body: { seeded: SEEDED_COMPROMISED_PASSWORDS.length, added: 1 }, mutated: true });
    expect(isCompromisedPassword(mock.state, "Tr0ub4dor&3")).toBe(true);
    expect(JSON.stringify(mock.state.compromisedPasswords)).not.toContain("Tr0ub4dor");
    expect(http("POST", "compromised-passwords", { passwords: [""] })).toMatchObject({ status: 400, body: { __type: "InvalidParameterException" } });
    expect(http("DELETE", "compromised-passwords").body).toEqual({ seeded: SEEDED_COMPROMISED_PASSWORDS.length, added: 0 });
    expect(isCompromisedPassword(mock.state, "Tr0ub4dor&3")).toBe(false);
    mock.control.compromisedPasswords.add(["Tr0ub4dor&3"]);
    mock.reset();
    expect(isCompromisedPassword(mock.state, "Tr0ub4dor&3")).toBe(false);
  });
  test("rules and the added list survive the state file; a file written before them still loads", () => {
    const state = emptyState();
    state.riskRules = [{ RiskLevel: "High", IpRange: "203.0.113.0/24" }];
    state.compromisedPasswords = ["ab".repeat(32)];
    // Through the state file's row format (mocks/persistence/rows.ts), as serve --state-file stores it.
    const back = assemble([...subtreeRows(ROOT_KEY, state)].map((r) => [r.key, r.value, r.shape] as [string, string, string | null])) as typeof state;
    expect(back.riskRules).toEqual(state.riskRules);
    expect(back.compromisedPasswords).toEqual(state.compromisedPasswords);
    const old = decodeState(JSON.stringify({ format: "cognito-conformance/state", version: 1, savedAt: "", generation: 0, state: { pools: { "$cognito-conformance:map": [] }, outbox: [] } }), "old").state;
    expect(riskLevelFor(old, subject())).toBeUndefined();
    expect(isCompromisedPassword(old, "Password123!")).toBe(true);
  });
});

describe("compromised passwords on real events", () => {
  test("checked on password flows, sign-up and password changes; not on SRP; BLOCK on sign-in sets RESET_REQUIRED (DOC)", async () => {
    const poolId = await createPool(client);
    await createUser(client, poolId);
    await client.send(new SetRiskConfigurationCommand({ UserPoolId: poolId, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } } }));
    const pool = mock.state.pools.get(poolId)!;
    const base = { pool, eventType: "SignIn" as const, address: { ip: "198.51.100.9" }, passwordCorrect: true, password: "Password123!" };
    const user = () => pool.users.get("alice")!;
    expect(assessAuthEvent(mock.context(), { ...base, user: user(), flow: "USER_SRP_AUTH" }).action).toBe("allow");
    expect(assessAuthEvent(mock.context(), { ...base, user: user(), flow: "USER_PASSWORD_AUTH", password: "not-on-the-list-9Z!" }).action).toBe("allow");
    expect(user().user.UserStatus).not.toBe("RESET_REQUIRED");
    const blocked = assessAuthEvent(mock.context(), { ...base, user: user(), flow: "ADMIN_USER_PASSWORD_AUTH" });
    expect(blocked.action).toBe("block-compromised");
    expect(blocked.event!.event.EventRisk).toEqual({ RiskDecision: "Block", CompromisedCredentialsDetected: true });
    expect(user().user.UserStatus).toBe("RESET_REQUIRED");
    expect(assessAuthEvent(mock.context(), { ...base, user: user(), eventType: "PasswordChange" }).action).toBe("block-compromised");
    expect(assessAuthEvent(mock.context(), { ...base, user: user(), eventType: "SignUp" }).action).toBe("block-compromised");
  });
});
