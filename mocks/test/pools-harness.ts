// One isolated mock behind msw and a real SDK v3 client, with a clock the test moves, for the pool,
// client and user tests.
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createCognitoMock } from "../index.ts";

export function poolsHarness(seed = 7) {
  let nowMs = Date.UTC(2025, 0, 2, 3, 4, 5, 678);
  const mock = createCognitoMock({ seed, region: "eu-west-1", accountId: "111122223333", clock: { now: () => nowMs } });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());
  const client = new CognitoIdentityProviderClient({
    region: "eu-west-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
  return {
    mock,
    client,
    /** Moves the mock's clock forward. */
    advance: (ms: number) => void (nowMs += ms),
    nowSeconds: () => nowMs / 1000,
  };
}

/** The rejection of a promise that must fail. */
export async function failure(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}
