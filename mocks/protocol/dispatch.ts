// The dispatcher: routes by X-Amz-Target, checks authentication, parses and validates the body, applies fault
// injection, runs the operation and serializes the answer. MSW handlers and the HTTP server both call it.
import type { Dispatch, WireRequest, WireResponse } from "../../generated/handlers.ts";
import { OPERATIONS, OPERATION_BY_TARGET, type InputOf, type OperationMeta, type OperationName, type OutputOf } from "../../generated/operations.ts";
import { AwsError, errors, isAwsError } from "./errors.ts";
import { knownMembersOnly } from "./known-members.ts";
import type { Serialized } from "./serialized.ts";
import { validationError } from "./validation.ts";
import { errorResponse, parseBody, successResponse } from "./wire.ts";

export type Implementation<O extends OperationName, Ctx> = (input: InputOf<O>, ctx: Ctx) => OutputOf<O> | Serialized<OutputOf<O>> | void;
export type Implementations<Ctx> = { [O in OperationName]: Implementation<O, Ctx> };

export interface DispatcherOptions<Ctx> {
  implementations: Implementations<Ctx>;
  /** Builds the per-request context (state, region, clock, ids). */
  context: (request: WireRequest, operation: OperationMeta) => Ctx;
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

export function createDispatcher<Ctx>(options: DispatcherOptions<Ctx>) {
  const authenticate = options.authenticate ?? requireSignatureHeader;

  /** The synchronous core: everything but the injected latency. */
  function handle(request: WireRequest, name?: OperationName): { response: WireResponse; delayMs: number } {
    const requestId = options.requestId();
    const meta = name ? OPERATIONS[name] : OPERATION_BY_TARGET.get(request.headers["x-amz-target"] ?? "");
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
      const invalid = validationError(meta.validate, meta.inputSchema, input);
      if (invalid) throw invalid;
      const run = options.implementations[meta.name] as Implementation<OperationName, Ctx>;
      // The output is serialized right here, before anything else can run, so operations may return objects that
      // alias the state; and the input is parsed fresh per request, so operations may keep it without copying.
      const output = run(knownMembersOnly(meta.inputSchema, input) as never, options.context(request, meta));
      return { response: successResponse(output ?? undefined, requestId), delayMs };
    } catch (e) {
      if (isAwsError(e)) return { response: errorResponse(e, requestId), delayMs };
      options.onInternalError?.(e, meta);
      return { response: errorResponse(errors.internal(), requestId), delayMs };
    }
  }

  const dispatch: Dispatch = (request, name) => {
    const { response, delayMs } = handle(request, name);
    return delayMs > 0 ? new Promise((resolve) => setTimeout(() => resolve(response), delayMs)) : response;
  };
  return { dispatch, handle };
}
