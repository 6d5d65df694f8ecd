// createCore: an isolated, seeded Cognito user pools mock without msw. Its dispatcher serves the HTTP server
// (which so never loads msw); its control API drives what only the service itself can do. The control API's
// synchronous sign-in and feedback click load with loadControl() unless mocks/core.ts (createMockCore, what in-process
// users and mocks/index.ts get) has imported them: `serve` builds on this module and loads them on first use.
import type { Dispatch, Endpoint, WireRequest, WireResponse } from "../generated/handlers.ts";
import { OPERATION_BY_TARGET, type OperationMeta, type OperationName } from "../generated/operations.ts";
import { createSignatureVerifier, type StaticCredentials } from "./auth/sigv4.ts";
import { systemClock, epochSeconds, type Caller, type Clock, type OperationContext } from "./context.ts";
import { createControl } from "./control/control.ts";
import { loadSignIn } from "./control/sign-in-loader.ts";
import { DEFAULT_POLICY, LogDelivery, type DeliveryPolicy } from "./logs/delivery.ts";
import { FaultInjector } from "./faults/injector.ts";
import { IdGenerator } from "./ids.ts";
import { operationLoaders, type Loaders } from "./operations/index.ts";
import { loadFaker } from "./seeded-faker.ts";
import { loadOnFirstUse } from "./operations/loading.ts";
import type { AwsError } from "./protocol/errors.ts";
import { createDispatcher, requireSignatureHeader, type DispatcherOptions } from "./protocol/dispatch.ts";
import { createRequestHandler } from "./request-handler.ts";
import { regionOf } from "./protocol/wire.ts";
import { emptyState, upgradeState, type MockState } from "./state.ts";
import { PoolKeyBook } from "./tokens/keys.ts";
import { withDeferredWork } from "./triggers/deferred.ts";
import { firstOf, inProcessRuntime, type TriggerFunctions, type TriggerRuntime } from "./triggers/runtime.ts";

export interface CognitoMockOptions {
  /** Seeds ids (pool, client, event ids, tokens) and fault injection's draws, so a run is reproducible. */
  seed?: number;
  /** Region when neither the signature nor the endpoint names one. */
  region?: string;
  accountId?: string;
  /** Where the MSW handlers answer; default: the real cognito-idp endpoints. */
  endpoints?: readonly Endpoint[];
  clock?: Clock;
  /** Replaces the default check (a SigV4 Authorization header must be present). */
  authenticate?: DispatcherOptions<OperationContext>["authenticate"];
  /** Strict mode: verify SigV4 signatures against these credentials (default: only the header's presence). */
  verifySignatures?: { credentials: readonly StaticCredentials[] };
  /** Where mailed one-click feedback links point; `serve` sets its own `/_mock/feedback`. */
  feedbackLinkBase?: string;
  /** The caller's address in-process, where no socket tells it (the risk hook's last resort). Default 127.0.0.1. */
  defaultSourceIp?: string;
  /** Runs before fault injection's own hook. */
  beforeOperation?: DispatcherOptions<OperationContext>["beforeOperation"];
  onInternalError?: DispatcherOptions<OperationContext>["onInternalError"];
  /**
   * The state an operation (or, without one, the control API) works on. The server's state file hands write
   * operations a view that records what they change (mocks/persistence/tracker.ts). Default: the state itself.
   */
  stateFor?: (state: MockState, operation?: OperationMeta) => MockState;
  /**
   * Where pools' RSA keys come from. "shared" (default): pools of this mock never share keys, but a new or reset mock
   * takes the sets earlier mocks of the process took, ready at once (docs/sign-in.md, "Keys"). "unique": no two pools
   * of the process ever share keys, whatever mock they belong to; each costs a fresh generation.
   */
  keys?: "shared" | "unique";
  /** Retries, backoff and timeouts of exported log records' delivery (mocks/logs/delivery.ts); defaults otherwise. */
  logDelivery?: Partial<DeliveryPolicy>;
  /**
   * Lambda triggers (docs/triggers.md): functions keyed by ARN, function name or LambdaConfig member, found through
   * the pool's LambdaConfig as in production.
   */
  triggers?: TriggerFunctions;
  /** Where functions `triggers` does not hold are run (serve: a `--triggers` module, the Lambda Invoke API). */
  triggerRuntime?: TriggerRuntime;
  /** Per trigger invocation; default 5,000 ms (AWS's fixed limit). */
  triggerTimeoutMs?: number;
}

/** What the transport knows of a request beyond its bytes. */
export interface From {
  /** The caller's socket address (the server knows it). */
  sourceIp?: string;
}

/** What the dispatcher answered, and the latency fault injection asks to add before sending it. */
export interface MockAnswer {
  response: WireResponse;
  delayMs: number;
}

// Operations load on their first call (issue 21), once per process: every mock of the process shares this table.
// control.feedback runs UpdateAuthEventFeedback through the synchronous handle(): mocks/core.ts provides it at import.
// Faker (the ids' draws) loads with an operation's module: operations draw ids synchronously.
export const operations = loadOnFirstUse(withFaker(operationLoaders), withDeferredWork);

/** What the control API runs synchronously: the simulated sign-in and control.feedback's operation. */
const loadControl = () => Promise.all([loadSignIn(), loadFaker(), operations.load("UpdateAuthEventFeedback")]).then(() => undefined);

function withFaker<Ctx>(loaders: Loaders<Ctx>): Loaders<Ctx> {
  const entries = Object.entries(loaders).map(([name, load]) => [name, () => Promise.all([(load as () => Promise<unknown>)(), loadFaker()]).then(([run]) => run)]);
  return Object.fromEntries(entries) as Loaders<Ctx>;
}

/** handle()'s answer to an operation whose module has not loaded: it runs nothing, so nothing happens later either. */
const notLoaded = (name: OperationName): never => {
  throw new Error(`${name} has not loaded yet (operations load on their first call): call respond() or dispatch(), or await loadOperations() before handle()`);
};

export function createCore(options: CognitoMockOptions = {}) {
  const clock = options.clock ?? systemClock;
  const fallbackRegion = options.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  // Each restore of persisted state reseeds ids differently, so new ids never repeat stored ones.
  let generation = 0;
  const idSeed = () => (options.seed === undefined ? undefined : options.seed + generation * 1_000_003);
  let ids = new IdGenerator(idSeed());
  let state: MockState = emptyState();
  const newBook = () => new PoolKeyBook(options.keys === "unique");
  let keys = newBook();
  const faults = new FaultInjector(options.seed ?? Math.floor(Math.random() * 2 ** 31), () => clock.now());

  let feedbackLinkBase = options.feedbackLinkBase;
  let importUploadBase: string | undefined;
  const defaultSourceIp = options.defaultSourceIp ?? "127.0.0.1";
  const triggers = runtimeOf(options);
  const triggerTimeoutMs = options.triggerTimeoutMs;
  // One pair of clock functions for every context: a context is built per request.
  const now = () => epochSeconds(clock.now());
  const nowMs = () => clock.now();
  const logs = new LogDelivery({ ...DEFAULT_POLICY, ...options.logDelivery });
  const contextFor = (region: string, caller: Caller = { sourceIp: defaultSourceIp }, operation?: OperationMeta, requestId?: string): OperationContext => {
    const ctx: OperationContext = {
      state: options.stateFor ? options.stateFor(state, operation) : state,
      region,
      accountId,
      ids,
      keys,
      now,
      nowMs,
      feedbackLinkBase,
      importUploadBase,
      caller,
      logs,
    };
    // Assignments rather than conditional spreads, which take a slow path: a context is built per request.
    if (requestId !== undefined) ctx.requestId = requestId;
    if (triggers) ctx.triggers = triggers;
    if (triggerTimeoutMs !== undefined) ctx.triggerTimeoutMs = triggerTimeoutMs;
    return ctx;
  };
  // The socket's address, which only the server knows, travels beside the request (the dispatcher's `from`).
  const callerOf = (request: WireRequest, from: From | undefined): Caller => {
    const userAgent = request.headers["user-agent"];
    const sourceIp = from?.sourceIp ?? defaultSourceIp;
    return userAgent === undefined ? { sourceIp } : { sourceIp, userAgent };
  };

  // Strict mode verifies asynchronously before the synchronous dispatcher runs and leaves the verdict here.
  const verify = options.verifySignatures ? createSignatureVerifier({ credentials: options.verifySignatures.credentials, now: () => clock.now() }) : undefined;
  const verdicts = new WeakMap<WireRequest, AwsError | undefined>();
  const authenticate: DispatcherOptions<OperationContext>["authenticate"] = verify
    ? (request) => (verdicts.has(request) ? verdicts.get(request) : requireSignatureHeader(request))
    : options.authenticate;

  const { handle: answer } = createDispatcher<OperationContext, From>({
    implementations: operations.loaded,
    load: operations.load,
    context: (request, operation, from, requestId) => contextFor(regionOf(request.headers, request.url, fallbackRegion), callerOf(request, from), operation, requestId),
    requestId: () => ids.requestId(),
    authenticate,
    beforeOperation: (meta) => (options.beforeOperation?.(meta) ?? 0) + faults.beforeOperation(meta),
    onInternalError: options.onInternalError ?? ((e) => console.error("cognito-conformance mock: internal error", e)),
  });

  /**
   * The dispatcher, preceded by signature verification in strict mode; asynchronous then and for token operations.
   * `sourceIp` is the caller's socket address (the server knows it).
   */
  function respond(request: WireRequest, from?: From): MockAnswer | Promise<MockAnswer> {
    if (!verify || OPERATION_BY_TARGET.get(request.headers["x-amz-target"] ?? "")?.auth !== "sigv4") return answer(request, undefined, from);
    return verify(request).then((verdict) => {
      verdicts.set(request, verdict);
      return answer(request, undefined, from);
    });
  }

  /**
   * The synchronous core, for benchmarks and tests of synchronous operations; token operations need respond(), and
   * so does an operation's first call in the process (it loads its module) unless loadOperations() came first.
   */
  function handle(request: WireRequest): MockAnswer {
    const answered = answer(request, undefined, undefined, notLoaded);
    if (answered instanceof Promise) throw new Error(`${request.headers["x-amz-target"]} is asynchronous: call respond() or dispatch()`);
    return answered;
  }

  const dispatch: Dispatch = async (request) => {
    const { response, delayMs } = await respond(request);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return response;
  };

  function reset() {
    state = emptyState();
    keys = newBook(); // no pool left: the stock's sets may be taken again
    generation = 0;
    ids = new IdGenerator(idSeed());
    faults.reset();
    logs.reset();
  }

  const control = createControl({ state: () => state, context: () => contextFor(fallbackRegion), faults, reset, handle, logs, triggerFunctions: Object.keys(options.triggers ?? {}) });

  return {
    dispatch,
    /**
     * An AWS SDK v3 request handler over respond() (no msw, no socket):
     * `new CognitoIdentityProviderClient({ requestHandler: mock.requestHandler })`.
     */
    requestHandler: createRequestHandler(respond),
    /** The synchronous dispatcher core (no signature verification), for benchmarks; throws for token operations. */
    handle,
    /** Loads every operation's module (and the control API's) now, so handle() and control answer each at once. */
    loadOperations: () => Promise.all([operations.loadAll(), loadControl()]).then(() => undefined),
    /** Loads what control.signIn and control.feedback run; createMockCore's mocks have it, `serve` loads it on first use. */
    loadControl,
    /** What the HTTP server calls: synchronous unless strict signature verification is on. */
    respond,
    get state() {
      return state;
    },
    /** How many times persisted state was restored into this mock. */
    get generation() {
      return generation;
    },
    /** A context outside any request, for the control API. */
    context: (region = fallbackRegion) => contextFor(region),
    /** Fault injection (also reachable as control.faults). */
    faults,
    /** Simulated sign-ins, the outbox, faults, reset: the same functions the server offers under /_mock/. */
    control,
    /** Forgets every pool, client, user, event and notification and every fault rule; ids restart from the seed. */
    reset,
    /** Points mailed one-click feedback links at `base` (the server calls it once it knows its URL). */
    setFeedbackLinkBase(base: string) {
      feedbackLinkBase = base;
    },
    /** Points user import jobs' PreSignedUrl at `base` (the server's own `/_mock/import/`). */
    setImportUploadBase(base: string) {
      importUploadBase = base;
    },
    /** Replaces the state with persisted state; `loadedGeneration` is the one stored with it. */
    restore(saved: MockState, loadedGeneration: number) {
      state = upgradeState(saved);
      keys.skipPast([...state.pools.values()].flatMap((pool) => (pool.keys ? [pool.keys.id.kid] : [])));
      generation = loadedGeneration + 1;
      ids = new IdGenerator(idSeed());
    },
  };
}

function runtimeOf(options: CognitoMockOptions): TriggerRuntime | undefined {
  const local = options.triggers && inProcessRuntime(options.triggers);
  if (local && options.triggerRuntime) return firstOf(local, options.triggerRuntime);
  return local ?? options.triggerRuntime;
}

export type CognitoMockCore = ReturnType<typeof createCore>;
