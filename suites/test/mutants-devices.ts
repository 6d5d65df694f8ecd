// Device-tracking variants of our mock for the mutation check (issue 19): each breaks the device flows in one way a
// weaker emulator could, emulated from outside by changing what the engine reads while one call runs, and names the
// scenarios of suites/cases/behaviour/devices.ts that must catch it.
import { createHmac } from "node:crypto";
import type { Dispatch, WireRequest } from "../../generated/handlers.ts";
import type { CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import { derivedKey, scramblingU } from "../../mocks/signin/srp/claim.ts";
import { modPow, N } from "../../mocks/signin/srp/index.ts";
import type { DeviceRecord, PoolRecord, UserRecord } from "../../mocks/state.ts";
import type { Mutant } from "./mutants.ts";
import { operationOf, parse } from "./mutants-sign-in.ts";

const SIGN_IN_CALLS = ["InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge"];
const paramsOf = (body: any): Record<string, string> => body.AuthParameters ?? body.ChallengeResponses ?? {};

/** The pool a request acts on: by UserPoolId, or the pool that holds its ClientId. */
function poolOf(mock: CognitoMock, body: any): PoolRecord | undefined {
  if (typeof body.UserPoolId === "string") return mock.state.pools.get(body.UserPoolId);
  for (const pool of mock.state.pools.values()) if (pool.clients.has(body.ClientId)) return pool;
  return undefined;
}

/** Runs the call with `change` applied first and its undo after (state objects replaced, never edited in place). */
const during = (calls: string[], change: (mock: CognitoMock, body: any) => (() => void) | undefined) => (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
  const undo = calls.includes(operationOf(request)) ? change(mock, parse(request.body)) : undefined;
  try {
    return await dispatch(request, name);
  } finally {
    undo?.();
  }
};

/**
 * The signature the device's own password would give, computed from the server's side of the exchange (its b, B,
 * A and the stored verifier): substituted for whatever the request presents, so any answer passes.
 */
function rightDeviceSignature(mock: CognitoMock, body: any): string | undefined {
  const p = paramsOf(body);
  const session = mock.state.sessions.get(body.Session ?? p.PASSWORD_CLAIM_SECRET_BLOCK);
  const user = session && poolOf(mock, body)?.users.get(session.username);
  const device = user?.devices?.get(session!.data.deviceKey!);
  if (!session || !user || !device?.secret || !p.PASSWORD_CLAIM_SECRET_BLOCK || !p.TIMESTAMP) return undefined;
  const [A, B, b, v] = [session.data.AHex!, session.data.BHex!, session.data.bHex!, device.secret.verifierHex].map((hex) => BigInt(`0x${hex}`));
  const u = scramblingU(A!, B!);
  const S = modPow((A! * modPow(v!, u, N)) % N, b!, N);
  return createHmac("sha256", derivedKey(S, u))
    .update(user.deviceGroupKey!, "utf8")
    .update(session.data.deviceKey!, "utf8")
    .update(Buffer.from(p.PASSWORD_CLAIM_SECRET_BLOCK, "base64"))
    .update(p.TIMESTAMP, "utf8")
    .digest("base64");
}

/** Every user's device records passed through `f` for the call; the undo keeps what the call changed but `f`'s edit. */
function mapDevices(mock: CognitoMock, body: any, f: (d: DeviceRecord) => DeviceRecord, back: (now: DeviceRecord, before: DeviceRecord) => DeviceRecord): (() => void) | undefined {
  const pool = poolOf(mock, body);
  if (!pool) return undefined;
  const saved: [UserRecord, Map<string, DeviceRecord>][] = [...pool.users.values()].filter((u) => u.devices).map((u) => [u, u.devices!]);
  for (const [user, devices] of saved) user.devices = new Map([...devices].map(([key, d]) => [key, f(d)]));
  return () => {
    for (const [user, before] of saved) user.devices = new Map([...user.devices!].map(([key, d]) => [key, before.has(key) ? back(d, before.get(key)!) : d]));
  };
}

export const DEVICE_MUTANTS: Record<string, Mutant> = {
  "accepts a device proof without verifying it": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request: WireRequest, name) => {
      const body = parse(request.body);
      if (!["RespondToAuthChallenge", "AdminRespondToAuthChallenge"].includes(operationOf(request)) || body.ChallengeName !== "DEVICE_PASSWORD_VERIFIER") return dispatch(request, name);
      const signature = rightDeviceSignature(mock, body);
      if (signature) body.ChallengeResponses.PASSWORD_CLAIM_SIGNATURE = signature;
      return dispatch({ ...request, body: JSON.stringify(body) }, name);
    },
    caught: ["behaviour/RespondToAuthChallenge/device-proof-verified"],
  },
  "still remembers a forgotten device": {
    wrap: (dispatch: Dispatch, mock: CognitoMock): Dispatch => async (request, name) => {
      if (!["ForgetDevice", "AdminForgetDevice"].includes(operationOf(request))) return dispatch(request, name);
      const key = parse(request.body).DeviceKey;
      const holders = [...mock.state.pools.values()].flatMap((pool) => [...pool.users.values()].filter((u) => u.devices?.has(key)).map((u) => [u, u.devices!.get(key)!] as const));
      const response = await dispatch(request, name);
      for (const [user, device] of holders) user.devices = new Map([...(user.devices ?? []), [key, device]]);
      return response;
    },
    caught: ["behaviour/InitiateAuth/forgotten-device"],
  },
  "a remembered device does not replace MFA (ChallengeRequiredOnNewDevice ignored)": {
    wrap: during(SIGN_IN_CALLS, (mock, body) => {
      const pool = poolOf(mock, body);
      const configuration = pool?.pool.DeviceConfiguration;
      if (!pool || !configuration) return undefined;
      const record = pool.pool;
      pool.pool = { ...record, DeviceConfiguration: { ...configuration, ChallengeRequiredOnNewDevice: false } };
      return () => void (pool.pool = { ...pool.pool, DeviceConfiguration: configuration });
    }),
    caught: ["behaviour/RespondToAuthChallenge/remembered-device-replaces-mfa"],
  },
  "a not_remembered device skips MFA like a remembered one": {
    wrap: during(SIGN_IN_CALLS, (mock, body) =>
      paramsOf(body).DEVICE_KEY === undefined ? undefined : mapDevices(mock, body, (d) => ({ ...d, remembered: true }), (d, before) => ({ ...d, remembered: before.remembered })),
    ),
    caught: ["behaviour/InitiateAuth/not-remembered-device-mfa"],
  },
  "the risk hook never sees the device (DeviceKey rules never match)": {
    wrap: during(SIGN_IN_CALLS, (mock) => {
      const rules = mock.state.riskRules;
      mock.state.riskRules = rules.filter((rule) => rule.DeviceKey === undefined);
      return () => void (mock.state.riskRules = rules);
    }),
    caught: ["behaviour/InitiateAuth/device-risk-rule"],
  },
};
