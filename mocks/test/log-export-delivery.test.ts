// Real delivery of exported user-activity records (aws-behavior.md §13.3): `serve` sends them through the AWS SDK v3
// clients to the endpoint the SDK resolves from AWS_ENDPOINT_URL_*: here moto's own server, read back with the SDK.
// A destination that refuses is retried, then counted as dropped, and the sign-in never notices.
import { CloudWatchLogsClient, CreateLogGroupCommand, FilterLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SetLogDeliveryConfigurationCommand,
  type LogConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";
import { CreateDeliveryStreamCommand, FirehoseClient } from "@aws-sdk/client-firehose";
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PEERS, type RunningPeer } from "../../suites/peers/emulators.ts";
import type { LogsSnapshot } from "../logs/delivery.ts";
import { startSignInServer, createSignInUser, PASSWORD, type SignInWorld } from "./signin-setup.ts";

const REGION = "us-east-1";
const ACCOUNT = "123456789012";
const CREDENTIALS = { accessKeyId: "AKIDLOGEXPORT", secretAccessKey: "log-export-secret" };
const VARIABLES = ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_FIREHOSE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];

let moto: RunningPeer | undefined;
let skipped: string | undefined;
let world: SignInWorld;
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  const start = await PEERS.moto();
  if ("skipped" in start) {
    skipped = start.skipped;
    console.warn(`SKIPPED log delivery to moto: ${skipped}`);
    return;
  }
  moto = start.peer;
  // What a user does: point the SDK's endpoint variables at the local service, with fake credentials.
  process.env.AWS_ENDPOINT_URL_CLOUDWATCH_LOGS = moto.endpoint;
  process.env.AWS_ENDPOINT_URL_S3 = moto.endpoint;
  process.env.AWS_ENDPOINT_URL_FIREHOSE = moto.endpoint;
  process.env.AWS_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
  world = await startSignInServer(1801, REGION);
}, 120_000);

afterAll(async () => {
  await world?.close();
  await moto?.stop();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const clientConfig = () => ({ endpoint: moto!.endpoint, region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });

/** A PLUS pool with threat protection ENFORCED, a public client for USER_PASSWORD_AUTH, a confirmed user. */
async function pool(sdk: CognitoIdentityProviderClient, configurations: LogConfigurationType[]) {
  const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: "log-export", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
  const poolId = UserPool!.Id!;
  const { UserPoolClient } = await sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  await createSignInUser(sdk, poolId, "alice");
  await sdk.send(new SetLogDeliveryConfigurationCommand({ UserPoolId: poolId, LogConfigurations: configurations }));
  const clientId = UserPoolClient!.ClientId!;
  const signIn = () => sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
  return { poolId, clientId, signIn };
}

/** Polls until `read` answers something (delivery is asynchronous; its latency is UNKNOWN, so no figure is asserted). */
async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("nothing arrived in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const controlLogs = async (userPoolId: string): Promise<LogsSnapshot> => (await fetch(`${world.url}/_mock/logs?userPoolId=${userPoolId}`)).json();

/** The documented shape (export page, DOC): every leaf a string; fields the docs leave open only typed. */
function expectDocumentedShape(record: any, ids: { poolId: string; clientId: string; requestId?: string }) {
  expect(Object.keys(record).sort()).toEqual(["eventSource", "eventTimestamp", "logLevel", "logSourceId", "message"]);
  expect(record.eventTimestamp).toMatch(/^\d{13}$/);
  expect(record.logLevel).toBe("INFO");
  expect(record.logSourceId).toEqual({ userPoolId: ids.poolId });
  expect(record.message).toMatchObject({
    version: "1",
    eventType: "SignIn",
    userName: "alice",
    userPoolId: ids.poolId,
    clientId: ids.clientId,
    eventResponse: "Pass",
    riskLevel: "",
    riskDecision: "PASS",
    compromisedCredentialDetected: "false",
    idpName: "",
    eventFeedbackValue: "",
    eventFeedbackDate: "",
    eventFeedbackProvider: "",
  });
  expect(record.message.eventId).toMatch(/^[0-9a-f-]{36}$/);
  expect(record.message.userSub).toMatch(/^[0-9a-f-]{36}$/);
  expect(record.message.ipAddress).toBe("127.0.0.1");
  expect(record.message.creationDate).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);
  if (ids.requestId) expect(record.message.requestId).toBe(ids.requestId);
  for (const name of ["eventSource", "eventTimestamp", "logLevel"]) expect(typeof record[name]).toBe("string");
}

describe("delivery through the SDK to moto", () => {
  test("a sign-in through serve lands in the configured CloudWatch Logs group in the documented shape", async (ctx) => {
    if (skipped) return ctx.skip(skipped);
    const logs = new CloudWatchLogsClient(clientConfig());
    const group = "cognito-exported";
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    const { poolId, clientId, signIn } = await pool(world.sdk, [{ LogLevel: "INFO", EventSource: "userAuthEvents", CloudWatchLogsConfiguration: { LogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group}` } }]);
    const answer = await signIn();
    expect(answer.AuthenticationResult?.AccessToken).toBeTruthy();
    // Read back across the group's streams (AWS's stream name is UNKNOWN: not asserted).
    const events = await eventually(async () => {
      const found = await logs.send(new FilterLogEventsCommand({ logGroupName: group }));
      return found.events?.length ? found.events : undefined;
    });
    expect(events).toHaveLength(1);
    expectDocumentedShape(JSON.parse(events[0]!.message!), { poolId, clientId, requestId: answer.$metadata.requestId });
    expect((await controlLogs(poolId)).counts).toMatchObject({ delivered: 1, dropped: 0, pending: 0, control: 0 });
    logs.destroy();
  });

  test("S3: the record arrives as an object in the configured bucket (key layout and compression UNKNOWN: only read)", async (ctx) => {
    if (skipped) return ctx.skip(skipped);
    const s3 = new S3Client({ ...clientConfig(), forcePathStyle: true });
    const bucket = "amzn-s3-demo-logging-bucket";
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const { poolId, clientId, signIn } = await pool(world.sdk, [{ LogLevel: "INFO", EventSource: "userAuthEvents", S3Configuration: { BucketArn: `arn:aws:s3:::${bucket}` } }]);
    const answer = await signIn();
    const key = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents?.[0]?.Key);
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const bytes = Buffer.from(await object.Body!.transformToByteArray());
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("utf8");
    const records = text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
    expect(records).toHaveLength(1);
    expectDocumentedShape(records[0], { poolId, clientId, requestId: answer.$metadata.requestId });
    s3.destroy();
  });

  test("Firehose: PutRecord into the configured stream, read back from the stream's own S3 destination", async (ctx) => {
    if (skipped) return ctx.skip(skipped);
    const s3 = new S3Client({ ...clientConfig(), forcePathStyle: true });
    const firehose = new FirehoseClient(clientConfig());
    const bucket = "firehose-landing";
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const stream = "example-user-pool-activity-exported";
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: stream,
        ExtendedS3DestinationConfiguration: { BucketARN: `arn:aws:s3:::${bucket}`, RoleARN: `arn:aws:iam::${ACCOUNT}:role/firehose` },
        Tags: [{ Key: "LogDeliveryEnabled", Value: "true" }],
      }),
    );
    const { poolId, clientId, signIn } = await pool(world.sdk, [{ LogLevel: "INFO", EventSource: "userAuthEvents", FirehoseConfiguration: { StreamArn: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/${stream}` } }]);
    const answer = await signIn();
    const key = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents?.[0]?.Key);
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const records = (await object.Body!.transformToString()).split("\n").filter(Boolean).map((line) => JSON.parse(line));
    expect(records).toHaveLength(1);
    expectDocumentedShape(records[0], { poolId, clientId, requestId: answer.$metadata.requestId });
    s3.destroy();
    firehose.destroy();
  });

  test("a destination that refuses (no such log group) is retried, then dropped and counted; the sign-in succeeds", async (ctx) => {
    if (skipped) return ctx.skip(skipped);
    const { poolId, signIn } = await pool(world.sdk, [{ LogLevel: "INFO", EventSource: "userAuthEvents", CloudWatchLogsConfiguration: { LogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:never-created` } }]);
    expect((await signIn()).AuthenticationResult?.AccessToken).toBeTruthy();
    const snapshot = await eventually(async () => {
      const logs = await controlLogs(poolId);
      return logs.records[0]?.status === "dropped" ? logs : undefined;
    });
    expect(snapshot.records).toHaveLength(1);
    expect(snapshot.records[0]!.attempts).toBeGreaterThan(1);
    expect(snapshot.records[0]!.lastError).toBe("ResourceNotFoundException");
    expect(snapshot.counts.dropped).toBeGreaterThanOrEqual(1);
  });
});
