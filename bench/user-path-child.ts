// The child process of bench/user-path.ts: the built package (dist/) used as a team's test suite uses it, through
// SDK v3. Prints one JSON line. `node --import tsx bench/user-path-child.ts sign-in <pools> <shared|unique> <msw|handler>`
// or `... calls <calls> <rounds> <serve-url>`.
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
  type CognitoIdentityProviderClientConfig,
} from "@aws-sdk/client-cognito-identity-provider";
import { setupServer } from "msw/node";

// The built package (bench/user-path.ts builds it first); typed from the sources, so type-checking needs no build.
const DIST = new URL("../dist/mocks/index.js", import.meta.url).href;
const { createCognitoMock } = (await import(DIST)) as typeof import("../mocks/index.ts");

const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" };
const PASSWORD = "Bench-passw0rd!";
const client = (extra: Partial<CognitoIdentityProviderClientConfig> = {}) => new CognitoIdentityProviderClient({ region: "us-east-1", credentials, maxAttempts: 1, ...extra });
const [, , what, ...args] = process.argv;

/** A pool, a USER_PASSWORD_AUTH client and a confirmed user; then the first sign-in and a second one, each timed. */
async function freshPoolSignIns(cognito: CognitoIdentityProviderClient): Promise<[number, number]> {
  const { UserPool } = await cognito.send(new CreateUserPoolCommand({ PoolName: "fresh" }));
  const UserPoolId = UserPool!.Id!;
  const { UserPoolClient } = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  await cognito.send(new AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS" }));
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  const signIn = new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } });
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const { AuthenticationResult } = await cognito.send(signIn);
    times.push(performance.now() - started);
    if (!AuthenticationResult?.AccessToken) throw new Error("no tokens");
  }
  return times as [number, number];
}

if (what === "sign-in") {
  const [pools, keys, path] = [Number(args[0]), args[1] as "shared" | "unique", args[2]];
  const server = setupServer();
  if (path === "msw") server.listen({ onUnhandledRequest: "error" });
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < pools; i++) {
    const mock = createCognitoMock({ seed: i, keys }); // a fresh mock per test, as a suite makes them
    server.resetHandlers(...mock.handlers);
    const [a, b] = await freshPoolSignIns(path === "msw" ? client() : client({ requestHandler: mock.requestHandler }));
    first.push(a);
    second.push(b);
  }
  server.close();
  console.log(JSON.stringify({ first, second }));
} else if (what === "calls") {
  const [calls, rounds, serveUrl] = [Number(args[0]), Number(args[1]), args[2]];
  const mock = createCognitoMock({ seed: 1 });
  const msw = setupServer(...mock.handlers);
  const viaHandler = client({ requestHandler: mock.requestHandler });
  const { UserPool } = await viaHandler.send(new CreateUserPoolCommand({ PoolName: "calls" }));
  const { UserPool: served } = await client({ endpoint: serveUrl }).send(new CreateUserPoolCommand({ PoolName: "calls" }));
  // The SDK's own floor: the same client over a handler that answers the mock's bytes for this call, fixed.
  const { response } = await mock.requestHandler.handle({ method: "POST", protocol: "https:", hostname: "cognito-idp.us-east-1.amazonaws.com", path: "/", headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.DescribeUserPool", authorization: "AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0" }, body: JSON.stringify({ UserPoolId: UserPool!.Id }) });
  if (response.statusCode !== 200) throw new Error(`DescribeUserPool answered ${response.statusCode}`);
  const fixed = { metadata: { handlerProtocol: "http/1.1" }, handle: async () => ({ response: { statusCode: 200, headers: { ...response.headers }, body: response.body } }), updateHttpClientConfig() {}, httpHandlerConfigs: () => ({}), destroy() {} };
  const paths = {
    floor: { client: client({ requestHandler: fixed }), id: UserPool!.Id!, msw: false },
    handler: { client: viaHandler, id: UserPool!.Id!, msw: false },
    msw: { client: client(), id: UserPool!.Id!, msw: true },
    serve: { client: client({ endpoint: serveUrl }), id: served!.Id!, msw: false },
  };
  const samples: Record<string, number[]> = { floor: [], handler: [], msw: [], serve: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, path] of Object.entries(paths)) {
      if (path.msw) msw.listen({ onUnhandledRequest: "error" });
      const command = new DescribeUserPoolCommand({ UserPoolId: path.id });
      for (let i = 0; i < calls / 5; i++) await path.client.send(command); // warm-up
      for (let i = 0; i < calls; i++) {
        const started = performance.now();
        await path.client.send(command);
        samples[name].push(performance.now() - started);
      }
      if (path.msw) msw.close();
    }
  }
  console.log(JSON.stringify(samples));
} else {
  throw new Error(`unknown: ${what}`);
}
