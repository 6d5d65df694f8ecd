// createCognitoMock: an isolated, seeded Cognito user pools mock. Its handlers plug into msw's setupServer;
// everything else (dispatcher, control API, state) is the msw-free core in ./core.ts, which the HTTP server uses.
import { http, HttpResponse, type HttpHandler } from "msw";
import { AWS_ENDPOINTS, createHandlers } from "../generated/handlers.ts";
import { createMockCore, type CognitoMockCore, type CognitoMockOptions } from "./core.ts";
import type { OperationContext } from "./context.ts";

export function createCognitoMock(options: CognitoMockOptions = {}): CognitoMock {
  const core = createMockCore(options);
  const handlers: HttpHandler[] = [jwksHandler(() => core.context()), ...createHandlers(core.dispatch, options.endpoints ?? [AWS_ENDPOINTS])];
  // Assigned onto the core object (not spread) so its `state` and `generation` getters stay live.
  return Object.assign(core, { handlers });
}

/** The MSW handler at `https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/jwks.json`. */
function jwksHandler(context: () => Pick<OperationContext, "state" | "keys">): HttpHandler {
  return http.get(/^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[^/]+\/\.well-known\/jwks\.json$/, async ({ request }) => {
    // The token modules behind the answer load on the first JWKS request, not with the package.
    const { jwksAnswer } = await import("./signin/jwks-route.ts");
    const answer = jwksAnswer(context(), new URL(request.url).pathname);
    return answer && new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  });
}

export type CognitoMock = CognitoMockCore & { handlers: HttpHandler[] };
export { createMockCore, type CognitoMockCore, type CognitoMockOptions, type MockAnswer } from "./core.ts";
export { AwsError } from "./protocol/errors.ts";
export type { FaultRule } from "./faults/rules.ts";
export type { MockControl } from "./control/control.ts";
export type { CognitoRequestHandler } from "./request-handler.ts";
export type { TriggerFunctions, TriggerHandler, TriggerRuntime } from "./triggers/runtime.ts";
/** Reads a custom sender event's `code` (the mock's stand-in for KMS; docs/triggers.md). */
export { decryptSenderCode } from "./triggers/sender-crypto.ts";
