// createCognitoMock: an isolated, seeded Cognito user pools mock. Its handlers plug into msw's setupServer;
// everything else (dispatcher, control API, state) is the msw-free core in ./core.ts, which the HTTP server uses.
import type { HttpHandler } from "msw";
import { AWS_ENDPOINTS, createHandlers } from "../generated/handlers.ts";
import { createMockCore, type CognitoMockCore, type CognitoMockOptions } from "./core.ts";

export function createCognitoMock(options: CognitoMockOptions = {}): CognitoMock {
  const core = createMockCore(options);
  // Assigned onto the core object (not spread) so its `state` and `generation` getters stay live.
  return Object.assign(core, { handlers: createHandlers(core.dispatch, options.endpoints ?? [AWS_ENDPOINTS]) as HttpHandler[] });
}

export type CognitoMock = CognitoMockCore & { handlers: HttpHandler[] };
export { createMockCore, type CognitoMockCore, type CognitoMockOptions, type MockAnswer } from "./core.ts";
export { AwsError } from "./protocol/errors.ts";
export type { FaultRule } from "./faults/rules.ts";
export type { MockControl } from "./control/control.ts";
