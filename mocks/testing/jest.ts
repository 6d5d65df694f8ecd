// `import { useCognitoMock } from "cognito-conformance/jest"`: call it at the top of a test file. It uses the
// hooks jest puts on globalThis (its default, injectGlobals), so it imports nothing of jest's.
import { installCognitoMock, type CognitoMockForTests, type CognitoMockHelperOptions, type Hooks } from "./hooks.ts";

export function useCognitoMock(options: CognitoMockHelperOptions = {}): CognitoMockForTests {
  const hooks = globalThis as unknown as Partial<Hooks>;
  if (typeof hooks.beforeAll !== "function" || typeof hooks.afterEach !== "function" || typeof hooks.afterAll !== "function") {
    throw new Error("cognito-conformance/jest: beforeAll/afterEach/afterAll are not globals here (jest's injectGlobals is off?); use installCognitoMock from cognito-conformance/testing with @jest/globals");
  }
  return installCognitoMock(hooks as Hooks, options);
}

export type { CognitoMockForTests, CognitoMockHelperOptions };
