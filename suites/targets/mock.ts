// `mock` target: our mock in-process (its msw-free core). Requests are signed like on the wire and handed to the dispatcher (the same
// core the MSW handlers and the HTTP server adapt), so a run of every case takes seconds.
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import { createMockCore, type CognitoMockCore as CognitoMock } from "../../mocks/core.ts";
import { notImplementedOperations } from "../../mocks/operations/index.ts";
import type { Case } from "../harness/case.ts";
import type { CaseResult, RunResult } from "../harness/result.ts";
import { jwksAnswer } from "../../mocks/signin/jwks-route.ts";
import type { Answer, ResolvedRequest, Target } from "../harness/target.ts";
import { runIdentity } from "./live.ts";
import { createFixtures, type FixtureOptions } from "../fixtures/fixtures.ts";
import { createSigner, lowerCaseHeaders, TEST_CREDENTIALS } from "./signing.ts";
import { conformanceTriggers, CONFORMANCE_TRIGGERS_CAPABILITY } from "../fixtures/conformance-triggers.ts";

export const MOCK_ENDPOINT = "https://cognito-idp.us-east-1.amazonaws.com/";

/** What our own mock (in-process or served) must answer for a case: PASS, or NOT_IMPLEMENTED where the case's
 * operation is one it lists as not emulated yet (mocks/operations/index.ts); anything else is a failure of ours. */
export const asExpectedOfOurMock = (c: Pick<Case, "operation">, r: Pick<CaseResult, "status">) =>
  r.status === "PASS" || (r.status === "NOT_IMPLEMENTED" && notImplementedOperations.has(c.operation as never));

/** The results of a run on our mock that are not as expected, one line each (empty when all are). */
export function unexpectedOnOurMock(run: RunResult): string[] {
  const byId = new Map(run.cases.map((c) => [c.id, c]));
  return run.results.filter((r) => !asExpectedOfOurMock(byId.get(r.id)!, r)).map((r) => `${r.id} ${r.status}: ${r.reasons.join("; ")}`);
}

export interface MockTargetOptions {
  seed?: number;
  name?: string;
  /** Wraps the dispatcher: how the mutation check builds deliberately broken mocks. */
  wrap?: (dispatch: Dispatch, mock: CognitoMock) => Dispatch;
}

/**
 * Makes a fixture reachable under an id no real service would issue (an id of a boundary length), so an accepted
 * boundary case can reach its success answer: the pool, client or event record is copied under the new id.
 */
function alias(mock: CognitoMock, args: { kind: "pool" | "client" | "event"; userPoolId: string; username: string; of: string; id: string }) {
  const pools = mock.state.pools;
  const pool = pools.get(args.userPoolId);
  if (!pool) throw new Error(`alias: no pool ${args.userPoolId}`);
  if (args.kind === "pool") pools.set(args.id, { ...pool, pool: { ...pool.pool, Id: args.id } });
  else if (args.kind === "client") {
    const client = pool.clients.get(args.of);
    if (!client) throw new Error(`alias: no client ${args.of}`);
    // Boundary ids repeat from case to case: the alias must name this case's client only.
    for (const other of pools.values()) other.clients.delete(args.id);
    pool.clients.set(args.id, { ...client, client: { ...client.client, ClientId: args.id } });
  } else {
    const user = pool.users.get(args.username);
    const event = user?.events.find((e) => e.event.EventId === args.of);
    if (!user || !event) throw new Error(`alias: no event ${args.of} of ${args.username}`);
    pool.users.set(args.username, { ...user, events: [...user.events, { ...event, event: { ...event.event, EventId: args.id } }] });
  }
  return {};
}

/**
 * The control actions cases use, answering in the shape of the HTTP control API (`/_mock/...`), so a case
 * compares the same answer on the mock and on the endpoint target. Absent when the mock has no control API.
 */
function controlActions(mock: CognitoMock): Record<string, (args: any) => unknown> | undefined {
  const control = (mock as Partial<CognitoMock>).control;
  if (!control) return undefined;
  return {
    signIn: (args) => control.signIn(args),
    // Replaces the risk rules, as `POST /_mock/risk-rules` does.
    riskRules: ({ rules }) => ({ rules: control.riskRules.set(rules) }),
    // `kind: "code"` lists the one-time codes (sign-up, reset, EMAIL_OTP), as `GET /_mock/outbox?kind=code` does.
    outbox: ({ kind, ...filter } = {}) => (kind === "code" ? { codes: control.codes(filter) } : { notifications: control.outbox(filter) }),
    alias: (args) => alias(mock, args),
    // Exported log records, as `GET /_mock/logs?userPoolId=...` shows them.
    logs: (filter = {}) => control.logs(filter),
    // The PUT of a user import CSV to a job's PreSignedUrl, as `POST /_mock/upload-import-csv` does.
    uploadImportCsv: ({ url, csv }) => (control.uploadImportCsv(url, csv), {}),
  };
}

export function mockTarget(options: MockTargetOptions = {}): Target & { mock: CognitoMock } {
  const identity = runIdentity();
  let fresh = 0;
  return build(options, { ...identity, freshNumber: () => ++fresh }, true);
}

/**
 * One mock and what drives it. `isolated()` makes another with the same options (and the same run's names), for a
 * case that asks for fresh fixtures: its pools then meet nothing of other cases', as in a user's own test with a
 * fresh mock, and they take their keys from the start of the shared stock (mocks/tokens/keys.ts) instead of each
 * needing a set never used before in the run (docs/sign-in.md, "Keys").
 */
function build(options: MockTargetOptions, naming: FixtureOptions, outer: boolean): Target & { mock: CognitoMock } {
  const mock = createMockCore({ seed: options.seed ?? 1, region: "us-east-1", onInternalError: () => {}, triggers: conformanceTriggers });
  const dispatch = options.wrap ? options.wrap(mock.dispatch, mock) : mock.dispatch;
  const sign = createSigner({ region: "us-east-1", service: "cognito-idp", credentials: TEST_CREDENTIALS });
  const send = async (request: ResolvedRequest): Promise<Answer> => {
    const signed = await sign(request, MOCK_ENDPOINT);
    const wire: WireRequest = { method: signed.method, url: signed.url, headers: lowerCaseHeaders(signed.headers), body: signed.body };
    // The pool's JWKS is a plain GET beside the API (as the MSW handler and serve answer it), not an operation.
    const keys = wire.method === "GET" ? jwksAnswer(mock.context(), new URL(wire.url).pathname) : undefined;
    const response: WireResponse = keys ?? (await dispatch(wire));
    return { status: response.status, headers: lowerCaseHeaders(response.headers), body: response.body };
  };
  const fixtures = createFixtures(send, naming);
  const control = controlActions(mock);
  return {
    name: options.name ?? "mock",
    mock,
    // conformance-mock: the suite's own mock, which gives every context a case asks for (accepted cases must succeed).
    // conformance-triggers: the pools' LambdaConfig ARNs of the conformance functions run (suites/fixtures/conformance-triggers.ts).
    capabilities: new Set(control ? ["control-api", "id-alias", "conformance-mock", CONFORMANCE_TRIGGERS_CAPABILITY] : ["conformance-mock", CONFORMANCE_TRIGGERS_CAPABILITY]),
    prepare: fixtures.prepare,
    async send(request) {
      const answer = await send(request);
      fixtures.observe(request, answer);
      return answer;
    },
    control: control
      ? async (action, args) => {
          if (!Object.hasOwn(control, action)) throw new Error(`the mock's control API has no ${action}`);
          return control[action](args);
        }
      : undefined,
    isolated: () => build(options, naming, false),
    // An isolated mock is simply dropped: a reset would cost as much as making it.
    async close() {
      if (outer) mock.reset();
    },
  };
}
