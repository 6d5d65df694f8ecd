// mock.requestHandler: the SDK v3 client over the dispatcher, without msw or sockets. Its answers (status, headers,
// body, and so the SDK's outputs and errors) are serve's for the same calls; strict SigV4 verification and faults
// act on it as on serve; the vitest helper's mock offers it, and it does not go through msw.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { HttpRequest } from "@smithy/protocol-http";
import { useCognitoMock } from "cognito-conformance/vitest";
import { http, HttpResponse } from "msw";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createMockCore } from "../core.ts";
import { startServer, type RunningServer } from "../server/server.ts";

const CREDENTIALS = { accessKeyId: "AKIDHANDLER", secretAccessKey: "handler-secret" };
const clock = { now: () => Date.UTC(2026, 0, 2, 3, 4, 5) };
const helper = useCognitoMock({ seed: 3 });

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 11, clock });
});
afterAll(() => server.close());

const viaServe = () => new CognitoIdentityProviderClient({ endpoint: server.url, region: "eu-west-1", credentials: CREDENTIALS, maxAttempts: 1 });
const viaHandler = (requestHandler = createMockCore({ seed: 11, clock }).requestHandler) =>
  new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: CREDENTIALS, maxAttempts: 1, requestHandler });

/** Every output or error, as the SDK gives it to the caller. */
async function outcome(client: CognitoIdentityProviderClient, command: unknown): Promise<{ ok?: any; error?: { name: string; message: string; $metadata?: unknown; $fault?: string } }> {
  try {
    return { ok: await client.send(command as never) };
  } catch (e) {
    const error = e as Error & { $metadata?: unknown; $fault?: string };
    return { error: { name: error.name, message: error.message, $metadata: error.$metadata, $fault: error.$fault } };
  }
}

test("the same calls through serve and through the request handler give the SDK the same outputs and errors", async () => {
  const serve = viaServe();
  const handler = viaHandler();
  const script = [
    new CreateUserPoolCommand({ PoolName: "same" }),
    new DescribeUserPoolCommand({ UserPoolId: "eu-west-1_nothere01" }),
    new CreateUserPoolCommand({ PoolName: "" }),
  ];
  const first = await outcome(handler, script[0]);
  expect(first.ok?.UserPool?.Id).toMatch(/^eu-west-1_/);
  expect(first).toEqual(await outcome(serve, script[0]));
  for (const command of script.slice(1)) {
    const answer = await outcome(handler, command);
    expect(answer.error?.name).toMatch(/Exception$/);
    expect(answer).toEqual(await outcome(serve, command));
  }
  const describe = new DescribeUserPoolCommand({ UserPoolId: first.ok!.UserPool!.Id! });
  expect(await outcome(handler, describe)).toEqual(await outcome(serve, describe));
});

test("the raw answer: serve's status, headers (but the connection's own) and bytes", async () => {
  const mock = createMockCore({ seed: 11, clock });
  const twin = await startServer({ port: 0, seed: 11, clock });
  try {
    const url = new URL(twin.url);
    const request = {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService.DescribeUserPool",
        Authorization: "AWS4-HMAC-SHA256 Credential=AKIDHANDLER/20260102/eu-west-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0",
        host: url.host,
      },
      body: JSON.stringify({ UserPoolId: "eu-west-1_nothere01" }),
    };
    const { response } = await mock.requestHandler.handle(new HttpRequest({ protocol: "http:", hostname: url.hostname, port: Number(url.port), path: "/", ...request }));
    const overHttp = await fetch(twin.url, request);
    const served: Record<string, string> = {};
    overHttp.headers.forEach((value, name) => void (["date", "connection", "keep-alive"].includes(name) || (served[name] = value)));
    expect(response.statusCode).toBe(overHttp.status);
    expect(response.headers).toEqual(served);
    expect(Buffer.from(response.body)).toEqual(Buffer.from(await overHttp.arrayBuffer()));
  } finally {
    await twin.close();
  }
});

test("strict signature verification refuses a wrong secret through the handler, as serve does", async () => {
  const strict = createMockCore({ seed: 1, verifySignatures: { credentials: [CREDENTIALS] } });
  const good = viaHandler(strict.requestHandler);
  const bad = new CognitoIdentityProviderClient({ region: "eu-west-1", credentials: { ...CREDENTIALS, secretAccessKey: "wrong" }, maxAttempts: 1, requestHandler: strict.requestHandler });
  await expect(good.send(new CreateUserPoolCommand({ PoolName: "signed" }))).resolves.toMatchObject({ UserPool: { Name: "signed" } });
  await expect(bad.send(new CreateUserPoolCommand({ PoolName: "forged" }))).rejects.toMatchObject({ name: "InvalidSignatureException", $metadata: { httpStatusCode: 400 } });
});

test("faults act on the handler: an injected error, then injected latency", async () => {
  const mock = createMockCore({ seed: 2 });
  const client = viaHandler(mock.requestHandler);
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: "faulty" }));
  mock.control.faults.set({ operation: "DescribeUserPool", failure: { error: "TooManyRequestsException", count: 1 } });
  await expect(client.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id! }))).rejects.toMatchObject({ name: "TooManyRequestsException" });
  mock.control.faults.set({ operation: "DescribeUserPool", latencyMs: 80 });
  const started = Date.now();
  await client.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id! }));
  expect(Date.now() - started).toBeGreaterThanOrEqual(75);
});

test("an aborted call is refused before it reaches the mock", async () => {
  const mock = createMockCore({ seed: 4 });
  const controller = new AbortController();
  controller.abort();
  await expect(viaHandler(mock.requestHandler).send(new CreateUserPoolCommand({ PoolName: "never" }), { abortSignal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  expect(mock.state.pools.size).toBe(0);
});

test("useCognitoMock's mock offers the handler, which signs a user in and bypasses msw (an override does not see it)", async () => {
  helper.server.use(http.post(/cognito-idp/, () => HttpResponse.json({ __type: "InternalErrorException", message: "msw answered" }, { status: 500 })));
  const client = viaHandler(helper.requestHandler);
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: "helper" }));
  const UserPoolId = UserPool!.Id!;
  const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  await client.send(new AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS" }));
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: "Corr3ct-Horse!", Permanent: true }));
  const { AuthenticationResult } = await client.send(
    new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: "Corr3ct-Horse!" } }),
  );
  expect(AuthenticationResult?.AccessToken?.split(".")).toHaveLength(3);
  expect(helper.state.pools.get(UserPoolId)).toBeDefined();
});
