// Threat protection as a real client meets it: the AWS SDK v3 through `serve` from a blocked address (the
// socket's own, 127.0.0.1) gets AWS's error, from a skipped address (ContextData) gets tokens, and both events are
// listed; the tokens carry their event's id (aws-behavior.md §11). Risk rules and the compromised list over HTTP, kept by
// --state-file.
import {
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  ChangePasswordCommand,
  AdminListUserAuthEventsCommand,
  InitiateAuthCommand,
  SetRiskConfigurationCommand,
  UpdateUserPoolCommand,
  type AuthEventType,
} from "@aws-sdk/client-cognito-identity-provider";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isCompromisedPassword } from "../risk/compromised.ts";
import { startServer } from "../server/server.ts";
import { createSignInPool, createSignInUser, decodeJwt, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let pool: PoolSetup;
beforeAll(async () => {
  world = await startSignInServer(71);
  pool = await createSignInPool(world.sdk);
  await world.sdk.send(new UpdateUserPoolCommand({ UserPoolId: pool.poolId, UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }));
  await createSignInUser(world.sdk, pool.poolId, "rita");
});
afterAll(() => world?.close());

const contextData = (IpAddress: string) => ({ IpAddress, ServerName: "app.example.com", ServerPath: "/login", HttpHeaders: [{ headerName: "User-Agent", headerValue: "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0.0.0 Safari/537.36" }] });
/** AWS's DeviceName form, `<agent>, <system>` (§11 CONFIRMED: `0 Botocore 1, Other`); the exact text is the mock's choice. */
const AWS_DEVICE_FORM = /^\S.*, \S+$/;
const events = async (): Promise<AuthEventType[]> => (await world.sdk.send(new AdminListUserAuthEventsCommand({ UserPoolId: pool.poolId, Username: "rita" }))).AuthEvents ?? [];

describe("the SDK v3 through serve", () => {
  test("from a blocked address (the caller's socket) NotAuthorizedException; from a skipped one (ContextData) tokens; both events listed", async () => {
    await world.sdk.send(
      new SetRiskConfigurationCommand({
        UserPoolId: pool.poolId,
        // Every level blocks, and the mock's risk rule makes the skipped address High risk: only the skip list lets it in.
        AccountTakeoverRiskConfiguration: { Actions: Object.fromEntries(["LowAction", "MediumAction", "HighAction"].map((a) => [a, { EventAction: "BLOCK", Notify: false }])) },
        RiskExceptionConfiguration: { BlockedIPRangeList: ["127.0.0.0/8"], SkippedIPRangeList: ["198.51.100.0/24"] },
      }),
    );
    world.server.mock.control.riskRules.set([{ RiskLevel: "High", IpRange: "198.51.100.0/24" }]);

    const blocked = await world.sdk
      .send(new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: "rita", PASSWORD } }))
      .catch((e) => e);
    expect([blocked?.name, blocked?.message, blocked?.$metadata?.httpStatusCode]).toEqual(["NotAuthorizedException", "Request not allowed due to security reasons.", 400]);

    const signedIn = await world.sdk.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool.poolId,
        ClientId: pool.clientId,
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: "rita", PASSWORD },
        ContextData: contextData("198.51.100.77"),
      }),
    );
    expect(signedIn.AuthenticationResult?.AccessToken).toMatch(/^eyJ/);

    const listed = await events();
    expect(listed).toHaveLength(2);
    const fail = listed.find((e) => e.EventResponse === "Fail")!;
    const pass = listed.find((e) => e.EventResponse === "Pass")!;
    expect(fail).toMatchObject({ EventType: "SignIn", EventRisk: { RiskDecision: "Block", CompromisedCredentialsDetected: false }, EventContextData: { IpAddress: "127.0.0.1" } });
    expect(fail.EventRisk).not.toHaveProperty("RiskLevel");
    expect(fail.EventContextData?.DeviceName).toMatch(AWS_DEVICE_FORM);
    expect(pass).toMatchObject({
      EventType: "SignIn",
      EventRisk: { RiskDecision: "NoRisk", CompromisedCredentialsDetected: false },
      ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Success" }],
      EventContextData: { IpAddress: "198.51.100.77" },
    });
    expect(pass.EventContextData?.DeviceName).toMatch(AWS_DEVICE_FORM);
    expect(decodeJwt(signedIn.AuthenticationResult!.AccessToken!).payload.event_id).toBe(pass.EventId);
    expect(decodeJwt(signedIn.AuthenticationResult!.IdToken!).payload.event_id).toBe(pass.EventId);
  });

  test("a device marker in UserContextData.EncodedData makes a sign-in High risk: BLOCK answers `Unable to login because of security reasons.`", async () => {
    await world.sdk.send(new SetRiskConfigurationCommand({ UserPoolId: pool.poolId, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } } }));
    world.server.mock.control.riskRules.set([{ RiskLevel: "High", DeviceMarker: "stolen-laptop-7" }]);
    const signIn = (EncodedData: string) =>
      world.sdk.send(new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: "rita", PASSWORD }, UserContextData: { EncodedData } }));
    const refused = await signIn("fingerprint:stolen-laptop-7:v1").catch((e) => e);
    expect([refused?.name, refused?.message]).toEqual(["NotAuthorizedException", "Unable to login because of security reasons."]);
    expect((await signIn("fingerprint:office-desktop:v1")).AuthenticationResult?.AccessToken).toMatch(/^eyJ/);
    const [blocked] = (await events()).filter((e) => e.EventRisk?.RiskDecision === "Block" && e.EventRisk.RiskLevel === "High");
    expect(blocked).toMatchObject({ EventResponse: "Fail", EventContextData: { IpAddress: "127.0.0.1" } });
  });

  test("compromised credentials with BLOCK: ChangePassword to a breached password is refused with AWS's text; a password sign-in with one sets RESET_REQUIRED", async () => {
    await world.sdk.send(new SetRiskConfigurationCommand({ UserPoolId: pool.poolId, CompromisedCredentialsRiskConfiguration: { Actions: { EventAction: "BLOCK" } } }));
    await createSignInUser(world.sdk, pool.poolId, "carl");
    const { AuthenticationResult } = await world.sdk.send(new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: "carl", PASSWORD } }));
    const change = await world.sdk
      .send(new ChangePasswordCommand({ AccessToken: AuthenticationResult!.AccessToken!, PreviousPassword: PASSWORD, ProposedPassword: "Password123!" }))
      .catch((e) => e);
    expect([change?.name, change?.message]).toEqual(["InvalidPasswordException", "Provided password cannot be used for security reasons."]);

    // An admin may still set one (AdminSetUserPassword is no event); the next password sign-in is refused and the user must reset.
    await world.sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.poolId, Username: "carl", Password: "Password123!", Permanent: true }));
    const signIn = await world.sdk
      .send(new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: pool.clientId, AuthParameters: { USERNAME: "carl", PASSWORD: "Password123!" } }))
      .catch((e) => e);
    expect(signIn?.name).toBe("PasswordResetRequiredException");
    expect((await world.sdk.send(new AdminGetUserCommand({ UserPoolId: pool.poolId, Username: "carl" }))).UserStatus).toBe("RESET_REQUIRED");
    const listed = (await world.sdk.send(new AdminListUserAuthEventsCommand({ UserPoolId: pool.poolId, Username: "carl" }))).AuthEvents ?? [];
    expect(listed.map((e) => [e.EventType, e.EventResponse, e.EventRisk?.CompromisedCredentialsDetected]).sort()).toEqual([
      ["PasswordChange", "Fail", true],
      ["SignIn", "Fail", true],
      ["SignIn", "Pass", false],
    ]);
  });

  test("a real sign-in blocked by a High-risk rule mails BlockEmail with every placeholder filled; its one-click link records the feedback on that event", async () => {
    await world.sdk.send(
      new SetRiskConfigurationCommand({
        UserPoolId: pool.poolId,
        AccountTakeoverRiskConfiguration: {
          NotifyConfiguration: {
            SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
            BlockEmail: { Subject: "Blocked {username}", TextBody: "{username} {ip-address} {city} {country} {login-time} {device-name} {event-id} {feedback-token} {one-click-link-valid} {one-click-link-invalid}" },
          },
          Actions: { HighAction: { EventAction: "BLOCK", Notify: true } },
        },
      }),
    );
    world.server.mock.control.riskRules.set([{ RiskLevel: "High", Username: "rita" }]);
    const refused = await world.sdk
      .send(new AdminInitiateAuthCommand({ UserPoolId: pool.poolId, ClientId: pool.clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "rita", PASSWORD }, ContextData: contextData("192.0.2.44") }))
      .catch((e) => e);
    expect([refused?.name, refused?.message]).toEqual(["NotAuthorizedException", "Unable to login because of security reasons."]);
    const [mail] = world.server.mock.control.outbox({ userPoolId: pool.poolId, username: "rita" });
    expect(mail?.subject).toBe("Blocked rita");
    expect(mail?.textBody).not.toMatch(/\{[a-z-]+\}/);
    // {city} and {country} and the device's text are AWS's UNKNOWN (§11): only that every placeholder is filled, in order.
    expect(mail?.textBody).toMatch(new RegExp(`^rita 192\\.0\\.2\\.44 .+ ${mail!.eventId} `));
    expect(mail!.feedbackLinks.invalid.startsWith(`${world.url}/_mock/feedback?`)).toBe(true);
    expect((await fetch(mail!.feedbackLinks.invalid)).status).toBe(200);
    const event = (await events()).find((e) => e.EventId === mail!.eventId);
    expect(event).toMatchObject({ EventResponse: "Fail", EventRisk: { RiskDecision: "Block", RiskLevel: "High" }, EventFeedback: { FeedbackValue: "Invalid" } });
    world.server.mock.control.riskRules.clear();
  });

  // Not AWS behaviour: the texts the mock makes where AWS's are UNKNOWN or only their form is known, as documented in
  // mocks/risk/README.md. Reads what the tests above left (their events and rita's mail).
  test("the mock's documented choices: DeviceName `<browser or product> <major>, <system>` from the User-Agent; an unknown city or country mailed as `Unknown`", async () => {
    const devices = (await events()).map((e) => e.EventContextData?.DeviceName);
    expect(devices).toContain("Chrome 120, Windows");
    expect(devices.some((d) => /^aws-sdk-js \d+, /.test(d ?? ""))).toBe(true);
    const mail = world.server.mock.control.outbox({ userPoolId: pool.poolId, username: "rita" }).find((m) => m.subject === "Blocked rita");
    expect(mail?.textBody).toContain(`rita 192.0.2.44 Unknown Unknown `);
    expect(mail?.textBody).toContain(`Chrome 120, Windows ${mail!.eventId} `);
  });
});

describe("under serve with --state-file", () => {
  test("rules and added compromised passwords set over HTTP survive a restart; reset forgets them", async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), "cc-risk-rules-")), "state.json");
    const post = (url: string, path: string, body: unknown) => fetch(`${url}/_mock/${path}`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());
    const first = await startServer({ port: 0, seed: 5, stateFile });
    try {
      await post(first.url, "risk-rules", { rules: [{ RiskLevel: "High", IpRange: "203.0.113.0/24" }] });
      await post(first.url, "compromised-passwords", { passwords: ["Hunter2-is-breached!"] });
    } finally {
      await first.close();
    }
    expect(readFileSync(stateFile, "utf8")).not.toContain("Hunter2");
    const second = await startServer({ port: 0, seed: 5, stateFile });
    try {
      expect(await fetch(`${second.url}/_mock/risk-rules`).then((r) => r.json())).toEqual({ rules: [{ RiskLevel: "High", IpRange: "203.0.113.0/24" }] });
      expect(isCompromisedPassword(second.mock.state, "Hunter2-is-breached!")).toBe(true);
      await post(second.url, "reset", {});
      expect(second.mock.control.riskRules.list()).toEqual([]);
      expect(isCompromisedPassword(second.mock.state, "Hunter2-is-breached!")).toBe(false);
    } finally {
      await second.close();
    }
  });
});
