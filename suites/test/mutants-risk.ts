// Threat-protection variants of our mock for the mutation check (issue 10): each breaks the risk engine in one
// way, emulated from outside by swapping what the engine reads while one event operation runs, and names the
// real-sign-in cases that must catch it (suites/cases/behaviour/risk-sign-ins.ts).
import type { Dispatch, WireRequest } from "../../generated/handlers.ts";
import type { CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import { inRanges, parseIpAddress } from "../../mocks/risk/cidr.ts";
import type { PoolRecord, StoredRiskConfiguration } from "../../mocks/state.ts";
import type { Mutant } from "./mutants.ts";

const operationOf = (r: WireRequest) => r.headers["x-amz-target"]?.split(".")[1] ?? "";
/** The operations where threat protection decides an event (issue 10). */
const EVENT_OPERATIONS = ["InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge", "SignUp", "ForgotPassword", "ConfirmForgotPassword", "ChangePassword", "ResendConfirmationCode"];
const bodyOf = (r: WireRequest): any => {
  try {
    return JSON.parse(r.body || "{}");
  } catch {
    return {};
  }
};
/** The pool a request acts on: by UserPoolId, or the pool that holds its ClientId. */
function poolOf(mock: CognitoMock, body: any): PoolRecord | undefined {
  if (typeof body.UserPoolId === "string") return mock.state.pools.get(body.UserPoolId);
  for (const pool of mock.state.pools.values()) if (pool.clients.has(body.ClientId)) return pool;
  return undefined;
}
/**
 * A broken risk engine, emulated from outside: while one event operation runs, the pool's records are swapped for
 * what the broken engine would read (`change` returns the undo). State objects are replaced, never edited.
 */
const duringEvents = (operations: string[], change: (pool: PoolRecord, body: any) => (() => void) | undefined) => (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
  const body = bodyOf(request);
  const pool = operations.includes(operationOf(request)) ? poolOf(mock, body) : undefined;
  const undo = pool && change(pool, body);
  try {
    return await dispatch(request, name);
  } finally {
    undo?.();
  }
};
/** Replaces every risk configuration of the pool (its own and its clients') through `f` for the call. */
function mapConfigurations(pool: PoolRecord, f: (c: StoredRiskConfiguration) => StoredRiskConfiguration): () => void {
  const { risk, clientRisk } = pool;
  if (risk) pool.risk = f(risk);
  pool.clientRisk = new Map([...clientRisk].map(([id, c]) => [id, f(c)]));
  return () => ((pool.risk = risk), (pool.clientRisk = clientRisk));
}
const requestIp = (body: any) => parseIpAddress(String(body.ContextData?.IpAddress ?? body.UserContextData?.IpAddress ?? ""));

export const RISK_MUTANTS: Record<string, Mutant> = {
  "the always-allow list also skips the compromised-credentials check": {
    wrap: duringEvents(EVENT_OPERATIONS, (pool, body) => {
      const ip = requestIp(body);
      return mapConfigurations(pool, (c) => {
        if (!ip || !inRanges(ip, c.RiskExceptionConfiguration?.SkippedIPRangeList)) return c;
        const { CompromisedCredentialsRiskConfiguration: _skipped, ...rest } = c;
        return rest as StoredRiskConfiguration;
      });
    }),
    caught: ["behaviour/SignUp/skipped-ip-still-checks-compromised"],
  },
  "AUDIT blocks like ENFORCED": {
    wrap: duringEvents(EVENT_OPERATIONS, (pool) => {
      const saved = pool.pool;
      if (saved.UserPoolAddOns?.AdvancedSecurityMode !== "AUDIT") return undefined;
      pool.pool = { ...saved, UserPoolAddOns: { ...saved.UserPoolAddOns, AdvancedSecurityMode: "ENFORCED" } };
      return () => void (pool.pool = saved);
    }),
    caught: ["behaviour/UpdateUserPool/audit-lists-do-nothing"],
  },
  "the block list is ignored on InitiateAuth": {
    wrap: duringEvents(["InitiateAuth"], (pool) =>
      mapConfigurations(pool, (c) => (c.RiskExceptionConfiguration ? { ...c, RiskExceptionConfiguration: { ...c.RiskExceptionConfiguration, BlockedIPRangeList: [] } } : c)),
    ),
    caught: ["behaviour/InitiateAuth/blocked-ip-public-flow"],
  },
  "sign-ins through a client are decided by the pool's configuration": {
    wrap: duringEvents(EVENT_OPERATIONS, (pool) => {
      const saved = pool.clientRisk;
      pool.clientRisk = new Map();
      return () => void (pool.clientRisk = saved);
    }),
    caught: ["behaviour/SetRiskConfiguration/client-configuration-decides"],
  },
  "records each sign-in's event twice": {
    wrap: (dispatch, mock) => async (request, name) => {
      const body = bodyOf(request);
      const pool = ["InitiateAuth", "AdminInitiateAuth"].includes(operationOf(request)) ? poolOf(mock, body) : undefined;
      const user = pool?.users.get(body.AuthParameters?.USERNAME);
      const before = user?.events.length ?? 0;
      const response = await dispatch(request, name);
      const last = user?.events.at(-1);
      if (user && last && user.events.length > before) user.events.push({ ...last, event: { ...last.event, EventId: `${last.event.EventId}-again` } });
      return response;
    },
    caught: ["behaviour/AdminListUserAuthEvents/challenge-responses", "behaviour/AdminListUserAuthEvents/blocked-ip-events"],
  },
};
