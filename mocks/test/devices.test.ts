// Device tracking through `serve` with SDK v3 (aws-behavior.md §15.1–15.6): NewDeviceMetadata, ConfirmDevice with
// a verifier made by the suite's own client code, DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER verified for real,
// the remembered device replacing TOTP, the refresh bound to the device, and the device operations.
import {
  AdminGetDeviceCommand,
  AdminInitiateAuthCommand,
  AdminListDevicesCommand,
  AdminUpdateDeviceStatusCommand,
  AssociateSoftwareTokenCommand,
  ConfirmDeviceCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgetDeviceCommand,
  GetDeviceCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  UpdateDeviceStatusCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
  type DeviceConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deviceVerifier, srpClaim, srpStart } from "../../suites/cases/behaviour/sign-in-client.ts";
import { ALL_FLOWS, createSignInUser, decodeJwt, PASSWORD, startSignInServer, totpCode, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
beforeAll(async () => {
  world = await startSignInServer(71);
});
afterAll(() => world?.close());

interface DevicePool {
  poolId: string;
  clientId: string;
}

async function devicePool(config: DeviceConfigurationType): Promise<DevicePool> {
  const { UserPool } = await world.sdk.send(
    new CreateUserPoolCommand({ PoolName: "devices", DeviceConfiguration: config, MfaConfiguration: "OPTIONAL" }),
  );
  const { UserPoolClient } = await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: "app", ExplicitAuthFlows: ALL_FLOWS }));
  return { poolId: UserPool!.Id!, clientId: UserPoolClient!.ClientId! };
}

/** A pool with TOTP offered and a user with it enabled and preferred. */
async function totpUser(pool: DevicePool, username: string): Promise<string> {
  await world.sdk.send(
    new SetUserPoolMfaConfigCommand({ UserPoolId: pool.poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
  );
  await createSignInUser(world.sdk, pool.poolId, username);
  const first = await passwordSignIn(pool, username);
  const AccessToken = first.AuthenticationResult!.AccessToken!;
  const { SecretCode } = await world.sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
  await world.sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totpCode(SecretCode!) }));
  await world.sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
  return SecretCode!;
}

const passwordSignIn = (pool: DevicePool, username: string, deviceKey?: string) =>
  world.sdk.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: username, PASSWORD, ...(deviceKey !== undefined && { DEVICE_KEY: deviceKey }) },
    }),
  );

interface Device {
  key: string;
  groupKey: string;
  password: string;
}

/** Confirms the key a sign-in handed out, with a verifier of a random device password. */
async function confirm(result: AuthenticationResultType, name?: string): Promise<{ device: Device; necessary: boolean | undefined }> {
  const { DeviceKey, DeviceGroupKey } = result.NewDeviceMetadata!;
  const password = `device-${Math.random()}`;
  const out = await world.sdk.send(
    new ConfirmDeviceCommand({
      AccessToken: result.AccessToken!,
      DeviceKey: DeviceKey!,
      DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey!, DeviceKey!, password),
      ...(name !== undefined && { DeviceName: name }),
    }),
  );
  return { device: { key: DeviceKey!, groupKey: DeviceGroupKey!, password }, necessary: out.UserConfirmationNecessary };
}

/** DEVICE_SRP_AUTH then DEVICE_PASSWORD_VERIFIER, signing with `password` (the device's, or a wrong one). */
async function deviceSrp(pool: DevicePool, username: string, device: Device, session: string | undefined, password = device.password) {
  const { SRP_A, srpSecret } = srpStart();
  const step = await world.sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: "DEVICE_SRP_AUTH",
      Session: session,
      ChallengeResponses: { USERNAME: username, DEVICE_KEY: device.key, SRP_A },
    }),
  );
  expect(step.ChallengeName).toBe("DEVICE_PASSWORD_VERIFIER");
  const p = step.ChallengeParameters!;
  expect(Object.keys(p).sort()).toEqual(["DEVICE_KEY", "SALT", "SECRET_BLOCK", "SRP_B", "USERNAME"]);
  const claim = srpClaim({ poolId: pool.poolId, poolName: device.groupKey, userId: device.key, password, SRP_B: p.SRP_B!, SALT: p.SALT!, SECRET_BLOCK: p.SECRET_BLOCK!, srpSecret });
  return world.sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: "DEVICE_PASSWORD_VERIFIER",
      Session: step.Session,
      ChallengeResponses: { USERNAME: p.USERNAME!, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK!, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: claim.PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY: device.key },
    }),
  );
}

const failure = (e: unknown) => ({ name: (e as Error).name, message: (e as Error).message });

describe.sequential("a pool that always remembers devices and lets them replace MFA", () => {
  let pool: DevicePool;
  let device: Device;
  let totpSecret: string;
  beforeAll(async () => {
    pool = await devicePool({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    totpSecret = await totpUser(pool, "dora");
  });

  test("a sign-in without DEVICE_KEY answers NewDeviceMetadata (a new key each time) and its access token names the key", async () => {
    const mfa = await passwordSignIn(pool, "dora");
    expect(mfa.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const done = await world.sdk.send(
      new RespondToAuthChallengeCommand({ ClientId: pool.clientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: mfa.Session, ChallengeResponses: { USERNAME: "dora", SOFTWARE_TOKEN_MFA_CODE: totpCode(totpSecret, 1) } }),
    );
    const meta = done.AuthenticationResult!.NewDeviceMetadata!;
    expect(meta.DeviceKey).toMatch(/^us-east-1_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(meta.DeviceGroupKey).toMatch(/^-[0-9A-Za-z]{8}$/);
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).payload.device_key).toBe(meta.DeviceKey);
    const { necessary, device: confirmed } = await confirm(done.AuthenticationResult!, "Mozilla/5.0 test");
    expect(necessary).toBe(false);
    device = confirmed;
  });

  test("ListDevices shows the remembered device with AWS's attributes and timestamps; GetDevice adds the dev: ones", async () => {
    const token = (await deviceSignIn()).AccessToken!;
    const { Devices, PaginationToken } = await world.sdk.send(new ListDevicesCommand({ AccessToken: token }));
    expect(PaginationToken).toBeUndefined();
    expect(Devices!.map((d) => d.DeviceKey)).toEqual([device.key]);
    expect(Devices![0]!.DeviceAttributes!.map((a) => a.Name)).toEqual(["device_status", "device_name", "last_ip_used"]);
    expect(Devices![0]!.DeviceAttributes![0]).toEqual({ Name: "device_status", Value: "valid" });
    const { Device } = await world.sdk.send(new GetDeviceCommand({ AccessToken: token, DeviceKey: device.key }));
    expect(Device!.DeviceAttributes!.map((a) => a.Name)).toEqual(["device_status", "device_name", "dev:device_arn", "dev:device_owner", "last_ip_used", "dev:device_remembered_status", "dev:device_sdk"]);
    expect(Device!.DeviceAttributes!.find((a) => a.Name === "dev:device_arn")!.Value).toMatch(new RegExp(`^arn:aws:cognito-idp:us-east-1:\\d{12}:owner/dora\\.${pool.poolId}/device/${device.key}$`));
    const dates = [Device!.DeviceCreateDate!, Device!.DeviceLastModifiedDate!, Device!.DeviceLastAuthenticatedDate!];
    for (const d of dates) expect(d).toBeInstanceOf(Date);
    expect(dates[2]!.getTime() % 1000).toBe(0); // last authenticated: whole seconds (§15.6)
  });

  /** Password, then DEVICE_SRP_AUTH in place of the TOTP code, then tokens without new metadata. */
  async function deviceSignIn(): Promise<AuthenticationResultType> {
    const first = await passwordSignIn(pool, "dora", device.key);
    expect(first.ChallengeName).toBe("DEVICE_SRP_AUTH");
    const done = await deviceSrp(pool, "dora", device, first.Session);
    expect(done.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).payload.device_key).toBe(device.key);
    return done.AuthenticationResult!;
  }

  test("the remembered device signs in without the TOTP code; a wrong device password gets no tokens", async () => {
    await deviceSignIn();
    const first = await passwordSignIn(pool, "dora", device.key);
    const wrong = await deviceSrp(pool, "dora", device, first.Session, "not-the-device-password").catch(failure);
    expect(wrong).toEqual({ name: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  test("DEVICE_SRP_AUTH without the previous Session is accepted (§15.4, INFERRED)", async () => {
    const done = await deviceSrp(pool, "dora", device, undefined);
    expect(done.AuthenticationResult?.AccessToken).toBeDefined();
  });

  test("a refresh must name the device: without DEVICE_KEY `Invalid Refresh Token.`, with it new tokens (both refresh APIs)", async () => {
    const { RefreshToken } = await deviceSignIn();
    const refresh = (DEVICE_KEY?: string) =>
      world.sdk.send(new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: RefreshToken!, ...(DEVICE_KEY && { DEVICE_KEY }) } }));
    expect(await refresh().catch(failure)).toEqual({ name: "NotAuthorizedException", message: "Invalid Refresh Token." });
    expect(decodeJwt((await refresh(device.key)).AuthenticationResult!.AccessToken!).payload.device_key).toBe(device.key);
    const viaGet = await world.sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: pool.clientId, RefreshToken: RefreshToken!, DeviceKey: device.key }));
    expect(viaGet.AuthenticationResult?.AccessToken).toBeDefined();
  });

  test("not_remembered: MFA as usual, GetDevice cannot see it, AdminGetDevice can; remembered again skips MFA", async () => {
    await world.sdk.send(new AdminUpdateDeviceStatusCommand({ UserPoolId: pool.poolId, Username: "dora", DeviceKey: device.key, DeviceRememberedStatus: "not_remembered" }));
    const first = await passwordSignIn(pool, "dora", device.key);
    expect(first.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const admin = await world.sdk.send(new AdminGetDeviceCommand({ UserPoolId: pool.poolId, Username: "dora", DeviceKey: device.key }));
    expect(admin.Device!.DeviceAttributes!.find((a) => a.Name === "dev:device_remembered_status")!.Value).toBe("not_remembered");
    await world.sdk.send(new AdminUpdateDeviceStatusCommand({ UserPoolId: pool.poolId, Username: "dora", DeviceKey: device.key, DeviceRememberedStatus: "remembered" }));
    const token = (await deviceSignIn()).AccessToken!;
    await world.sdk.send(new UpdateDeviceStatusCommand({ AccessToken: token, DeviceKey: device.key, DeviceRememberedStatus: "not_remembered" }));
    expect(await world.sdk.send(new GetDeviceCommand({ AccessToken: token, DeviceKey: device.key })).catch(failure)).toEqual({ name: "ResourceNotFoundException", message: "Device does not exist." });
    expect((await world.sdk.send(new ListDevicesCommand({ AccessToken: token }))).Devices).toEqual([]);
    await world.sdk.send(new UpdateDeviceStatusCommand({ AccessToken: token, DeviceKey: device.key, DeviceRememberedStatus: "remembered" }));
  });

  test("a forgotten device: `Device does not exist.` at sign-in, MFA again without the key, its refresh token refused", async () => {
    const { AccessToken, RefreshToken } = await deviceSignIn();
    await world.sdk.send(new ForgetDeviceCommand({ AccessToken, DeviceKey: device.key }));
    expect(await passwordSignIn(pool, "dora", device.key).catch(failure)).toEqual({ name: "ResourceNotFoundException", message: "Device does not exist." });
    expect((await passwordSignIn(pool, "dora")).ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const refresh = world.sdk.send(new InitiateAuthCommand({ ClientId: pool.clientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: RefreshToken!, DEVICE_KEY: device.key } }));
    expect(await refresh.catch(failure)).toEqual({ name: "NotAuthorizedException", message: "Invalid Refresh Token." });
    expect(await deviceSrp(pool, "dora", device, undefined).catch(failure)).toEqual({ name: "ResourceNotFoundException", message: "Device does not exist." });
  });
});

describe.sequential("an opt-in pool (DeviceOnlyRememberedOnUserPrompt)", () => {
  test("ConfirmDevice answers UserConfirmationNecessary; the device is listed once remembered; admin lists page by page", async () => {
    const pool = await devicePool({ ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: true });
    await createSignInUser(world.sdk, pool.poolId, "otto");
    const keys: string[] = [];
    let token = "";
    for (let i = 0; i < 3; i++) {
      const result = (await passwordSignIn(pool, "otto")).AuthenticationResult!;
      const { necessary, device } = await confirm(result);
      expect(necessary).toBe(true);
      keys.push(device.key);
      token = result.AccessToken!;
    }
    expect((await world.sdk.send(new ListDevicesCommand({ AccessToken: token }))).Devices).toEqual([]);
    await world.sdk.send(new UpdateDeviceStatusCommand({ AccessToken: token, DeviceKey: keys[1]!, DeviceRememberedStatus: "remembered" }));
    expect((await world.sdk.send(new ListDevicesCommand({ AccessToken: token }))).Devices!.map((d) => d.DeviceKey)).toEqual([keys[1]]);
    const seen: string[] = [];
    let PaginationToken: string | undefined;
    do {
      const page = await world.sdk.send(new AdminListDevicesCommand({ UserPoolId: pool.poolId, Username: "otto", Limit: 2, PaginationToken }));
      expect(page.Devices!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Devices!.map((d) => d.DeviceKey!));
      PaginationToken = page.PaginationToken;
    } while (PaginationToken);
    expect(seen).toEqual(keys);
  });

  test("ConfirmDevice twice: DeviceKeyExistsException; a key never handed out: `Invalid device key given.`", async () => {
    const pool = await devicePool({ DeviceOnlyRememberedOnUserPrompt: true });
    await createSignInUser(world.sdk, pool.poolId, "ivy");
    const result = (await passwordSignIn(pool, "ivy")).AuthenticationResult!;
    await confirm(result);
    expect(await confirm(result).catch(failure)).toMatchObject({ name: "DeviceKeyExistsException" });
    const forged = { ...result, NewDeviceMetadata: { DeviceKey: "us-east-1_00000000-0000-4000-8000-000000000000", DeviceGroupKey: "-abcdefgh" } };
    expect(await confirm(forged).catch(failure)).toEqual({ name: "InvalidParameterException", message: "Invalid device key given." });
  });

  test("an admin sign-in on a tracked pool answers NewDeviceMetadata too; an untracked pool never does", async () => {
    const pool = await devicePool({ DeviceOnlyRememberedOnUserPrompt: true });
    await createSignInUser(world.sdk, pool.poolId, "abe");
    const admin = await world.sdk.send(
      new AdminInitiateAuthCommand({ UserPoolId: pool.poolId, ClientId: pool.clientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "abe", PASSWORD } }),
    );
    expect(admin.AuthenticationResult?.NewDeviceMetadata?.DeviceKey).toMatch(/^us-east-1_/);
    const { UserPool } = await world.sdk.send(new CreateUserPoolCommand({ PoolName: "untracked" }));
    const { UserPoolClient } = await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: "app", ExplicitAuthFlows: ALL_FLOWS }));
    await createSignInUser(world.sdk, UserPool!.Id!, "abe");
    const plain = await passwordSignIn({ poolId: UserPool!.Id!, clientId: UserPoolClient!.ClientId! }, "abe");
    expect(plain.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(plain.AuthenticationResult!.AccessToken!).payload.device_key).toBeUndefined();
  });
});
