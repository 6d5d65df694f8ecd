// Threat protection's log export: Set/GetLogDeliveryConfiguration's rules (aws-behavior.md §13.1) and the records
// a real sign-in exports (§13.2, §13.4), kept for the control API when no endpoint is configured.
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  FeatureUnavailableInTierException,
  GetLogDeliveryConfigurationCommand,
  InvalidParameterException,
  ResourceNotFoundException,
  SetLogDeliveryConfigurationCommand,
  UpdateUserPoolCommand,
  type LogConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { javaDateString } from "../logs/record.ts";
import { failure, poolsHarness } from "./pools-harness.ts";
import { createPool, type PoolOptions } from "./risk-fixtures.ts";

const { client, mock } = poolsHarness(18);
const GROUP = "arn:aws:logs:eu-west-1:111122223333:log-group:cognito-exported";
const BUCKET = "arn:aws:s3:::amzn-s3-demo-logging-bucket";
const STREAM = "arn:aws:firehose:eu-west-1:111122223333:deliverystream/example-user-pool-activity-exported";
const PASSWORD = "Corr3ct-horse!";
const activity = (destination: Partial<LogConfigurationType>): LogConfigurationType => ({ LogLevel: "INFO", EventSource: "userAuthEvents", ...destination });
const notification: LogConfigurationType = { LogLevel: "ERROR", EventSource: "userNotification", CloudWatchLogsConfiguration: { LogGroupArn: GROUP } };
const set = (UserPoolId: string, LogConfigurations: LogConfigurationType[]) => client.send(new SetLogDeliveryConfigurationCommand({ UserPoolId, LogConfigurations }));
const get = (UserPoolId: string) => client.send(new GetLogDeliveryConfigurationCommand({ UserPoolId }));
const bySource = (list: LogConfigurationType[] = []) => Object.fromEntries(list.map((c) => [c.EventSource, c]));

// Without an endpoint the records stay with the control API: make sure this process names none.
const ENDPOINT_VARIABLES = ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_FIREHOSE"];
const saved = Object.fromEntries(ENDPOINT_VARIABLES.map((name) => [name, process.env[name]]));
beforeAll(() => ENDPOINT_VARIABLES.forEach((name) => delete process.env[name]));
afterAll(() => Object.entries(saved).forEach(([name, value]) => value !== undefined && (process.env[name] = value)));

describe("SetLogDeliveryConfiguration / GetLogDeliveryConfiguration", () => {
  test("Set answers and Get returns the stored entries, each with only its destination (DOC); compared as a set (order CONFIRMED unstable)", async () => {
    const pool = await createPool(client);
    const answer = await set(pool, [activity({ S3Configuration: { BucketArn: BUCKET } }), notification]);
    expect(answer.LogDeliveryConfiguration?.UserPoolId).toBe(pool);
    const expected = { userAuthEvents: { LogLevel: "INFO", EventSource: "userAuthEvents", S3Configuration: { BucketArn: BUCKET } }, userNotification: notification };
    expect(bySource(answer.LogDeliveryConfiguration?.LogConfigurations)).toEqual(expected);
    expect(bySource((await get(pool)).LogDeliveryConfiguration?.LogConfigurations)).toEqual(expected);
  });

  test("Set replaces the whole list and [] clears it (INFERRED); a never-configured pool answers no entries (our choice)", async () => {
    const pool = await createPool(client);
    expect((await get(pool)).LogDeliveryConfiguration?.LogConfigurations ?? []).toEqual([]);
    await set(pool, [activity({ FirehoseConfiguration: { StreamArn: STREAM } }), notification]);
    await set(pool, [notification]);
    expect((await get(pool)).LogDeliveryConfiguration?.LogConfigurations).toEqual([notification]);
    await set(pool, []);
    expect((await get(pool)).LogDeliveryConfiguration?.LogConfigurations ?? []).toEqual([]);
  });

  test("userNotification needs no Plus plan; userAuthEvents does (DOC; our error for the UNKNOWN answer)", async () => {
    const pool = await createPool(client, { tier: "ESSENTIALS" });
    await set(pool, [notification]);
    const error = await failure(set(pool, [activity({ CloudWatchLogsConfiguration: { LogGroupArn: GROUP } })]));
    expect(error).toBeInstanceOf(FeatureUnavailableInTierException);
    expect((await get(pool)).LogDeliveryConfiguration?.LogConfigurations).toEqual([notification]);
  });

  test.each<[string, LogConfigurationType[]]>([
    ["an item without a destination", [{ LogLevel: "ERROR", EventSource: "userNotification" }]],
    ["the same source twice", [notification, notification]],
    ["userNotification at INFO", [{ ...notification, LogLevel: "INFO" }]],
    ["userAuthEvents at ERROR", [activity({ LogLevel: "ERROR", CloudWatchLogsConfiguration: { LogGroupArn: GROUP } })]],
    ["userNotification to S3", [{ LogLevel: "ERROR", EventSource: "userNotification", S3Configuration: { BucketArn: BUCKET } }]],
    ["userNotification to Firehose", [{ LogLevel: "ERROR", EventSource: "userNotification", FirehoseConfiguration: { StreamArn: STREAM } }]],
    ["userAuthEvents to two destinations", [activity({ S3Configuration: { BucketArn: BUCKET }, FirehoseConfiguration: { StreamArn: STREAM } })]],
    ["a destination without its ARN", [activity({ CloudWatchLogsConfiguration: {} })]],
  ])("%s is refused with InvalidParameterException and stores nothing (pairing DOC, refusal INFERRED)", async (_, list) => {
    const pool = await createPool(client);
    await set(pool, [notification]);
    const error = await failure(set(pool, list));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toMatch(/^Request validation Failed\. /);
    expect((await get(pool)).LogDeliveryConfiguration?.LogConfigurations).toEqual([notification]);
  });

  test("the measured texts: no destination, a source twice, and both in one message, no-destination first (INFERRED)", async () => {
    const pool = await createPool(client);
    const message = async (list: LogConfigurationType[]) => (await failure(set(pool, list))).message;
    const bare: LogConfigurationType = { LogLevel: "ERROR", EventSource: "userNotification" };
    expect(await message([bare])).toBe("Request validation Failed. Following event sources in request have no destination: [userNotification].");
    expect(await message([notification, notification])).toBe("Request validation Failed. Following event sources appear more then once in a request: [userNotification].");
    expect(await message([bare, notification])).toBe(
      "Request validation Failed. Following event sources in request have no destination: [userNotification]. Following event sources appear more then once in a request: [userNotification].",
    );
  });

  test("a log-group ARN ending in :* fails the model pattern at the 1-based member path (CONFIRMED)", async () => {
    const pool = await createPool(client);
    const error = await failure(set(pool, [{ ...notification, CloudWatchLogsConfiguration: { LogGroupArn: `${GROUP}:*` } }]));
    expect(error.message).toContain(`Value '${GROUP}:*' at 'logConfigurations.1.member.cloudWatchLogsConfiguration.logGroupArn' failed to satisfy constraint`);
  });

  test("request rules run before the pool lookup; an unknown pool is ResourceNotFoundException on both (INFERRED)", async () => {
    expect(await failure(set("eu-west-1_nope", [{ LogLevel: "ERROR", EventSource: "userNotification" }]))).toBeInstanceOf(InvalidParameterException);
    expect(await failure(set("eu-west-1_nope", [notification]))).toBeInstanceOf(ResourceNotFoundException);
    expect(await failure(get("eu-west-1_nope"))).toBeInstanceOf(ResourceNotFoundException);
  });
});

/** A PLUS pool, an app client allowing ADMIN_USER_PASSWORD_AUTH and a confirmed user. */
async function signInWorld(options: PoolOptions = {}) {
  const pool = await createPool(client, options);
  const { UserPoolClient } = await client.send(new CreateUserPoolClientCommand({ UserPoolId: pool, ClientName: "app", ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }));
  const clientId = UserPoolClient!.ClientId!;
  await client.send(new AdminCreateUserCommand({ UserPoolId: pool, Username: "alice", MessageAction: "SUPPRESS" }));
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "alice", Password: PASSWORD, Permanent: true }));
  const signIn = (password = PASSWORD) =>
    client.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool,
        ClientId: clientId,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "alice", PASSWORD: password },
        ContextData: { IpAddress: "192.0.2.1", ServerName: "example.com", ServerPath: "/login", HttpHeaders: [{ headerName: "User-Agent", headerValue: "Mozilla/5.0" }] },
      }),
    );
  return { pool, clientId, signIn };
}

describe("exported user-activity records", () => {
  test("a sign-in becomes one record in the export page's shape, kept for the control API without an endpoint", async () => {
    const { pool, clientId, signIn } = await signInWorld({ mode: "ENFORCED" });
    await set(pool, [activity({ CloudWatchLogsConfiguration: { LogGroupArn: GROUP } })]);
    const answer = await signIn();
    const { records, counts } = mock.control.logs({ userPoolId: pool });
    expect(counts.control).toBe(1);
    expect(records).toHaveLength(1);
    const [entry] = records;
    expect(entry!.status).toBe("control");
    expect(entry!.destination).toEqual({ kind: "cloudwatch-logs", arn: GROUP });
    const user = mock.state.pools.get(pool)!.users.get("alice")!;
    const event = user.events[0]!.event;
    const sub = user.user.Attributes!.find((a) => a.Name === "sub")!.Value;
    expect(entry!.record).toEqual({
      eventTimestamp: String(Math.round(event.CreationDate! * 1000)),
      eventSource: expect.any(String), // UNKNOWN (USER_ACTIVITY in the doc, USER_AUTH_EVENTS in client code)
      logLevel: "INFO",
      message: {
        version: "1",
        eventId: event.EventId,
        eventType: "SignIn",
        userSub: sub,
        userName: "alice",
        userPoolId: pool,
        clientId,
        creationDate: javaDateString(event.CreationDate! * 1000),
        eventResponse: "Pass",
        riskLevel: "",
        riskDecision: "PASS",
        challenges: expect.any(Array), // element shape UNKNOWN
        deviceName: expect.any(String),
        ipAddress: "192.0.2.1",
        requestId: answer.$metadata.requestId,
        idpName: "",
        compromisedCredentialDetected: "false",
        city: "",
        country: "",
        eventFeedbackValue: "",
        eventFeedbackDate: "",
        eventFeedbackProvider: "",
        hasContextData: expect.stringMatching(/^(true|false)$/),
      },
      logSourceId: { userPoolId: pool },
    });
    expect(entry!.record.message.creationDate).toMatch(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);
  });

  test("AUDIT exports too; OFF exports nothing; a pool without a userAuthEvents configuration exports nothing (DOC, INFERRED)", async () => {
    const audit = await signInWorld({ mode: "AUDIT" });
    await set(audit.pool, [activity({ S3Configuration: { BucketArn: BUCKET } })]);
    await audit.signIn();
    expect(mock.control.logs({ userPoolId: audit.pool }).records.map((e) => e.record.message.eventType)).toEqual(["SignIn"]);

    const off = await signInWorld({ mode: "OFF" });
    await set(off.pool, [activity({ S3Configuration: { BucketArn: BUCKET } })]);
    await off.signIn();
    expect(mock.control.logs({ userPoolId: off.pool }).records).toEqual([]);

    const notificationsOnly = await signInWorld({ mode: "ENFORCED" });
    await set(notificationsOnly.pool, [notification]);
    await notificationsOnly.signIn();
    expect(mock.control.logs({ userPoolId: notificationsOnly.pool }).records).toEqual([]);
  });

  test("a wrong password is a SignIn record with eventResponse Fail; turning the mode OFF later stops the records", async () => {
    const { pool, signIn } = await signInWorld({ mode: "ENFORCED" });
    await set(pool, [activity({ FirehoseConfiguration: { StreamArn: STREAM } })]);
    await failure(signIn("Wr0ng-password!"));
    const [entry] = mock.control.logs({ userPoolId: pool }).records;
    expect(entry!.record.message).toMatchObject({ eventType: "SignIn", eventResponse: "Fail" });
    expect(entry!.destination.kind).toBe("firehose");
    await client.send(new UpdateUserPoolCommand({ UserPoolId: pool, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "OFF" } }));
    await signIn();
    expect(mock.control.logs({ userPoolId: pool }).records).toHaveLength(1);
  });

  test("reset forgets the records and their counts (they are not state)", async () => {
    const { pool, signIn } = await signInWorld();
    await set(pool, [activity({ CloudWatchLogsConfiguration: { LogGroupArn: GROUP } })]);
    await signIn();
    mock.reset();
    expect(mock.control.logs()).toEqual({ records: [], counts: { control: 0, pending: 0, delivered: 0, dropped: 0 } });
  });
});

describe("javaDateString", () => {
  test("Java's Date.toString() in UTC, whole seconds", () => {
    expect(javaDateString(Date.UTC(2024, 6, 17, 17, 25, 55, 677))).toBe("Wed Jul 17 17:25:55 UTC 2024");
    expect(javaDateString(Date.UTC(2025, 0, 2, 3, 4, 5))).toBe("Thu Jan 02 03:04:05 UTC 2025");
  });
});
