// Device operations (issue 19, aws-behavior.md §15.3–15.6): the not-found answers of a pool, a user or a device
// the service never issued, and a second confirmation of one device key. A device exists only after a sign-in on
// a tracked pool (one with a DeviceConfiguration) handed out NewDeviceMetadata and ConfirmDevice took the verifier
// the client computes; the steps below make one (suites/cases/constraints/context-devices.ts uses them too).
import type { Case, Step } from "../../harness/case.ts";
import { citing, inferred, notFoundScenario, ok, refused, scenario } from "./build.ts";
import { POOL } from "./sign-in-steps.ts";

const SIGNED_UP = ["pool", "user", "password", "signInClient"];
/** A device key of the service's shape (s15.device-key-format) that no sign-in issued. */
const UNKNOWN_KEY = "us-east-1_00000000-0000-4000-8000-000000000000";

/** Tracking on (DOC s15.device-configuration: any member turns it on); no device challenge, so a sign-in ends in tokens. */
export const tracked: Step = citing(
  ["s15.device-configuration"],
  ok("UpdateUserPool", { ...POOL, DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false } }),
);
/** A sign-in of this user on the tracked pool: its tokens and the NewDeviceMetadata (CONFIRMED s15.new-device-metadata). */
export const trackedSignIn = (username: unknown = "{{username}}", password = "{{password}}"): Step =>
  citing(
    ["s15.new-device-metadata", "s15.new-device-metadata-where"],
    ok("AdminInitiateAuth", { ...POOL, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", ClientId: "{{signInClientId}}", AuthParameters: { USERNAME: username, PASSWORD: password } }, {}, {
      accessToken: "AuthenticationResult.AccessToken",
      deviceKey: "AuthenticationResult.NewDeviceMetadata.DeviceKey",
      deviceGroupKey: "AuthenticationResult.NewDeviceMetadata.DeviceGroupKey",
    }),
  );
/** The verifier a client computes for the new device (sign-in-client.ts deviceVerifier, §15.3): vars Salt, PasswordVerifier. */
export const deviceVerifierStep: Step = {
  compute: { fn: "deviceVerifier", args: { groupKey: "{{deviceGroupKey}}", deviceKey: "{{deviceKey}}", password: "conformance-device-secret" } },
  request: { headers: {} },
  expect: {},
};
export const VERIFIER_CONFIG = { PasswordVerifier: "{{PasswordVerifier}}", Salt: "{{Salt}}" };
export const confirmDevice: Step = citing(
  ["s15.confirm-device-request", "s15.confirm-device-answer"],
  ok("ConfirmDevice", { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}", DeviceSecretVerifierConfig: VERIFIER_CONFIG }),
);
/** A confirmed, remembered device of this user on the tracked pool. */
export const confirmedDevice = (username?: unknown, password?: string): Step[] => [tracked, trackedSignIn(username, password), deviceVerifierStep, confirmDevice];

/** Admin operations naming a user and a device. */
const ADMIN: Record<string, Record<string, unknown>> = {
  AdminGetDevice: {},
  AdminForgetDevice: {},
  AdminUpdateDeviceStatus: { DeviceRememberedStatus: "remembered" },
};
/** The user's own operations naming a device. */
const OWN: Record<string, Record<string, unknown>> = {
  GetDevice: {},
  ForgetDevice: {},
  UpdateDeviceStatus: { DeviceRememberedStatus: "remembered" },
};

export const deviceCases: Case[] = [
  ...Object.entries(ADMIN).map(([operation, extra]) =>
    notFoundScenario("pool", operation, { Username: "someone", DeviceKey: UNKNOWN_KEY, ...extra }, ["s15.device-operations"], "DOC"),
  ),
  notFoundScenario("pool", "AdminListDevices", { Username: "someone" }, ["s15.device-operations"], "DOC"),
  ...["AdminForgetDevice", "AdminUpdateDeviceStatus"].map((operation) =>
    notFoundScenario("user", operation, { DeviceKey: UNKNOWN_KEY, ...ADMIN[operation] }, ["s15.device-operations"], "DOC"),
  ),
  ...Object.entries({ ...OWN, ...ADMIN }).map(([operation, extra]) => {
    const admin = operation.startsWith("Admin");
    return scenario({
      id: "device-not-found",
      operation,
      member: "DeviceKey",
      rule: "device-exists",
      title: `${operation} naming a device key no sign-in issued, on a tracked pool, answers ResourceNotFoundException`,
      facts: ["s15.device-not-found", "s15.get-device-not-remembered"],
      evidence: "INFERRED",
      fixtures: SIGNED_UP,
      steps: [
        tracked,
        trackedSignIn(),
        inferred(
          "the unknown-device answer is CONFIRMED for the sign-in steps (s15.device-not-found) and seen for GetDevice/UpdateDeviceStatus on a device that is gone (s15.get-device-not-remembered)",
          refused(operation, { ...(admin ? { ...POOL, Username: "{{username}}" } : { AccessToken: "{{accessToken}}" }), DeviceKey: UNKNOWN_KEY, ...extra }, "ResourceNotFoundException"),
          ["s15.device-not-found", "s15.get-device-not-remembered"],
        ),
      ],
    });
  }),
  scenario({
    id: "device-key-exists",
    operation: "ConfirmDevice",
    member: "DeviceKey",
    rule: "device-key-new",
    title: "ConfirmDevice of a device key already confirmed answers DeviceKeyExistsException (message UNKNOWN)",
    facts: ["s15.device-key-exists"],
    evidence: "DOC",
    fixtures: SIGNED_UP,
    steps: [
      ...confirmedDevice(),
      deviceVerifierStep,
      citing(["s15.device-key-exists"], refused("ConfirmDevice", { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}", DeviceSecretVerifierConfig: VERIFIER_CONFIG }, "DeviceKeyExistsException")),
    ],
  }),
];
