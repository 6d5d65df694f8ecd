// The mock as an AWS SDK v3 request handler: `new CognitoIdentityProviderClient({ requestHandler: mock.requestHandler })`
// hands each request straight to the dispatcher, with no msw, no fetch objects and no socket. It goes through
// respond() as serve does (strict SigV4 verification, fault injection and its latency included) and answers the
// same status, headers and body as serve over HTTP. Shapes are smithy's HttpHandler, written out here so that the
// core imports nothing of the SDK: the SDK takes any object with `handle`, and reads the answer's statusCode,
// headers and body (a Uint8Array is collected as it is).
import type { WireRequest } from "../generated/handlers.ts";
import type { MockAnswer } from "./core.ts";

/** The request the SDK builds (smithy's HttpRequest). */
export interface SdkHttpRequest {
  method: string;
  protocol?: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | (string | null)[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

/** What the SDK reads of an answer (smithy's HttpResponse). */
export interface SdkHttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** smithy's HttpHandler: what the SDK v3 clients accept as `requestHandler`. */
export interface CognitoRequestHandler {
  readonly metadata: { handlerProtocol: string };
  handle(request: SdkHttpRequest, options?: { abortSignal?: { aborted: boolean; addEventListener?: (type: "abort", listener: () => void) => void } }): Promise<{ response: SdkHttpResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function queryString(query: SdkHttpRequest["query"]): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    for (const v of Array.isArray(value) ? value : [value]) parts.push(v === null ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

function wireRequest(request: SdkHttpRequest): WireRequest {
  const headers: Record<string, string> = {};
  for (const name in request.headers) headers[name.toLowerCase()] = request.headers[name];
  const port = request.port ? `:${request.port}` : "";
  const { body } = request;
  return {
    method: request.method,
    url: `${request.protocol ?? "https:"}//${request.hostname}${port}${request.path}${queryString(request.query)}`,
    headers,
    body: typeof body === "string" ? body : body instanceof Uint8Array ? decoder.decode(body) : body === undefined || body === null ? "" : String(body),
  };
}

function abortError(): Error {
  return Object.assign(new Error("Request aborted"), { name: "AbortError" });
}

/** `respond` is the core's: the same function the HTTP server calls. */
export function createRequestHandler(respond: (request: WireRequest) => MockAnswer | Promise<MockAnswer>): CognitoRequestHandler {
  return {
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request, options) {
      const signal = options?.abortSignal;
      if (signal?.aborted) throw abortError();
      const { response, delayMs } = await respond(wireRequest(request));
      // Injected latency waits like a slow service, and an abort ends the wait as it would end a socket's.
      if (delayMs > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, delayMs);
          signal?.addEventListener?.("abort", () => (clearTimeout(timer), reject(abortError())));
        });
      }
      const body = response.bytes ?? encoder.encode(response.body);
      // Lower-case names, as node's http client gives them; Content-Length as serve sends it.
      const headers: Record<string, string> = {};
      for (const name in response.headers) headers[name.toLowerCase()] = response.headers[name];
      headers["content-length"] = String(body.byteLength);
      return { response: { statusCode: response.status, headers, body } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}
