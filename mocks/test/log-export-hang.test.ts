// A destination that accepts connections and never answers: the sign-in answers as usual, each try is cut by the
// request timeout, and after the bounded retries the record is dropped and counted (mocks/logs/delivery.ts).
// How long the sign-in takes meanwhile is measured in bench/ (section "log export"), not here.
import { CreateUserPoolClientCommand, CreateUserPoolCommand, InitiateAuthCommand, SetLogDeliveryConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { createSignInUser, PASSWORD } from "./signin-setup.ts";

const VARIABLES = ["AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
let silent: Server;
const sockets = new Set<Socket>();
let server: RunningServer;
let sdk: CognitoIdentityProviderClient;

beforeAll(async () => {
  silent = createServer((socket) => (sockets.add(socket), socket.on("close", () => sockets.delete(socket))));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as { port: number };
  process.env.AWS_ENDPOINT_URL_CLOUDWATCH_LOGS = `http://127.0.0.1:${port}`;
  process.env.AWS_ACCESS_KEY_ID = "AKIDHANG";
  process.env.AWS_SECRET_ACCESS_KEY = "hang-secret";
  server = await startServer({ port: 0, seed: 1802, region: "us-east-1", logDelivery: { attempts: 2, backoffMs: 10, requestTimeoutMs: 300 } });
  sdk = new CognitoIdentityProviderClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "AKIDSIGNIN", secretAccessKey: "signin-secret" }, maxAttempts: 1 });
});

afterAll(async () => {
  sdk?.destroy();
  await server?.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

test("a hanging CloudWatch Logs endpoint: sign-ins still answer; the record is dropped after the bounded tries", async () => {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "hang", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }));
  const poolId = UserPool!.Id!;
  const { UserPoolClient } = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  await createSignInUser(sdk, poolId, "alice");
  const LogGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:hangs";
  await sdk.send(new SetLogDeliveryConfigurationCommand({ UserPoolId: poolId, LogConfigurations: [{ LogLevel: "INFO", EventSource: "userAuthEvents", CloudWatchLogsConfiguration: { LogGroupArn } }] }));
  const signIn = () => sdk.send(new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
  for (let i = 0; i < 3; i++) expect((await signIn()).AuthenticationResult?.AccessToken).toBeTruthy();
  expect(server.mock.control.logs({ userPoolId: poolId }).counts.pending).toBeGreaterThan(0);
  await server.mock.control.flushLogs();
  const { records, counts } = server.mock.control.logs({ userPoolId: poolId });
  expect(records.map((r) => r.status)).toEqual(["dropped", "dropped", "dropped"]);
  expect(records.every((r) => r.attempts === 2)).toBe(true);
  expect(counts).toMatchObject({ dropped: 3, pending: 0, delivered: 0 });
});
