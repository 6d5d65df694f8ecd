// --state-file and log export: the delivery configuration is pool state and survives a restart (checked against
// the state file after every commit); exported records in flight are not state and start empty.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CognitoIdentityProviderClient, GetLogDeliveryConfigurationCommand, SetLogDeliveryConfigurationCommand } from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "vitest";
import { startServer } from "../server/server.ts";
import { createPool, createUser } from "./risk-fixtures.ts";

const clientFor = (url: string) =>
  new CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });

test("a restart keeps the delivery configuration, and records start again from none", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "cc-logs-")), "state.json");
  const LogConfigurations = [
    { LogLevel: "INFO" as const, EventSource: "userAuthEvents" as const, S3Configuration: { BucketArn: "arn:aws:s3:::amzn-s3-demo-logging-bucket" } },
    { LogLevel: "ERROR" as const, EventSource: "userNotification" as const, CloudWatchLogsConfiguration: { LogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:g" } },
  ];
  const first = await startServer({ port: 0, seed: 31, stateFile: file, checkStateFile: true });
  const c1 = clientFor(first.url);
  const pool = await createPool(c1);
  const user = await createUser(c1, pool);
  await c1.send(new SetLogDeliveryConfigurationCommand({ UserPoolId: pool, LogConfigurations }));
  await fetch(`${first.url}/_mock/sign-in`, { method: "POST", body: JSON.stringify({ UserPoolId: pool, Username: user, IpAddress: "192.0.2.1" }) });
  expect(first.mock.control.logs({ userPoolId: pool }).records).toHaveLength(1);
  const stored = (await c1.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: pool }))).LogDeliveryConfiguration;
  c1.destroy();
  await first.close();

  const second = await startServer({ port: 0, seed: 31, stateFile: file, checkStateFile: true });
  const c2 = clientFor(second.url);
  try {
    expect((await c2.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: pool }))).LogDeliveryConfiguration).toEqual(stored);
    expect(second.mock.control.logs()).toEqual({ records: [], counts: { control: 0, pending: 0, delivered: 0, dropped: 0 } });
    // An empty list clears it, and that is stored too.
    await c2.send(new SetLogDeliveryConfigurationCommand({ UserPoolId: pool, LogConfigurations: [] }));
  } finally {
    c2.destroy();
    await second.close();
  }
  const third = await startServer({ port: 0, seed: 31, stateFile: file });
  const c3 = clientFor(third.url);
  try {
    expect((await c3.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: pool }))).LogDeliveryConfiguration?.LogConfigurations ?? []).toEqual([]);
  } finally {
    c3.destroy();
    await third.close();
  }
});
