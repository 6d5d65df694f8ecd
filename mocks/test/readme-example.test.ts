// The in-process example of mocks/README.md, kept working: a user's test with the mock, a per-test override with
// msw's server.use, and fault injection without replacing the mock.
import { CognitoIdentityProviderClient, CreateUserPoolCommand, TooManyRequestsException } from "@aws-sdk/client-cognito-identity-provider";
import { createCognitoMock } from "cognito-conformance";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

const mock = createCognitoMock({ seed: 42 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const cognito = new CognitoIdentityProviderClient({ region: "eu-central-1", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, maxAttempts: 1 });

test("the mock answers a real SDK call, with ids in the caller's region", async () => {
  const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: "demo" }));
  expect(UserPool?.Id).toMatch(/^eu-central-1_[0-9A-Za-z]{9}$/);
});

test("a per-test override with server.use", async () => {
  server.use(http.post(/cognito-idp/, () => HttpResponse.json({ __type: "TooManyRequestsException", message: "Rate exceeded" }, { status: 400 })));
  await expect(cognito.send(new CreateUserPoolCommand({ PoolName: "demo" }))).rejects.toBeInstanceOf(TooManyRequestsException);
});

test("fault injection without replacing the mock", async () => {
  mock.control.faults.set([{ operation: "CreateUserPool", failure: { error: "TooManyRequestsException", count: 1 } }]);
  const error = await cognito.send(new CreateUserPoolCommand({ PoolName: "demo" })).catch((e) => e);
  expect(error).toBeInstanceOf(TooManyRequestsException);
  await expect(cognito.send(new CreateUserPoolCommand({ PoolName: "demo" }))).resolves.toHaveProperty("UserPool.Name", "demo");
});
