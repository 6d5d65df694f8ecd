// The in-process examples of mocks/README.md and README.md, kept working: a user's test with the mock, a per-test
// override with msw's server.use, fault injection without replacing the mock, and a user signed in with the SDK.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  TooManyRequestsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
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

test("README: a user signed in with the SDK gets tokens that aws-jwt-verify accepts against the pool's JWKS", async () => {
  const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: "app" }));
  const UserPoolId = UserPool!.Id!;
  const { UserPoolClient } = await cognito.send(
    new CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
  );
  await cognito.send(new AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS" }));
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: "Corr3ct-Horse!", Permanent: true }));
  const { AuthenticationResult } = await cognito.send(
    new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: "Corr3ct-Horse!" } }),
  );
  // The JWKS comes from the MSW handler at the real issuer URL, as an app's verifier would fetch it.
  const jwks = await fetch(`https://cognito-idp.eu-central-1.amazonaws.com/${UserPoolId}/.well-known/jwks.json`).then((r) => r.json());
  const verifier = CognitoJwtVerifier.create({ userPoolId: UserPoolId, tokenUse: "access", clientId: UserPoolClient!.ClientId! });
  verifier.cacheJwks(jwks);
  await expect(verifier.verify(AuthenticationResult!.AccessToken!)).resolves.toMatchObject({ username: "alice", token_use: "access" });
  const wrong = await cognito
    .send(new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: "Wr0ng-Horse!" } }))
    .catch((e) => e);
  expect(wrong).toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
});
