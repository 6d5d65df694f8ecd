// MSW request handlers: one per operation, matched on the endpoint and routed by X-Amz-Target, plus one that
// answers every other target. They hand the request to a dispatcher (mocks/) that validates and runs it.
import { operationsOf, type OpenApiDoc } from "./spec.ts";

export function emitHandlers(doc: OpenApiDoc): string {
  const ops = operationsOf(doc);
  return `import { http, type HttpHandler } from "msw";
import { OPERATIONS, type OperationName } from "./operations.ts";

/** A request as the dispatcher sees it: no fetch objects, so the HTTP server can skip building them. */
export interface WireRequest {
  method: string;
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** \`body\` as UTF-8, when the mock keeps it ready (a remembered answer): the server sends it without encoding again. */
  bytes?: Uint8Array;
}
/** Routes (when \`operation\` is absent), validates and runs one request. */
export type Dispatch = (request: WireRequest, operation?: OperationName) => WireResponse | Promise<WireResponse>;
export type Endpoint = string | RegExp;

/** The real cognito-idp endpoints in every partition, FIPS and dual-stack included. */
export const AWS_ENDPOINTS: RegExp = /^https:\\/\\/cognito-idp(-fips)?\\.[a-z0-9-]+\\.(amazonaws\\.com(\\.cn)?|api\\.aws)\\/?$/;

export async function toWireRequest(request: Request): Promise<WireRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  return { method: request.method, url: request.url, headers, body: await request.text() };
}

export function fromWireResponse(response: WireResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers });
}

/** The handler of one operation; other targets fall through to the next handler. */
export function operationHandler(name: OperationName, dispatch: Dispatch, endpoint: Endpoint = AWS_ENDPOINTS): HttpHandler {
  const target = OPERATIONS[name].target;
  return http.post(endpoint, async ({ request }) => {
    if (request.headers.get("x-amz-target") !== target) return undefined;
    return fromWireResponse(await dispatch(await toWireRequest(request), name));
  });
}

/** Answers what no operation handler took (unknown or missing target) as the service does. */
export function fallbackHandler(dispatch: Dispatch, endpoint: Endpoint = AWS_ENDPOINTS): HttpHandler {
  return http.all(endpoint, async ({ request }) => fromWireResponse(await dispatch(await toWireRequest(request))));
}

export const OPERATION_NAMES = ${JSON.stringify(ops.map((o) => o.name))} as const satisfies readonly OperationName[];

/** Every operation's handler on every endpoint, then the fallbacks. */
export function createHandlers(dispatch: Dispatch, endpoints: readonly Endpoint[] = [AWS_ENDPOINTS]): HttpHandler[] {
  return [
    ...endpoints.flatMap((endpoint) => OPERATION_NAMES.map((name) => operationHandler(name, dispatch, endpoint))),
    ...endpoints.map((endpoint) => fallbackHandler(dispatch, endpoint)),
  ];
}
`;
}
