// createCognitoMock: an isolated, seeded Cognito user pools mock. Its handlers plug into msw's setupServer;
// its dispatcher serves the HTTP server; its control API drives what only the service itself can do.
import type { HttpHandler } from "msw";
import { AWS_ENDPOINTS, createHandlers, type Endpoint } from "../generated/handlers.ts";
import { systemClock, epochSeconds, type Clock, type OperationContext } from "./context.ts";
import { IdGenerator } from "./ids.ts";
import { implementations } from "./operations/index.ts";
import { createDispatcher, type DispatcherOptions } from "./protocol/dispatch.ts";
import { regionOf } from "./protocol/wire.ts";
import { emptyState, type MockState } from "./state.ts";

export interface CognitoMockOptions {
  /** Seeds ids (pool, client, event ids, tokens) so a run is reproducible. */
  seed?: number;
  /** Region when neither the signature nor the endpoint names one. */
  region?: string;
  accountId?: string;
  /** Where the MSW handlers answer; default: the real cognito-idp endpoints. */
  endpoints?: readonly Endpoint[];
  clock?: Clock;
  /** Replaces the default check (a SigV4 Authorization header must be present). */
  authenticate?: DispatcherOptions<OperationContext>["authenticate"];
  beforeOperation?: DispatcherOptions<OperationContext>["beforeOperation"];
  onInternalError?: DispatcherOptions<OperationContext>["onInternalError"];
}

export function createCognitoMock(options: CognitoMockOptions = {}) {
  const clock = options.clock ?? systemClock;
  const fallbackRegion = options.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  let ids = new IdGenerator(options.seed);
  let state: MockState = emptyState();

  const contextFor = (region: string): OperationContext => ({
    state,
    region,
    accountId,
    ids,
    now: () => epochSeconds(clock.now()),
  });

  const { dispatch, handle } = createDispatcher<OperationContext>({
    implementations,
    context: (request) => contextFor(regionOf(request.headers, request.url, fallbackRegion)),
    requestId: () => ids.uuid(),
    authenticate: options.authenticate,
    beforeOperation: options.beforeOperation,
    onInternalError: options.onInternalError ?? ((e) => console.error("cognito-conformance mock: internal error", e)),
  });

  const handlers: HttpHandler[] = createHandlers(dispatch, options.endpoints ?? [AWS_ENDPOINTS]);

  return {
    handlers,
    dispatch,
    /** The synchronous dispatcher core, for the HTTP server and benchmarks. */
    handle,
    get state() {
      return state;
    },
    /** A context outside any request, for the control API. */
    context: (region = fallbackRegion) => contextFor(region),
    /** Forgets every pool, client, user, event and notification; ids restart from the seed. */
    reset() {
      state = emptyState();
      ids = new IdGenerator(options.seed);
    },
  };
}

export type CognitoMock = ReturnType<typeof createCognitoMock>;
export { AwsError } from "./protocol/errors.ts";
