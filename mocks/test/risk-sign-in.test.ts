// Simulated sign-ins: the risk decision for the effective configuration, the logged event, the mail.
import { AdminListUserAuthEventsCommand, SetRiskConfigurationCommand, SignUpCommand, type SetRiskConfigurationCommandInput } from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { simulateSignIn, type SignInRequest } from "../risk/sign-in.ts";
import { poolsHarness } from "./pools-harness.ts";
import { createClient, createPool, createUser, type PoolOptions } from "./risk-fixtures.ts";

const { client, mock, nowSeconds } = poolsHarness(13);
const signIn = (request: Omit<SignInRequest, "IpAddress"> & { IpAddress?: string }) =>
  simulateSignIn(mock.context(), { IpAddress: "198.51.100.7", ...request });
const listEvents = (UserPoolId: string, Username: string) =>
  client.send(new AdminListUserAuthEventsCommand({ UserPoolId, Username })).then((r) => r.AuthEvents ?? []);
const configure = (input: SetRiskConfigurationCommandInput) => client.send(new SetRiskConfigurationCommand(input));

const NOTIFY = {
  From: "security@example.com",
  ReplyTo: "help@example.com",
  SourceArn: "arn:aws:ses:eu-west-1:111122223333:identity/example.com",
  BlockEmail: {
    Subject: "Blocked sign-in for {username}",
    HtmlBody: "<p>{username} from {ip-address} in {city}, {country} at {login-time} on {device-name}: <a href=\"{one-click-link-valid}\">me</a> <a href=\"{one-click-link-invalid}\">not me</a></p>",
    TextBody: "{username} {ip-address} {city} {country} {login-time} {device-name} {one-click-link-valid} {one-click-link-invalid}",
  },
  MfaEmail: { Subject: "MFA for {username}", TextBody: "Challenged sign-in from {ip-address}" },
};

async function setup(options: PoolOptions = {}, attributes?: Record<string, string>) {
  const pool = await createPool(client, options);
  const user = await createUser(client, pool, "alice", attributes);
  return { pool, user };
}

describe("modes", () => {
  test("OFF records nothing and passes (DOC)", async () => {
    const { pool, user } = await setup({ mode: "OFF" });
    await configure({ UserPoolId: pool, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } } });
    expect(signIn({ UserPoolId: pool, Username: user, RiskLevel: "High" })).toEqual({ EventResponse: "Pass" });
    expect(mock.state.pools.get(pool)!.users.get(user)!.events).toEqual([]);
  });

  test("AUDIT records the event with its risk, takes no action, ignores the lists and sends nothing (DOC)", async () => {
    const { pool, user } = await setup({ mode: "AUDIT" });
    await configure({
      UserPoolId: pool,
      AccountTakeoverRiskConfiguration: { NotifyConfiguration: NOTIFY, Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
      RiskExceptionConfiguration: { BlockedIPRangeList: ["198.51.100.0/24"] },
    });
    const result = signIn({ UserPoolId: pool, Username: user, RiskLevel: "High", CompromisedCredentials: true });
    expect(result).toEqual({
      EventId: expect.any(String),
      FeedbackToken: expect.stringMatching(/^[A-Za-z0-9-_=.]+$/),
      EventResponse: "Pass",
      EventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "High", CompromisedCredentialsDetected: true },
    });
    expect(mock.state.outbox).toEqual([]);
    const [event] = await listEvents(pool, user);
    expect(event).toEqual({
      EventId: result.EventId,
      EventType: "SignIn",
      CreationDate: new Date(nowSeconds() * 1000),
      EventResponse: "Pass",
      EventRisk: result.EventRisk,
      ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Success" }],
      EventContextData: { IpAddress: "198.51.100.7" },
    });
  });

  test("ENFORCED without any configuration records the risk and lets the sign-in through (our default)", async () => {
    const { pool, user } = await setup();
    expect(signIn({ UserPoolId: pool, Username: user, RiskLevel: "High", CompromisedCredentials: true })).toMatchObject({
      EventResponse: "Pass",
      EventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "High", CompromisedCredentialsDetected: true },
    });
  });
});

describe("ENFORCED decisions", () => {
  test("blocked IPs fail, skipped IPs are not evaluated (DOC), over IPv4 and IPv6", async () => {
    const { pool, user } = await setup();
    await configure({
      UserPoolId: pool,
      AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } },
      RiskExceptionConfiguration: { BlockedIPRangeList: ["203.0.113.0/24"], SkippedIPRangeList: ["2001:db8::/32"] },
    });
    expect(signIn({ UserPoolId: pool, Username: user, IpAddress: "203.0.113.9" })).toMatchObject({
      EventResponse: "Fail",
      EventRisk: { RiskDecision: "Block" },
    });
    expect(signIn({ UserPoolId: pool, Username: user, IpAddress: "2001:db8::42", RiskLevel: "High" })).toMatchObject({
      EventResponse: "Pass",
      EventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
    });
    expect(signIn({ UserPoolId: pool, Username: user, IpAddress: "2001:db9::42", RiskLevel: "High" }).EventResponse).toBe("Fail");
  });

  test("compromised credentials are blocked only for events in the EventFilter (DOC)", async () => {
    const { pool, user } = await setup();
    await configure({ UserPoolId: pool, CompromisedCredentialsRiskConfiguration: { EventFilter: ["PASSWORD_CHANGE"], Actions: { EventAction: "BLOCK" } } });
    expect(signIn({ UserPoolId: pool, Username: user, CompromisedCredentials: true, EventType: "PasswordChange" })).toMatchObject({
      EventResponse: "Fail",
      EventRisk: { RiskDecision: "Block", CompromisedCredentialsDetected: true },
    });
    expect(signIn({ UserPoolId: pool, Username: user, CompromisedCredentials: true })).toMatchObject({
      EventResponse: "Pass",
      EventRisk: { CompromisedCredentialsDetected: false },
    });
    const [latest] = await listEvents(pool, user);
    expect(latest?.EventType).toBe("SignIn");
  });

  test("MFA_REQUIRED challenges a user who can do MFA and blocks one who can't; MFA_IF_CONFIGURED lets the latter pass", async () => {
    const pool = await createPool(client, { mfa: "OPTIONAL" });
    const verified = await createUser(client, pool, "verified");
    const unverified = await createUser(client, pool, "unverified", { email: "u@example.com" });
    await configure({
      UserPoolId: pool,
      AccountTakeoverRiskConfiguration: {
        Actions: { MediumAction: { EventAction: "MFA_IF_CONFIGURED", Notify: false }, HighAction: { EventAction: "MFA_REQUIRED", Notify: false } },
      },
    });
    const response = (Username: string, RiskLevel: "Medium" | "High") => signIn({ UserPoolId: pool, Username, RiskLevel });
    expect(response(verified, "High")).toMatchObject({ EventResponse: "InProgress", EventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "High" } });
    expect(response(unverified, "High")).toMatchObject({ EventResponse: "Fail", EventRisk: { RiskDecision: "AccountTakeover" } });
    expect(response(verified, "Medium").EventResponse).toBe("InProgress");
    expect(response(unverified, "Medium").EventResponse).toBe("Pass");
  });

  test("a pool with MFA OFF can't challenge: MFA_REQUIRED fails", async () => {
    const { pool, user } = await setup();
    await configure({ UserPoolId: pool, AccountTakeoverRiskConfiguration: { Actions: { LowAction: { EventAction: "MFA_REQUIRED", Notify: false } } } });
    expect(signIn({ UserPoolId: pool, Username: user, RiskLevel: "Low" }).EventResponse).toBe("Fail");
  });

  test("the client's configuration replaces the pool's for sign-ins through that client", async () => {
    const { pool, user } = await setup();
    const app = await createClient(client, pool);
    const other = await createClient(client, pool);
    await configure({ UserPoolId: pool, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } } });
    await configure({ UserPoolId: pool, ClientId: app, RiskExceptionConfiguration: { SkippedIPRangeList: ["10.0.0.0/8"] } });
    expect(signIn({ UserPoolId: pool, Username: user, ClientId: app, RiskLevel: "High" }).EventResponse).toBe("Pass");
    expect(signIn({ UserPoolId: pool, Username: user, ClientId: other, RiskLevel: "High" }).EventResponse).toBe("Fail");
    expect(signIn({ UserPoolId: pool, Username: user, RiskLevel: "High" }).EventResponse).toBe("Fail");
  });
});

describe("notifications", () => {
  test("Notify renders the template for the outcome with every placeholder and the feedback links", async () => {
    const { pool, user } = await setup();
    await configure({
      UserPoolId: pool,
      AccountTakeoverRiskConfiguration: { NotifyConfiguration: NOTIFY, Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
    });
    const result = signIn({ UserPoolId: pool, Username: user, RiskLevel: "High", City: "Lyon", Country: "France", DeviceName: "Firefox <Linux>", Timezone: "+01:00" });
    expect(mock.state.outbox).toHaveLength(1);
    const mail = mock.state.outbox[0]!;
    const loginTime = new Date(nowSeconds() * 1000).toISOString();
    const link = (value: string) =>
      `https://cognito-conformance.invalid/_mock/feedback?UserPoolId=${pool}&Username=alice&EventId=${result.EventId}&FeedbackToken=${result.FeedbackToken}&FeedbackValue=${value}`;
    const escaped = (url: string) => url.replaceAll("&", "&amp;");
    expect(mail).toEqual({
      userPoolId: pool,
      username: "alice",
      eventId: result.EventId,
      template: "BlockEmail",
      from: "security@example.com",
      replyTo: "help@example.com",
      to: "alice@example.com",
      subject: "Blocked sign-in for alice",
      // Values are HTML-escaped in the HTML body, links included (their & separators).
      htmlBody: `<p>alice from 198.51.100.7 in Lyon, France at ${loginTime} on Firefox &lt;Linux&gt;: <a href="${escaped(link("Valid"))}">me</a> <a href="${escaped(link("Invalid"))}">not me</a></p>`,
      textBody: `alice 198.51.100.7 Lyon France ${loginTime} Firefox <Linux> ${link("Valid")} ${link("Invalid")}`,
      feedbackLinks: { valid: link("Valid"), invalid: link("Invalid") },
      sentAt: nowSeconds(),
    });
    const [event] = await listEvents(pool, user);
    expect(event?.EventContextData).toEqual({ IpAddress: "198.51.100.7", DeviceName: "Firefox <Linux>", Timezone: "+01:00", City: "Lyon", Country: "France" });
  });

  test("MFA outcomes mail MfaEmail; a missing template falls back to the default; Notify=false mails nothing", async () => {
    const pool = await createPool(client, { mfa: "OPTIONAL" });
    const user = await createUser(client, pool);
    await configure({
      UserPoolId: pool,
      AccountTakeoverRiskConfiguration: {
        NotifyConfiguration: NOTIFY,
        Actions: {
          LowAction: { EventAction: "NO_ACTION", Notify: false },
          MediumAction: { EventAction: "NO_ACTION", Notify: true },
          HighAction: { EventAction: "MFA_REQUIRED", Notify: true },
        },
      },
    });
    signIn({ UserPoolId: pool, Username: user, RiskLevel: "Low" });
    expect(mock.state.outbox).toEqual([]);
    signIn({ UserPoolId: pool, Username: user, RiskLevel: "High" });
    signIn({ UserPoolId: pool, Username: user, RiskLevel: "Medium" });
    expect(mock.state.outbox.map((m) => [m.template, m.subject])).toEqual([
      ["MfaEmail", "MFA for alice"],
      ["NoActionEmail", "New sign-in attempt"],
    ]);
    expect(mock.state.outbox[1]!.textBody).toContain(mock.state.outbox[1]!.feedbackLinks.invalid);
  });

  test("a user without an email address gets no mail", async () => {
    const { pool, user } = await setup({}, { phone_number: "+15555550100" });
    await configure({
      UserPoolId: pool,
      AccountTakeoverRiskConfiguration: { NotifyConfiguration: NOTIFY, Actions: { HighAction: { EventAction: "BLOCK", Notify: true } } },
    });
    expect(signIn({ UserPoolId: pool, Username: user, RiskLevel: "High" }).EventResponse).toBe("Fail");
    expect(mock.state.outbox).toEqual([]);
  });
});

describe("bad requests", () => {
  test("unknown pool, client and user get AWS's errors; a bad IpAddress or enum is InvalidParameterException", async () => {
    const { pool, user } = await setup();
    const error = (request: Parameters<typeof signIn>[0]) => {
      try {
        signIn(request);
      } catch (e) {
        return e;
      }
      throw new Error("expected a refusal");
    };
    expect(error({ UserPoolId: "eu-west-1_Nope12345", Username: user })).toMatchObject({ type: "ResourceNotFoundException", awsMessage: "User pool eu-west-1_Nope12345 does not exist." });
    expect(error({ UserPoolId: pool, Username: user, ClientId: "nope" })).toMatchObject({ type: "ResourceNotFoundException", awsMessage: "User pool client nope does not exist." });
    expect(error({ UserPoolId: pool, Username: "bob" })).toMatchObject({ type: "UserNotFoundException", awsMessage: "User does not exist." });
    for (const IpAddress of ["198.51.100.300", "198.51.100.0/24", "", "::g"]) {
      expect(error({ UserPoolId: pool, Username: user, IpAddress })).toMatchObject({ type: "InvalidParameterException" });
    }
    expect(error({ UserPoolId: pool, Username: user, RiskLevel: "Severe" as never })).toMatchObject({ type: "InvalidParameterException" });
    expect(error({ UserPoolId: pool, Username: user, EventType: "Login" as never })).toMatchObject({ type: "InvalidParameterException" });
    expect(error({ UserPoolId: pool, Username: 7 as never })).toMatchObject({ type: "InvalidParameterException" });
    expect(mock.state.pools.get(pool)!.users.get(user)!.events).toEqual([]);
  });
});

describe("a shortcut over the real flow", () => {
  test("the engine's user-state checks apply: an unconfirmed user is refused as a real sign-in is, and nothing more is logged", async () => {
    const pool = await createPool(client);
    const app = await createClient(client, pool);
    await client.send(new SignUpCommand({ ClientId: app, Username: "newcomer", Password: "Sign-up-pa55!" }));
    expect(() => signIn({ UserPoolId: pool, Username: "newcomer" })).toThrowError(expect.objectContaining({ type: "UserNotConfirmedException", awsMessage: "User is not confirmed." }));
    expect(mock.state.pools.get(pool)!.users.get("newcomer")!.events).toHaveLength(1); // the sign-up's own event only
  });
});
