// The control API over HTTP (/_mock/...): a simulated sign-in that shows in AdminListUserAuthEvents, the
// outbox with its feedback links, faults set and cleared, reset, health, and its refusals. Never on `POST /`.
import { AdminListUserAuthEventsCommand, CognitoIdentityProviderClient, DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../server/server.ts";
import { failure } from "./pools-harness.ts";
import { blockAndNotifyHighRisk, createPool, createUser } from "./risk-fixtures.ts";

let server: RunningServer;
let client: CognitoIdentityProviderClient;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 11 });
  client = new CognitoIdentityProviderClient({ endpoint: server.url, region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
});
afterAll(() => server.close());

const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}/_mock/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json(), headers: res.headers };
};

test("sign-in: the decision, the event in AdminListUserAuthEvents, the mail with its feedback links in the outbox", async () => {
  const pool = await createPool(client);
  const user = await createUser(client, pool);
  await blockAndNotifyHighRisk(client, pool, {
    From: "security@example.com",
    SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
    BlockEmail: { Subject: "Blocked {username}", TextBody: "{one-click-link-invalid}" },
  });
  const signIn = await control("POST", "sign-in", { UserPoolId: pool, Username: user, IpAddress: "203.0.113.9", RiskLevel: "High" });
  expect(signIn.status).toBe(200);
  expect(signIn.body).toEqual({
    EventId: expect.any(String),
    FeedbackToken: expect.any(String),
    EventResponse: "Fail",
    EventRisk: expect.objectContaining({ RiskLevel: "High" }),
  });
  const { AuthEvents } = await client.send(new AdminListUserAuthEventsCommand({ UserPoolId: pool, Username: user }));
  expect(AuthEvents?.map((e) => [e.EventId, e.EventResponse])).toEqual([[signIn.body.EventId, "Fail"]]);

  const outbox = await control("GET", "outbox");
  expect(outbox.body.notifications).toHaveLength(1);
  const mail = outbox.body.notifications[0];
  expect([mail.template, mail.subject, mail.eventId]).toEqual(["BlockEmail", "Blocked alice", signIn.body.EventId]);
  expect(mail.feedbackLinks.invalid).toContain(`FeedbackToken=${signIn.body.FeedbackToken}`);
  expect(mail.textBody).toBe(mail.feedbackLinks.invalid);

  // Filtered by pool and user: other pools' and users' mail is left out; an unknown filter is refused, not ignored.
  expect((await control("GET", `outbox?userPoolId=${pool}&username=${user}`)).body.notifications).toEqual([mail]);
  expect((await control("GET", "outbox?userPoolId=us-east-1_other0000")).body.notifications).toEqual([]);
  expect((await control("GET", `outbox?userPoolId=${pool}&username=someone-else`)).body.notifications).toEqual([]);
  const typo = await control("GET", "outbox?user=alice");
  expect([typo.status, typo.body.__type]).toEqual([400, "InvalidParameterException"]);
});

test("a mailed one-click link opens the server's GET /_mock/feedback and records the feedback; a forged token is refused", async () => {
  const pool = await createPool(client);
  const user = await createUser(client, pool);
  await blockAndNotifyHighRisk(client, pool);
  await control("POST", "sign-in", { UserPoolId: pool, Username: user, IpAddress: "203.0.113.10", RiskLevel: "High" });
  const [mail] = (await control("GET", `outbox?userPoolId=${pool}`)).body.notifications;
  expect(mail.feedbackLinks.valid.startsWith(`${server.url}/_mock/feedback?`)).toBe(true);

  const forged = new URL(mail.feedbackLinks.valid);
  forged.searchParams.set("FeedbackToken", "forged.token.value");
  const refused = await fetch(forged);
  expect([refused.status, (await refused.json()).__type]).toEqual([400, "NotAuthorizedException"]);

  const clicked = await fetch(mail.feedbackLinks.valid);
  expect([clicked.status, await clicked.json()]).toEqual([200, { recorded: "Valid" }]);
  const { AuthEvents } = await client.send(new AdminListUserAuthEventsCommand({ UserPoolId: pool, Username: user }));
  expect(AuthEvents?.[0]?.EventFeedback).toMatchObject({ FeedbackValue: "Valid", Provider: expect.any(String), FeedbackDate: expect.any(Date) });
});

test("sign-in with bad input answers the AwsError as JSON with status 400", async () => {
  const missingPool = await control("POST", "sign-in", { UserPoolId: "us-east-1_nothere1", Username: "a", IpAddress: "203.0.113.9" });
  expect([missingPool.status, missingPool.body]).toEqual([400, { __type: "ResourceNotFoundException", message: "User pool us-east-1_nothere1 does not exist." }]);
  expect(missingPool.headers.get("x-amzn-errortype")).toBe("ResourceNotFoundException:");
  const wrongType = await control("POST", "sign-in", { UserPoolId: 7, Username: "a", IpAddress: "x" });
  expect([wrongType.status, wrongType.body.__type]).toEqual([400, "InvalidParameterException"]);
  for (const body of ["null", "[1]", "{nope"]) {
    const res = await fetch(`${server.url}/_mock/sign-in`, { method: "POST", body });
    expect([res.status, (await res.json()).__type]).toEqual([400, "SerializationException"]);
  }
});

test("faults over HTTP: set with rules, see them, throttle a call, clear them", async () => {
  const set = await control("POST", "faults", { rules: [{ operation: "DescribeUserPool", failure: { error: "TooManyRequestsException", count: 1 } }] });
  expect([set.status, set.body.seed, set.body.rules]).toEqual([200, 11, [{ operation: "DescribeUserPool", failure: { error: "TooManyRequestsException", count: 1 } }]]);
  const throttled = await failure(client.send(new DescribeUserPoolCommand({ UserPoolId: "us-east-1_nothere1" })));
  expect([throttled.name, throttled.message]).toEqual(["TooManyRequestsException", "Rate exceeded"]);
  expect((await control("POST", "faults", { preset: "cognito-quotas" })).body.preset).toBe("cognito-quotas");
  expect((await control("POST", "faults", { clear: true })).body).toEqual({ seed: 11, rules: [] });
  const bad = await control("POST", "faults", { rules: [{ operation: "DescribeUserPool", failure: { error: "UserNotFoundException" } }] });
  expect([bad.status, bad.body.__type]).toEqual([400, "InvalidParameterException"]);
  expect((await control("POST", "faults", { unexpected: 1 })).status).toBe(400);
  await control("POST", "faults", { rules: [{ operation: "*", latencyMs: 5 }] });
  expect((await control("DELETE", "faults")).body.rules).toEqual([]);
});

test("reset forgets the state; health reports it", async () => {
  await createPool(client);
  expect((await control("GET", "health")).body.pools).toBeGreaterThan(0);
  expect(await control("POST", "reset")).toMatchObject({ status: 200, body: {} });
  expect((await control("GET", "health")).body).toEqual({ status: "ok", pools: 0 });
});

test("unknown control paths are 404, wrong methods 405; the Cognito path never reaches the control API", async () => {
  expect((await control("GET", "nothing")).status).toBe(404);
  expect((await control("GET", "__proto__")).status).toBe(404);
  const wrongMethod = await control("GET", "reset");
  expect([wrongMethod.status, wrongMethod.headers.get("allow")]).toEqual([405, "POST"]);
  const cognito = await fetch(`${server.url}/`, { method: "POST", headers: { "x-amz-target": "reset" }, body: "{}" });
  expect((await cognito.json()).__type).toBe("UnknownOperationException");
  const query = await fetch(`${server.url}/?/_mock/health`, { method: "GET" });
  expect((await query.json()).__type).toBe("UnknownOperationException");
});
