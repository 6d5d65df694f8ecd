// The dispatcher: routes by X-Amz-Target, checks authentication, parses and validates the body, applies fault
// injection, runs the operation and serializes the answer. MSW handlers and the HTTP server both call it.
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import { OPERATIONS, OPERATION_BY_TARGET, type InputOf, type OperationMeta, type OperationName, type OutputOf } from "../../generated/operations.ts";
import { AwsError, errors, isAwsError } from "./errors.ts";
import { knownMembersOnly } from "./known-members.ts";
import type { Serialized } from "./serialized.ts";
import { validationError } from "./validation.ts";
import { errorResponse, parseBody, successResponse } from "./wire.ts";

type Output<O extends OperationName> = OutputOf<O> | Serialized<OutputOf<O>> | void;
/**
 * Token operations are asynchronous (jose): they make every state change before their first await (docs/sign-in.md
 * "Asynchronous operations"), so a request stays atomic. All others stay synchronous and pay no promise.
 */
export type Implementation<O extends OperationName, Ctx> = (input: InputOf<O>, ctx: Ctx) => Output<O> | Promise<Output<O>>;
export type Implementations<Ctx> = { [O in OperationName]: Implementation<O, Ctx> };

/** `From`: what the transport knows beside the request (the server's socket address), handed to `context`. */
export interface DispatcherOptions<Ctx, From = never> {
  /** The operations' implementations; with `load`, those loaded so far (the object fills as they load). */
  implementations: Partial<Implementations<Ctx>>;
  /** Loads an operation missing from `implementations` (mocks/operations/loading.ts); its request waits for it. */
  load?: (name: OperationName) => Promise<unknown>;
  /** Builds the per-request context (state, region, clock, ids). */
  context: (request: WireRequest, operation: OperationMeta, from: From | undefined, requestId: string) => Ctx;
  requestId: () => string;
  /** Signature check for SigV4 operations; returns the error to send, if any. Default: header presence only. */
  authenticate?: (request: WireRequest, operation: OperationMeta) => AwsError | undefined;
  /** Fault injection, run after authentication; may throw an AwsError or return a delay in ms. */
  beforeOperation?: (operation: OperationMeta) => number | void;
  /** Called with every unexpected exception (a bug in an operation); the caller gets InternalErrorException. */
  onInternalError?: (error: unknown, operation: OperationMeta) => void;
}

const SIGV4_PREFIX = "AWS4-HMAC-SHA256 ";

export function requireSignatureHeader(request: WireRequest): AwsError | undefined {
  return (request.headers["authorization"] ?? "").startsWith(SIGV4_PREFIX) ? undefined : errors.missingAuthenticationToken();
}

export function createDispatcher<Ctx, From = never>(options: DispatcherOptions<Ctx, From>) {
  const authenticate = options.authenticate ?? requireSignatureHeader;

  type Answer = { response: WireResponse; delayMs: number };
  const failed = (e: unknown, meta: OperationMeta, requestId: string, delayMs: number): Answer => {
    if (isAwsError(e)) return { response: errorResponse(e, requestId), delayMs };
    options.onInternalError?.(e, meta);
    return { response: errorResponse(errors.internal(), requestId), delayMs };
  };

  /** The core: everything but the injected latency; synchronous unless the operation is (or loads: `load`). */
  function handle(request: WireRequest, name?: OperationName, from?: From, load = options.load): Answer | Promise<Answer> {
    const meta = name ? OPERATIONS[name] : OPERATION_BY_TARGET.get(request.headers["x-amz-target"] ?? "");
    const run = meta && (options.implementations[meta.name] as Implementation<OperationName, Ctx> | undefined);
    // An operation's first call: the whole request waits for its module, then runs as every later call does.
    if (meta && !run && load && request.method === "POST") {
      const retry = () => (options.implementations[meta.name] ? handle(request, name, from) : failed(new Error(`${meta.name} did not load`), meta, options.requestId(), 0));
      return load(meta.name).then(retry, (e: unknown) => failed(e, meta, options.requestId(), 0));
    }
    const requestId = options.requestId();
    if (!meta || request.method !== "POST") return { response: errorResponse(errors.unknownOperation(), requestId), delayMs: 0 };
    let delayMs = 0;
    try {
      if (meta.auth === "sigv4") {
        const denied = authenticate(request, meta);
        if (denied) throw denied;
      }
      delayMs = options.beforeOperation?.(meta) ?? 0;
      let input: unknown;
      try {
        input = parseBody(request.body);
      } catch {
        throw errors.serialization();
      }
      if (input === null || typeof input !== "object" || Array.isArray(input)) {
        throw errors.serialization("Unexpected token received from parser");
      }
      // Read once: the schema is a getter that looks the operation's validators up (generated/operations.ts).
      const schema = meta.inputSchema;
      const invalid = validationError(meta.validate, schema, input);
      if (invalid) throw invalid;
      // The output is serialized right here, before anything else can run, so operations may return objects that
      // alias the state; and the input is parsed fresh per request, so operations may keep it without copying.
      const output = run!(knownMembersOnly(schema, input) as never, options.context(request, meta, from, requestId));
      if (output instanceof Promise) {
        const delay = delayMs;
        return output.then(
          (value) => ({ response: successResponse(value ?? undefined, requestId), delayMs: delay }),
          (e: unknown) => failed(e, meta, requestId, delay),
        );
      }
      return { response: successResponse(output ?? undefined, requestId), delayMs };
    } catch (e) {
      return failed(e, meta, requestId, delayMs);
    }
  }

  const dispatch: Dispatch = async (request, name) => {
    const { response, delayMs } = await handle(request, name);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return response;
  };
  return { dispatch, handle };
}
