// The mock as an HTTP server: node:http straight into the mock's dispatcher (no fetch objects per request,
// see issue 5), the control API under /_mock/, a body cap, timeouts for stalled clients, keep-alive, and the
// optional state file: each request's changes are committed to it before the answer is sent.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WireRequest } from "../../generated/handlers.ts";
import { CONTROL_PREFIX, handleControlRequest, IMPORT_ROUTE } from "../control/routes.ts";
import type { OperationMeta } from "../../generated/operations.ts";
import { isReadOperation } from "../faults/quotas.ts";
import { createCore, type CognitoMockCore, type CognitoMockOptions, type MockAnswer } from "../mock-core.ts";
import type { StateStore } from "../persistence/store.ts";
import { errors } from "../protocol/errors.ts";
import type { MockState } from "../state.ts";
import { errorResponse } from "../protocol/wire.ts";
import { jwksPoolId } from "../signin/jwks-path.ts";
import { lambdaApiRuntime } from "../triggers/lambda-api.ts";
import { readBody, tooLargeResponse } from "./body.ts";
import { answerClientError } from "./client-error.ts";
import { headersOf } from "./headers.ts";
import { TurnWriter } from "./turn-writer.ts";

/**
 * 64 MiB: above the largest request the model allows (a managed login branding with 40 assets of 1,000,000 bytes,
 * ~54 MB in base64; a full SetRiskConfiguration is ~30 KiB), small enough to refuse abuse.
 */
export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;

export interface ServerOptions extends CognitoMockOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Loaded at start (StateFileError if unusable); each request's changes are committed before its answer. */
  stateFile?: string;
  /** fsync every commit to the state file (default: written to its WAL before the answer; see persistence/store.ts). */
  stateFileFsync?: boolean;
  /** Test aid: after every commit, compare the whole state file with the state (a mismatch is an internal error). */
  checkStateFile?: boolean;
  bodyLimit?: number;
  /** A client must send its headers within this time (default 10 s) ... */
  headersTimeoutMs?: number;
  /** ... and its whole request within this one (default 30 s); else 408 and the connection closes. */
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /**
   * Load the control API's simulated sign-in (and feedback's operation) on the first /_mock/ request rather than
   * before the server starts: `serve` does, since nobody holds its mock in-process. With it, the returned
   * `mock.control.signIn` needs `await mock.loadControl()` first; without it, control answers at once, as createMockCore's.
   */
  controlOnFirstUse?: boolean;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  mock: CognitoMockCore;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let store: StateStore | undefined;
  // Reads never change the state, so they get it as it is; everything else goes through the change tracker.
  const stateFor = (state: MockState, operation?: OperationMeta) => (!store || (operation && isReadOperation(operation.name)) ? state : store.tracker.view(state));
  // Functions the options do not hold are invoked through the Lambda Invoke API (only at a configured endpoint).
  const triggerRuntime = options.triggerRuntime ?? lambdaApiRuntime(options.region);
  // createCore, not createMockCore: the control API's sign-in loads here or, for `serve`, on the first /_mock/ request.
  const mock = createCore({ ...options, stateFor, triggerRuntime });
  if (!options.controlOnFirstUse) await mock.loadControl();
  if (options.stateFile) {
    // Loaded only with a state file: a plain serve's start-up does not pay for SQLite.
    const { openStateFile } = await import("../persistence/state-file.ts");
    const opened = openStateFile(options.stateFile, { fsync: options.stateFileFsync });
    const members = opened.saved ? Object.keys(opened.saved.state).length : 0;
    if (opened.saved) mock.restore(opened.saved.state, opened.saved.generation);
    // restore() adds the members a file written before them lacks (sessions, risk rules...): then store the state
    // whole, since that change happened outside the change tracker.
    if (opened.saved && Object.keys(mock.state).length !== members) opened.store.replace(mock.state, mock.generation);
    else opened.store.adopt(mock.state, mock.generation);
    store = opened.store;
  }
  const persist = () => {
    if (!store) return;
    store.sync(mock.state);
    if (options.checkStateFile) {
      const differences = store.differences(mock.state);
      if (differences.length) throw new Error(`state file differs from the state: ${differences.slice(0, 5).join("; ")}`);
    }
  };

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const server = createServer({
    requestTimeout,
    headersTimeout,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
    // How often node checks those timeouts: a tenth of the shortest one, so they fire close to on time.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 10))),
  });

  // Every answer leaves with the others of its event-loop turn (turn-writer.ts).
  const writer = new TurnWriter();

  server.on("clientError", answerClientError);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const headers = headersOf(req);
    readBody(req, headers["content-length"], bodyLimit, (error, body) => {
      if (error) return res.destroy();
      if (body === undefined) return writer.send(res, tooLargeResponse(bodyLimit, randomUUID()), true);
      try {
        serve(req, res, headers, body);
      } catch (e) {
        internalError(res, e);
      }
    });
  });

  /** A bug or a failed state-file write: the caller gets InternalErrorException, the write is not acknowledged. */
  function internalError(res: ServerResponse, e: unknown): void {
    console.error("cognito-conformance serve: internal error", e);
    writer.send(res, errorResponse(errors.internal(), randomUUID()));
  }

  /** Synchronous unless strict signature verification is on: no promise per request on the common path. */
  function serve(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>, body: string): void {
    const path = req.url ?? "/";
    // Request ids outside Cognito calls come from randomUUID, so they leave the seeded id sequence alone.
    if (path.startsWith(CONTROL_PREFIX)) {
      if (controlLoaded) return answerControl(req, res, path, body);
      // The control API's sign-in (and feedback's operation) load on the first /_mock/ request, not at start.
      return void mock
        .loadControl()
        .then(() => ((controlLoaded = true), answerControl(req, res, path, body)))
        .catch((e) => internalError(res, e));
    }
    if (req.method === "GET" && jwksPoolId(path.split("?", 1)[0]!) !== undefined) {
      if (jwksAnswer) return answerJwks(res, jwksAnswer, path);
      // The token modules behind a JWKS answer load on the first JWKS request.
      return void import("../signin/jwks-route.ts")
        .then((route) => answerJwks(res, (jwksAnswer = route.jwksAnswer), path))
        .catch((e) => internalError(res, e));
    }
    const request: WireRequest = { method: req.method ?? "GET", url: `http://${headers.host ?? host}${path}`, headers, body };
    const answered = mock.respond(request, { sourceIp: req.socket.remoteAddress ?? host });
    if (answered instanceof Promise) answered.then((a) => finish(res, a)).catch((e) => internalError(res, e));
    else finish(res, answered);
  }

  let controlLoaded = !options.controlOnFirstUse;
  function answerControl(req: IncomingMessage, res: ServerResponse, path: string, body: string): void {
    const [route, query = ""] = path.slice(CONTROL_PREFIX.length).split("?", 2);
    const answer = handleControlRequest(mock.control, req.method ?? "GET", route, body, randomUUID(), new URLSearchParams(query));
    persist();
    writer.send(res, answer.response);
  }

  let jwksAnswer: typeof import("../signin/jwks-route.ts").jwksAnswer | undefined;
  /** A pool's keys are made on first use, so a JWKS answer may write: through the tracked view, then persisted. */
  function answerJwks(res: ServerResponse, answer: NonNullable<typeof jwksAnswer>, path: string): void {
    const keys = answer(mock.context(), path.split("?", 1)[0]!)!;
    persist();
    writer.send(res, keys);
  }

  function finish(res: ServerResponse, { response, delayMs }: MockAnswer): void {
    persist();
    if (delayMs > 0) setTimeout(() => writer.send(res, response), delayMs);
    else writer.send(res, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  // Mailed one-click links open this server's GET /_mock/feedback, unless the caller chose where they point.
  if (options.feedbackLinkBase === undefined) mock.setFeedbackLinkBase(`${url}${CONTROL_PREFIX}feedback`);
  // User import jobs' pre-signed URLs take their CSV by PUT on this server (routes.ts).
  mock.setImportUploadBase(`${url}${CONTROL_PREFIX}${IMPORT_ROUTE}`);
  return {
    url,
    host,
    port,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => {
          store?.close();
          return e ? reject(e) : resolve();
        });
        server.closeAllConnections();
      }),
  };
}
