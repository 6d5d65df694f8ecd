// The test helper behind cognito-conformance/vitest and cognito-conformance/jest: one mock and one msw server per
// test file; listen before all tests, reset the mock and msw's per-test overrides after each, close after all.
import { setupServer, type SetupServer } from "msw/node";
import { createCognitoMock, type CognitoMock, type CognitoMockOptions } from "../index.ts";

export interface Hooks {
  beforeAll(fn: () => void | Promise<void>): unknown;
  afterEach(fn: () => void | Promise<void>): unknown;
  afterAll(fn: () => void | Promise<void>): unknown;
}

export interface CognitoMockHelperOptions extends CognitoMockOptions {
  /** What msw does with requests no handler answers (default "bypass": the file's other traffic is untouched). */
  onUnhandledRequest?: "bypass" | "warn" | "error";
}

export type CognitoMockForTests = CognitoMock & { server: SetupServer };

export function installCognitoMock(hooks: Hooks, options: CognitoMockHelperOptions = {}): CognitoMockForTests {
  const { onUnhandledRequest = "bypass", ...mockOptions } = options;
  const mock = createCognitoMock(mockOptions);
  const server = setupServer(...mock.handlers);
  hooks.beforeAll(() => server.listen({ onUnhandledRequest }));
  hooks.afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  hooks.afterAll(() => server.close());
  return Object.assign(mock, { server });
}
