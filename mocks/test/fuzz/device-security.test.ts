// Security properties of device tracking (issue 19), seeded fast-check over the in-process mock: a TOTP user
// whose remembered device replaces MFA (ChallengeRequiredOnNewDevice). Random sequences of device steps with right
// and wrong proofs, other keys, missing or replayed sessions, forgetting and un-remembering, and:
// 1. no tokens without the device's proof where the device flow is required (the password alone never suffices);
// 2. a forgotten or not_remembered device never skips MFA (no DEVICE_SRP_AUTH, no device tokens); remembering it
//    again brings device SRP back only for a device that was not forgotten (a forgotten key stays gone).
import fc from "fast-check";
import { beforeAll, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { deviceVerifier, srpClaim, srpStart, totp } from "../../../suites/cases/behaviour/sign-in-client.ts";
import { createCognitoMock, type CognitoMock } from "../../index.ts";
import type { MockState } from "../../state.ts";
import { JSON_CONTENT_TYPE, SIGNED } from "./request-arbitrary.ts";
import { SEED, SEQUENCE_RUNS, fuzzParameters } from "./runs.ts";

const PASSWORD = "Corr3ct-horse!";
const DEVICE_PASSWORD = "device-secret-fuzz";
const NOW = Date.UTC(2026, 5, 1, 12);
let mock: CognitoMock;
let baseline: MockState;
const ids: Record<string, string> = {};

async function send(operation: OperationName, input: unknown): Promise<{ status: number; body: any }> {
  const wire = { method: "POST", url: "http://127.0.0.1/", headers: { "content-type": JSON_CONTENT_TYPE, "x-amz-target": OPERATIONS[operation].target, authorization: SIGNED }, body: JSON.stringify(input) };
  const { response } = await mock.respond(wire);
  return { status: response.status, body: JSON.parse(response.body) };
}
async function ok(operation: OperationName, input: unknown): Promise<any> {
  const { status, body } = await send(operation, input);
  if (status !== 200) throw new Error(`${operation} failed during setup: ${body.__type}`);
  return body;
}

beforeAll(async () => {
  mock = createCognitoMock({ seed: SEED, clock: { now: () => NOW } });
  const UserPoolId = (await ok("CreateUserPool", { PoolName: "fuzz-devices", DeviceConfiguration: { ChallengeRequiredOnNewDevice: true } })).UserPool.Id;
  await ok("SetUserPoolMfaConfig", { UserPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
  const ClientId = (await ok("CreateUserPoolClient", { UserPoolId, ClientName: "fuzz", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] })).UserPoolClient.ClientId;
  await ok("AdminCreateUser", { UserPoolId, Username: "tina", MessageAction: "SUPPRESS" });
  await ok("AdminSetUserPassword", { UserPoolId, Username: "tina", Password: PASSWORD, Permanent: true });
  const first = (await ok("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: "tina", PASSWORD } })).AuthenticationResult;
  const { DeviceKey, DeviceGroupKey } = first.NewDeviceMetadata;
  await ok("ConfirmDevice", { AccessToken: first.AccessToken, DeviceKey, DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey, DeviceKey, DEVICE_PASSWORD) });
  const { SecretCode } = await ok("AssociateSoftwareToken", { AccessToken: first.AccessToken });
  await ok("VerifySoftwareToken", { AccessToken: first.AccessToken, UserCode: totp(SecretCode, 0, NOW) });
  await ok("SetUserMFAPreference", { AccessToken: first.AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
  Object.assign(ids, { UserPoolId, ClientId, DeviceKey, DeviceGroupKey });
  baseline = structuredClone(mock.state);
});

type Step =
  | { kind: "initiate"; key: "device" | "other" | "none" }
  | { kind: "deviceSrp"; session: "last" | "none" | "forged"; key: "device" | "other"; proof: "right" | "wrong-password" | "tampered" | "other-group" }
  | { kind: "forget" }
  | { kind: "unremember" }
  | { kind: "remember" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("initiate" as const), key: fc.constantFrom("device" as const, "other" as const, "none" as const) }),
  fc.record({
    kind: fc.constant("deviceSrp" as const),
    session: fc.constantFrom("last" as const, "none" as const, "forged" as const),
    key: fc.constantFrom("device" as const, "other" as const),
    proof: fc.constantFrom("right" as const, "wrong-password" as const, "tampered" as const, "other-group" as const),
  }),
  fc.constant({ kind: "forget" as const }),
  fc.constant({ kind: "unremember" as const }),
  fc.constant({ kind: "remember" as const }),
);

const OTHER_KEY = "us-east-1_00000000-0000-4000-8000-000000000000";

test("no tokens without the device's proof; a forgotten or not_remembered device never skips MFA", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
      mock.restore(structuredClone(baseline), 0);
      let deviceUsable = true; // confirmed and remembered
      let forgotten = false;
      let lastSession: string | undefined;
      for (const s of steps) {
        const input = { UserPoolId: ids.UserPoolId, Username: "tina", DeviceKey: ids.DeviceKey };
        if (s.kind === "forget") {
          await send("AdminForgetDevice", input);
          [deviceUsable, forgotten] = [false, true];
          continue;
        }
        if (s.kind === "unremember" || s.kind === "remember") {
          const { status, body } = await send("AdminUpdateDeviceStatus", { ...input, DeviceRememberedStatus: s.kind === "remember" ? "remembered" : "not_remembered" });
          // A forgotten device cannot be brought back (CONFIRMED `Device does not exist.`).
          expect(forgotten ? [status, body.message] : [status]).toEqual(forgotten ? [400, "Device does not exist."] : [200]);
          deviceUsable = !forgotten && s.kind === "remember";
          continue;
        }
        if (s.kind === "initiate") {
          const key = s.key === "device" ? ids.DeviceKey : s.key === "other" ? OTHER_KEY : undefined;
          const { body } = await send("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: ids.ClientId, AuthParameters: { USERNAME: "tina", PASSWORD, ...(key && { DEVICE_KEY: key }) } });
          // A TOTP user: the password alone never yields tokens; device SRP only for the usable device.
          expect(body.AuthenticationResult).toBeUndefined();
          if (body.ChallengeName === "DEVICE_SRP_AUTH") expect([s.key, deviceUsable]).toEqual(["device", true]);
          lastSession = body.Session;
          continue;
        }
        const { SRP_A, srpSecret } = srpStart();
        const key = s.key === "device" ? ids.DeviceKey : OTHER_KEY;
        const session = s.session === "last" ? lastSession : s.session === "forged" ? "AYABeAAA" + "A".repeat(64) : undefined;
        const first = await send("RespondToAuthChallenge", { ChallengeName: "DEVICE_SRP_AUTH", ClientId: ids.ClientId, ...(session && { Session: session }), ChallengeResponses: { USERNAME: "tina", DEVICE_KEY: key, SRP_A } });
        lastSession = undefined;
        expect(first.body.AuthenticationResult).toBeUndefined();
        if (first.status !== 200) continue;
        expect([s.key, deviceUsable]).toEqual(["device", true]);
        const p = first.body.ChallengeParameters;
        const claim = srpClaim({
          poolId: ids.UserPoolId,
          poolName: s.proof === "other-group" ? "-zzzzzzzz" : ids.DeviceGroupKey,
          userId: ids.DeviceKey,
          password: s.proof === "wrong-password" ? `${DEVICE_PASSWORD}x` : DEVICE_PASSWORD,
          SRP_B: p.SRP_B,
          SALT: p.SALT,
          SECRET_BLOCK: p.SECRET_BLOCK,
          srpSecret,
          nowMs: NOW,
        });
        const signature = s.proof === "tampered" ? Buffer.from(Buffer.from(claim.PASSWORD_CLAIM_SIGNATURE, "base64").map((b, i) => (i === 0 ? b ^ 1 : b))).toString("base64") : claim.PASSWORD_CLAIM_SIGNATURE;
        const answer = await send("RespondToAuthChallenge", {
          ChallengeName: "DEVICE_PASSWORD_VERIFIER",
          ClientId: ids.ClientId,
          Session: first.body.Session,
          ChallengeResponses: { USERNAME: "tina", PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: signature, DEVICE_KEY: ids.DeviceKey },
        });
        // Tokens exactly when the proof is right (the device is usable here, checked above).
        expect(answer.body.AuthenticationResult !== undefined).toBe(s.proof === "right");
        if (s.proof !== "right") expect([answer.status, answer.body.__type]).toEqual([400, "NotAuthorizedException"]);
      }
    }),
    fuzzParameters(SEQUENCE_RUNS),
  );
});
