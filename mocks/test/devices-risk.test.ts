// Threat protection and devices (issue 19, aws-behavior.md §15.12) through `serve` with SDK v3 and the HTTP control
// API: the device a sign-in presents reaches the one risk hook, a DeviceKey risk rule matches it (and only it), the
// device's proof settles the event it stands in for, and the events show no device key (AuthEventType has no device
// member, DOC) with EventContextData.DeviceName the user agent's, not the ConfirmDevice name (INFERRED).
import {
  AdminForgetDeviceCommand,
  AdminListUserAuthEventsCommand,
  AdminUpdateDeviceStatusCommand,
  AssociateSoftwareTokenCommand,
  ConfirmDeviceCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetLogDeliveryConfigurationCommand,
  SetRiskConfigurationCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
  type AuthEventType,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { deviceVerifier, srpClaim, srpStart } from "../../suites/cases/behaviour/sign-in-client.ts";
import { ALL_FLOWS, createSignInUser, PASSWORD, startSignInServer, totpCode, type SignInWorld } from "./signin-setup.ts";

const USER = "dana";
const DEVICE_NAME = "Work laptop";
const DEVICE_PASSWORD = "device-secret-risk";
const ENDPOINT_VARIABLES = ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_FIREHOSE"];
const savedEndpoints = Object.fromEntries(ENDPOINT_VARIABLES.map((name) => [name, process.env[name]]));
let world: SignInWorld;
let poolId: string;
let clientId: string;
let device: { key: string; groupKey: string };

/** `path` after /_mock/, a query included. */
const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${world.url}/_mock/${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });
  return { status: res.status, body: await res.json() };
};
const deviceRule = (RiskLevel: string, DeviceKey = device.key) => control("POST", "risk-rules", { rules: [{ RiskLevel, UserPoolId: poolId, DeviceKey }] });
const signIn = (deviceKey?: string) =>
  world.sdk.send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: USER, PASSWORD, ...(deviceKey && { DEVICE_KEY: deviceKey }) } }),
  );
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ name: "resolved", message: "" }),
    (e: Error) => ({ name: e.name, message: e.message }),
  );
const events = async (): Promise<AuthEventType[]> =>
  (await world.sdk.send(new AdminListUserAuthEventsCommand({ UserPoolId: poolId, Username: USER, MaxResults: 60 }))).AuthEvents!;

/** DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER, signed with `password` (the device's, or a wrong one). */
async function deviceProof(session: string | undefined, password = DEVICE_PASSWORD) {
  const { SRP_A, srpSecret } = srpStart();
  const step = await world.sdk.send(
    new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: "DEVICE_SRP_AUTH", Session: session, ChallengeResponses: { USERNAME: USER, DEVICE_KEY: device.key, SRP_A } }),
  );
  const p = step.ChallengeParameters!;
  const claim = srpClaim({ poolId, poolName: device.groupKey, userId: device.key, password, SRP_B: p.SRP_B!, SALT: p.SALT!, SECRET_BLOCK: p.SECRET_BLOCK!, srpSecret });
  return world.sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: "DEVICE_PASSWORD_VERIFIER",
      Session: step.Session,
      ChallengeResponses: { USERNAME: USER, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: claim.PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY: device.key },
    }),
  );
}

beforeAll(async () => {
  world = await startSignInServer(73);
  // ENFORCED threat protection; remembered devices replace MFA; a TOTP user with one confirmed, remembered device.
  const { UserPool } = await world.sdk.send(
    new CreateUserPoolCommand({
      PoolName: "devices-risk",
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
      MfaConfiguration: "OPTIONAL",
    }),
  );
  poolId = UserPool!.Id!;
  await world.sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
  clientId = (await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ALL_FLOWS }))).UserPoolClient!.ClientId!;
  await world.sdk.send(
    new SetRiskConfigurationCommand({
      UserPoolId: poolId,
      AccountTakeoverRiskConfiguration: {
        Actions: { HighAction: { EventAction: "BLOCK", Notify: false }, MediumAction: { EventAction: "MFA_REQUIRED", Notify: false }, LowAction: { EventAction: "NO_ACTION", Notify: false } },
      },
    }),
  );
  // User-activity export on (§13): its records must not show the device either. No endpoint: they stay with /_mock/logs.
  for (const name of ENDPOINT_VARIABLES) delete process.env[name];
  await world.sdk.send(
    new SetLogDeliveryConfigurationCommand({ UserPoolId: poolId, LogConfigurations: [{ LogLevel: "INFO", EventSource: "userAuthEvents", S3Configuration: { BucketArn: "arn:aws:s3:::devices-risk-logs" } }] }),
  );
  await createSignInUser(world.sdk, poolId, USER);
  const first = (await signIn()).AuthenticationResult!;
  const { DeviceKey, DeviceGroupKey } = first.NewDeviceMetadata!;
  device = { key: DeviceKey!, groupKey: DeviceGroupKey! };
  await world.sdk.send(
    new ConfirmDeviceCommand({ AccessToken: first.AccessToken!, DeviceKey, DeviceName: DEVICE_NAME, DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey!, DeviceKey!, DEVICE_PASSWORD) }),
  );
  const { SecretCode } = await world.sdk.send(new AssociateSoftwareTokenCommand({ AccessToken: first.AccessToken! }));
  await world.sdk.send(new VerifySoftwareTokenCommand({ AccessToken: first.AccessToken!, UserCode: totpCode(SecretCode!) }));
  await world.sdk.send(new SetUserMFAPreferenceCommand({ AccessToken: first.AccessToken!, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
});
afterAll(async () => {
  await world?.close();
  for (const [name, value] of Object.entries(savedEndpoints)) if (value !== undefined) process.env[name] = value;
});

describe.sequential("the device a sign-in presents reaches the risk hook", () => {
  beforeEach(async () => {
    await control("DELETE", "risk-rules");
  });

  test("a DeviceKey rule makes sign-ins on that device High (blocked); the same user without the device is not", async () => {
    expect((await deviceRule("High")).status).toBe(200);
    expect(await failure(signIn(device.key))).toEqual({ name: "NotAuthorizedException", message: "Unable to login because of security reasons." });
    // Without the device the user's own MFA comes, no risk.
    expect((await signIn()).ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const [withoutDevice, onDevice] = await events();
    expect(onDevice).toMatchObject({ EventResponse: "Fail", EventRisk: { RiskDecision: "Block", RiskLevel: "High" } });
    expect(withoutDevice).toMatchObject({ EventResponse: "InProgress", EventRisk: { RiskDecision: "NoRisk" } });
  });

  test("a rule naming another key (or a key that is no device of the user) does not match", async () => {
    await deviceRule("High", "us-east-1_00000000-0000-4000-8000-000000000000");
    expect((await signIn(device.key)).ChallengeName).toBe("DEVICE_SRP_AUTH");
  });

  test("events carry no device key; EventContextData.DeviceName is the user agent's, not the ConfirmDevice name", async () => {
    await deviceRule("Low");
    await deviceProof((await signIn(device.key)).Session);
    const [event] = await events();
    expect(event!.EventRisk).toMatchObject({ RiskDecision: "AccountTakeover", RiskLevel: "Low" });
    expect(JSON.stringify(await events())).not.toContain(device.key);
    // Nor the exported user-activity records (§13.2: deviceName is the same "browser, OS" form, no device key).
    const { records } = (await control("GET", `logs?userPoolId=${poolId}`)).body;
    expect(records.length).toBeGreaterThan(0);
    expect(JSON.stringify(records)).not.toContain(device.key);
    expect(Object.keys(event!).sort()).toEqual(["ChallengeResponses", "CreationDate", "EventContextData", "EventId", "EventResponse", "EventRisk", "EventType"]);
    expect(Object.keys(event!.EventContextData!).every((k) => ["IpAddress", "DeviceName", "Timezone", "City", "Country"].includes(k))).toBe(true);
    // The SDK's User-Agent (aws-sdk-js/3…), parsed as "<agent> <major>, <system>".
    expect(event!.EventContextData!.DeviceName).not.toBe(DEVICE_NAME);
    expect(event!.EventContextData!.DeviceName).toMatch(/^aws-sdk-js \d+, /);
  });

  test("Medium (MFA_REQUIRED) on the remembered device: its proof replaces the MFA and settles the event Pass; a wrong proof Fail", async () => {
    await deviceRule("Medium");
    const challenged = await signIn(device.key);
    expect(challenged.ChallengeName).toBe("DEVICE_SRP_AUTH");
    expect((await events())[0]).toMatchObject({ EventResponse: "InProgress", EventRisk: { RiskDecision: "AccountTakeover", RiskLevel: "Medium" } });
    expect((await deviceProof(challenged.Session)).AuthenticationResult?.AccessToken).toBeDefined();
    // No ChallengeResponses entry: the model's ChallengeName is Password|Mfa only.
    expect((await events())[0]).toMatchObject({ EventResponse: "Pass", ChallengeResponses: [{ ChallengeName: "Password", ChallengeResponse: "Success" }] });
    expect((await failure(deviceProof((await signIn(device.key)).Session, "not-the-device-secret"))).name).toBe("NotAuthorizedException");
    expect((await events())[0]!.EventResponse).toBe("Fail");
  });

  test("the control API's sign-in takes the DeviceKey through the same hook; a key that is no device of the user: Device does not exist.", async () => {
    await deviceRule("High");
    const simulated = await control("POST", "sign-in", { UserPoolId: poolId, Username: USER, IpAddress: "198.51.100.4", DeviceKey: device.key });
    expect(simulated.body).toMatchObject({ EventResponse: "Fail", EventRisk: { RiskDecision: "Block", RiskLevel: "High" } });
    expect((await control("POST", "sign-in", { UserPoolId: poolId, Username: USER, IpAddress: "198.51.100.4" })).body.EventRisk).toEqual({ RiskDecision: "NoRisk", CompromisedCredentialsDetected: false });
    const unknown = await control("POST", "sign-in", { UserPoolId: poolId, Username: USER, IpAddress: "198.51.100.4", DeviceKey: "us-east-1_00000000-0000-4000-8000-000000000000" });
    expect([unknown.status, unknown.body]).toEqual([400, { __type: "ResourceNotFoundException", message: "Device does not exist." }]);
    const wrongType = await control("POST", "sign-in", { UserPoolId: poolId, Username: USER, IpAddress: "198.51.100.4", DeviceKey: 7 });
    expect([wrongType.status, wrongType.body.__type]).toEqual([400, "InvalidParameterException"]);
  });

  test("a not_remembered device is still the user's device for the rules (mock choice); a forgotten one is no device: Device does not exist.", async () => {
    await deviceRule("High");
    await world.sdk.send(new AdminUpdateDeviceStatusCommand({ UserPoolId: poolId, Username: USER, DeviceKey: device.key, DeviceRememberedStatus: "not_remembered" }));
    expect((await failure(signIn(device.key))).message).toBe("Unable to login because of security reasons.");
    await world.sdk.send(new AdminForgetDeviceCommand({ UserPoolId: poolId, Username: USER, DeviceKey: device.key }));
    expect(await failure(signIn(device.key))).toEqual({ name: "ResourceNotFoundException", message: "Device does not exist." });
    expect((await events())[0]!.EventRisk).toEqual({ RiskDecision: "NoRisk", CompromisedCredentialsDetected: false });
  });
});
