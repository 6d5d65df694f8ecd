// Amplify v6 and device tracking (aws-behavior.md §15): signIn confirms the device it is handed (its own
// getNewDeviceMetadata verifier), rememberDevice / fetchDevices / forgetDevice, a second sign-in on the remembered
// device that Amplify's handleDeviceSRPAuth completes without the TOTP code, and a refresh carrying the DeviceKey.
// Amplify keeps one global configuration and token store, so the tests run in order.
import {
  AdminListDevicesCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmSignIn, fetchAuthSession, fetchDevices, forgetDevice, rememberDevice, setUpTOTP, signIn, signOut, updateMFAPreference, verifyTOTPSetup } from "aws-amplify/auth";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ALL_FLOWS, createSignInUser, PASSWORD, startSignInServer, totpCode, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let poolId: string;
let secret: string;
// Amplify names the device from `navigator` (core/src/utils/deviceName/getDeviceName.ts), a browser global that
// Node 20 lacks; without it Amplify skips ConfirmDevice silently. A browser's user agent, as the one global we add.
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const hadNavigator = "navigator" in globalThis;
beforeAll(async () => {
  if (!hadNavigator) Object.defineProperty(globalThis, "navigator", { value: { userAgent: BROWSER }, configurable: true });
  world = await startSignInServer(73);
  const { UserPool } = await world.sdk.send(
    new CreateUserPoolCommand({ PoolName: "devices-amplify", DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } }),
  );
  poolId = UserPool!.Id!;
  await world.sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
  const { UserPoolClient } = await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ALL_FLOWS }));
  Amplify.configure({ Auth: { Cognito: { userPoolId: poolId, userPoolClientId: UserPoolClient!.ClientId!, userPoolEndpoint: world.url } } });
  await createSignInUser(world.sdk, poolId, "remy");
});
afterAll(async () => {
  await signOut().catch(() => {});
  await world?.close();
  if (!hadNavigator) delete (globalThis as { navigator?: unknown }).navigator;
});

const remembered = async () =>
  (await world.sdk.send(new AdminListDevicesCommand({ UserPoolId: poolId, Username: "remy" }))).Devices!.map((d) => [
    d.DeviceKey,
    d.DeviceAttributes!.find((a) => a.Name === "dev:device_remembered_status")?.Value,
  ]);

describe.sequential("Amplify v6 remembers a device", () => {
  test("signIn confirms the device it is handed; TOTP is set up and asked on the next sign-in", async () => {
    expect((await signIn({ username: "remy", password: PASSWORD })).nextStep.signInStep).toBe("DONE");
    const key = (await fetchAuthSession()).tokens!.accessToken.payload.device_key;
    expect(await remembered()).toEqual([[key, "not_remembered"]]); // opt-in: confirmed, not yet remembered
    const details = await setUpTOTP();
    secret = details.sharedSecret;
    await verifyTOTPSetup({ code: totpCode(secret) });
    await updateMFAPreference({ totp: "PREFERRED" });
    await signOut();
    // The not_remembered device does not replace MFA.
    expect((await signIn({ username: "remy", password: PASSWORD })).nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
    expect((await confirmSignIn({ challengeResponse: totpCode(secret, 1) })).nextStep.signInStep).toBe("DONE");
  });

  test("rememberDevice, then fetchDevices lists it with its name and dates", async () => {
    await rememberDevice();
    const key = (await fetchAuthSession()).tokens!.accessToken.payload.device_key;
    const devices = await fetchDevices();
    expect(devices.map((d) => d.id)).toEqual([key]);
    expect(devices[0]!.attributes).toMatchObject({ device_status: "valid", device_name: BROWSER });
    expect(devices[0]!.createDate).toBeInstanceOf(Date);
    await signOut();
  });

  test("a second sign-in on the remembered device is DONE without the TOTP code (device SRP), and refreshes with its key", async () => {
    const result = await signIn({ username: "remy", password: PASSWORD });
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: "DONE" } });
    const before = (await fetchAuthSession()).tokens!.accessToken.payload;
    const after = (await fetchAuthSession({ forceRefresh: true })).tokens!.accessToken.payload;
    expect([after.device_key, after.origin_jti]).toEqual([before.device_key, before.origin_jti]);
    expect(after.jti).not.toBe(before.jti);
  });

  test("forgetDevice: the device is gone and the next sign-in asks for the TOTP code again", async () => {
    await forgetDevice();
    expect(await fetchDevices()).toEqual([]);
    expect(await remembered()).toEqual([]);
    await signOut();
    expect((await signIn({ username: "remy", password: PASSWORD })).nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
  });
});
