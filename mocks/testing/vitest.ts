// `import { useCognitoMock } from "cognito-conformance/vitest"`: call it at the top of a test file.
import { afterAll, afterEach, beforeAll } from "vitest";
import { installCognitoMock, type CognitoMockForTests, type CognitoMockHelperOptions } from "./hooks.ts";

export function useCognitoMock(options: CognitoMockHelperOptions = {}): CognitoMockForTests {
  return installCognitoMock({ beforeAll, afterEach, afterAll }, options);
}

export type { CognitoMockForTests, CognitoMockHelperOptions };
