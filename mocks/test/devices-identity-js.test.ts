// amazon-cognito-identity-js 6.3 and device tracking (aws-behavior.md §15): its own generateHashDevice verifier at
// ConfirmDevice, setDeviceStatusRemembered, and a second sign-in on the remembered device that its own device SRP
// (getDeviceResponse) completes without the TOTP code; forgetDevice brings the code back.
import {
  AdminListDevicesCommand,
  AssociateSoftwareTokenCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ALL_FLOWS, createSignInUser, PASSWORD, startSignInServer, totpCode, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let userPool: CognitoUserPool;
let poolId: string;
let secret: string;
beforeAll(async () => {
  world = await startSignInServer(72, "eu-west-1");
  const { UserPool } = await world.sdk.send(
    new CreateUserPoolCommand({ PoolName: "devices-js", DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } }),
  );
  poolId = UserPool!.Id!;
  await world.sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
  const { UserPoolClient } = await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ALL_FLOWS }));
  userPool = new CognitoUserPool({ UserPoolId: poolId, ClientId: UserPoolClient!.ClientId!, endpoint: world.url });
  // TOTP for the user, set up through the SDK (a tracked pool's sign-in; the key it hands out is left unconfirmed).
  await createSignInUser(world.sdk, poolId, "jess");
  const signedIn = await world.sdk.send(
    new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "jess", PASSWORD } }),
  );
  const AccessToken = signedIn.AuthenticationResult!.AccessToken!;
  secret = (await world.sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }))).SecretCode!;
  await world.sdk.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totpCode(secret) }));
  await world.sdk.send(new SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
});
afterAll(() => world?.close());

type Outcome = { kind: "success"; session: CognitoUserSession; confirmationNecessary?: boolean } | { kind: "totp" } | { kind: "failure"; error: Error };

/** authenticateUser; a TOTP challenge is answered with `code` when given (sendMFACode), else reported. */
function signIn(user: CognitoUser, code?: () => string): Promise<Outcome> {
  return new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session: CognitoUserSession, confirmationNecessary?: boolean) => resolve({ kind: "success", session, confirmationNecessary }),
      onFailure: (error: Error) => resolve({ kind: "failure", error }),
      totpRequired: () => (code ? user.sendMFACode(code(), callbacks, "SOFTWARE_TOKEN_MFA") : resolve({ kind: "totp" })),
    };
    user.authenticateUser(new AuthenticationDetails({ Username: "jess", Password: PASSWORD }), callbacks);
  });
}

const call = <T>(run: (callbacks: { onSuccess: (value: T) => void; onFailure: (e: Error) => void }) => void) =>
  new Promise<T>((resolve, reject) => run({ onSuccess: resolve, onFailure: reject }));
const newUser = () => new CognitoUser({ Username: "jess", Pool: userPool });
const deviceKeyOf = (outcome: Outcome) => (outcome.kind === "success" ? outcome.session.getAccessToken().decodePayload().device_key : undefined);

test("first sign-in: TOTP, then the client confirms its device (opt-in: confirmation necessary) and remembers it", async () => {
  const user = newUser();
  const first = await signIn(user, () => totpCode(secret, 1));
  expect(first).toMatchObject({ kind: "success", confirmationNecessary: true });
  expect(await call<string>((cb) => user.setDeviceStatusRemembered(cb))).toBe("SUCCESS");
  const { Devices } = await world.sdk.send(new AdminListDevicesCommand({ UserPoolId: poolId, Username: "jess" }));
  const confirmed = Devices!.map((d) => [d.DeviceKey, d.DeviceAttributes!.find((a) => a.Name === "dev:device_remembered_status")?.Value]);
  expect(confirmed).toEqual([[deviceKeyOf(first), "remembered"]]);
});

test("second sign-in on the remembered device: device SRP instead of the TOTP code; listDevices shows it", async () => {
  const user = newUser();
  const second = await signIn(user); // a TOTP challenge would resolve { kind: "totp" }
  expect(second.kind).toBe("success");
  const { Devices } = await call<{ Devices: { DeviceKey: string }[] }>((cb) => user.listDevices(10, null, cb));
  expect(Devices.map((d) => d.DeviceKey)).toEqual([deviceKeyOf(second)]);
  // refreshSession sends the cached DEVICE_KEY with REFRESH_TOKEN_AUTH (§15.5).
  const session = (second as { session: CognitoUserSession }).session;
  const refreshed = await new Promise<CognitoUserSession>((resolve, reject) => user.refreshSession(session.getRefreshToken(), (e: Error | null, s: CognitoUserSession) => (e ? reject(e) : resolve(s))));
  expect(refreshed.getAccessToken().decodePayload().device_key).toBe(deviceKeyOf(second));
  await call<string>((cb) => user.forgetDevice(cb));
});

test("after forgetDevice the next sign-in asks for the TOTP code again", async () => {
  expect((await signIn(newUser())).kind).toBe("totp");
});
