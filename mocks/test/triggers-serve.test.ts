// Lambda triggers under `serve` (docs/triggers.md): the mock invokes the pool's ARNs through the Lambda Invoke API
// with the AWS SDK v3 Lambda client, at AWS_ENDPOINT_URL_LAMBDA. The endpoint here is a minimal Invoke API in the
// test (POST /2015-03-31/functions/{name}/invocations answering from JS handlers): moto's Lambda backend needs docker
// to run a function, which this machine lacks, and the Invoke API's wire contract (status 200, the
// X-Amz-Function-Error header with {errorMessage, errorType}, 404 ResourceNotFoundException) is small and documented.
// Then `serve --triggers <module>`, the path for teams without an emulator, through the real CLI.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
  type LambdaConfigType,
} from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import type { TriggerFunctions } from "../triggers/runtime.ts";
import { failure } from "./pools-harness.ts";
import { fetchJwks, PASSWORD } from "./signin-setup.ts";
import { serveFunctions } from "./trigger-functions.ts";

const REGION = "eu-central-1";
const ARN = (name: string) => `arn:aws:lambda:${REGION}:111122223333:function:${name}`;
const LAMBDA_CONFIG: LambdaConfigType = {
  PreSignUp: ARN("pre-sign-up"),
  PreTokenGeneration: ARN("pre-token"),
  DefineAuthChallenge: ARN("define"),
  CreateAuthChallenge: ARN("create"),
  VerifyAuthChallengeResponse: ARN("verify"),
};

/** The Invoke API's wire contract, answering from JS handlers; records the paths it was called on. */
async function invokeApi(functions: TriggerFunctions): Promise<{ url: string; calls: string[]; server: Server }> {
  const calls: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url ?? "");
      const name = match ? decodeURIComponent(match[1]!).split(":").at(6) ?? decodeURIComponent(match[1]!) : "";
      calls.push(name);
      const handler = functions[name];
      if (req.method !== "POST" || !handler) {
        res.writeHead(404, { "content-type": "application/json", "x-amzn-errortype": "ResourceNotFoundException" });
        return res.end(JSON.stringify({ Type: "User", message: `Function not found: ${name}` }));
      }
      try {
        const answer = await handler(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.writeHead(200, { "content-type": "application/json", "x-amz-executed-version": "$LATEST" });
        res.end(JSON.stringify(answer ?? null));
      } catch (e) {
        res.writeHead(200, { "content-type": "application/json", "x-amz-function-error": "Unhandled" });
        res.end(JSON.stringify({ errorType: (e as Error).name, errorMessage: (e as Error).message, trace: [] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

async function poolOn(sdk: CognitoIdentityProviderClient) {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "serve-triggers", LambdaConfig: LAMBDA_CONFIG }));
  const { UserPoolClient } = await sdk.send(
    new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: "app", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }),
  );
  return { poolId: UserPool!.Id!, clientId: UserPoolClient!.ClientId! };
}

const sdkAt = (endpoint: string) => new CognitoIdentityProviderClient({ endpoint, region: REGION, credentials: { accessKeyId: "AKIDSERVE", secretAccessKey: "s" }, maxAttempts: 1 });

/** PreSignUp (auto-confirm), a sign-in whose ID token carries pre token generation's claim, and a full CUSTOM_AUTH. */
async function doneWhenScenario(url: string) {
  const sdk = sdkAt(url);
  try {
    const { poolId, clientId } = await poolOn(sdk);
    const signedUp = await sdk.send(new SignUpCommand({ ClientId: clientId, Username: "lea", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "lea@example.com" }] }));
    expect(signedUp.UserConfirmed).toBe(true);
    const refused = await failure(sdk.send(new SignUpCommand({ ClientId: clientId, Username: "max", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "max@blocked.example" }] })));
    expect([refused.name, refused.message]).toEqual(["UserLambdaValidationException", "PreSignUp failed with error Domain not allowed."]);
    expect((await failure(sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: "max" })))).name).toBe("UserNotFoundException");

    const verifier = CognitoJwtVerifier.create({ userPoolId: poolId, tokenUse: "id", clientId });
    const signedIn = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "lea", PASSWORD } }));
    verifier.cacheJwks((await fetchJwks(url, poolId)) as never);
    expect((await verifier.verify(signedIn.AuthenticationResult!.IdToken!)).tenant).toBe("acme");

    const start = await sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "lea" } }));
    expect(start.ChallengeName).toBe("CUSTOM_CHALLENGE");
    const wrong = await sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "lea", ANSWER: "tuna" } }));
    expect(wrong.ChallengeName).toBe("CUSTOM_CHALLENGE");
    const done = await sdk.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: wrong.Session, ChallengeResponses: { USERNAME: "lea", ANSWER: "swordfish" } }));
    // Pre token generation runs on the custom sign-in's tokens too.
    expect((await verifier.verify(done.AuthenticationResult!.IdToken!)).tenant).toBe("acme");
  } finally {
    sdk.destroy();
  }
}

describe("serve invokes triggers through the Lambda Invoke API", () => {
  let lambda: Awaited<ReturnType<typeof invokeApi>>;
  let server: RunningServer;
  const saved = process.env.AWS_ENDPOINT_URL_LAMBDA;
  beforeAll(async () => {
    lambda = await invokeApi(serveFunctions());
    process.env.AWS_ENDPOINT_URL_LAMBDA = lambda.url;
    server = await startServer({ port: 0, seed: 20, region: REGION });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_LAMBDA;
    else process.env.AWS_ENDPOINT_URL_LAMBDA = saved;
    await server?.close();
    await new Promise((resolve) => lambda?.server.close(resolve));
  });

  it("runs pre sign-up, pre token generation and a full CUSTOM_AUTH at the endpoint the SDK resolves", async () => {
    await doneWhenScenario(server.url);
    expect(new Set(lambda.calls)).toEqual(new Set(["pre-sign-up", "pre-token", "define", "create", "verify"]));
  });

  it("a function the endpoint does not know fails as AWS's AccessDenied case", async () => {
    const sdk = sdkAt(server.url);
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "ghost", LambdaConfig: { PreSignUp: ARN("ghost") } }));
    const { UserPoolClient } = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: "app" }));
    const e = await failure(sdk.send(new SignUpCommand({ ClientId: UserPoolClient!.ClientId!, Username: "nia", Password: PASSWORD })));
    expect([e.name, e.message]).toEqual(["UnexpectedLambdaException", "PreSignUp invocation failed due to error AccessDeniedException."]);
    sdk.destroy();
  });
});

describe("serve --triggers <module> (no emulator)", () => {
  let child: ChildProcess;
  let url: string;
  beforeAll(async () => {
    // No Lambda endpoint in its environment: only the module's functions can run.
    const env = { ...process.env };
    delete env.AWS_ENDPOINT_URL_LAMBDA;
    delete env.AWS_ENDPOINT_URL;
    child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", "serve", "--port", "0", "--region", REGION, "--triggers", "mocks/test/trigger-functions.ts"], { stdio: ["ignore", "pipe", "inherit"], env });
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    url = first.slice("listening on ".length);
  });
  afterAll(() => void child?.kill("SIGTERM"));

  it("runs pre sign-up, pre token generation and a full CUSTOM_AUTH from the module", async () => {
    await doneWhenScenario(url);
  });
});
