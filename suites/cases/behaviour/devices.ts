// Device operations (issue 19, aws-behavior.md §15.3–15.6): the not-found answers of a pool, a user or a device
// the service never issued, and a second confirmation of one device key. A device exists only after a sign-in on
// a tracked pool (one with a DeviceConfiguration) handed out NewDeviceMetadata and ConfirmDevice took the verifier
// the client computes; the steps below make one (suites/cases/constraints/context-devices.ts uses them too).
import type { Case, Step } from "../../harness/case.ts";
import { citing, control, inferred, notFoundScenario, ok, refused, scenario } from "./build.ts";
import { compute, passwordAuth, POOL, SIGNED_IN } from "./sign-in-steps.ts";

const SIGNED_UP = ["pool", "user", "password", "signInClient"];
/** A device key of the service's shape (s15.device-key-format) that no sign-in issued. */
const UNKNOWN_KEY = "us-east-1_00000000-0000-4000-8000-000000000000";

/**
 * Tracking on (DOC s15.device-configuration: any member turns it on), devices remembered at once; `replacesMfa` sets
 * ChallengeRequiredOnNewDevice. UpdateUserPool resets omitted members (§6), so the fixture pool's ENFORCED threat
 * protection is given again where a scenario needs it.
 */
const trackedPool = (options: { replacesMfa?: boolean; enforced?: boolean } = {}): Step =>
  citing(
    ["s15.device-configuration"],
    ok("UpdateUserPool", {
      ...POOL,
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: options.replacesMfa === true, DeviceOnlyRememberedOnUserPrompt: false },
      ...(options.enforced && { UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } }),
    }),
  );
/** Tracking on; no device challenge, so a sign-in ends in tokens. */
export const tracked: Step = trackedPool();
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

const DEVICE_KEY = { DEVICE_KEY: "{{deviceKey}}" };
/** InitiateAuth USER_PASSWORD_AUTH presenting the device. */
const deviceSignIn = (expect: Parameters<typeof ok>[2], save?: Record<string, string>) => ok("InitiateAuth", passwordAuth({ extra: DEVICE_KEY }), expect, save);

/**
 * A pool with MFA active (TOTP, OPTIONAL) where remembered devices replace it (ChallengeRequiredOnNewDevice), and
 * the fixture user with TOTP preferred and one confirmed, remembered device (§15.1, s15.remembered-replaces-mfa).
 */
const deviceWithMfa: Step[] = [
  trackedPool({ replacesMfa: true }),
  ok("SetUserPoolMfaConfig", { ...POOL, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }),
  trackedSignIn(),
  deviceVerifierStep,
  confirmDevice,
  ok("AssociateSoftwareToken", { AccessToken: "{{accessToken}}" }, {}, { totpSecret: "SecretCode" }),
  compute("totp", { secret: "{{totpSecret}}" }),
  ok("VerifySoftwareToken", { AccessToken: "{{accessToken}}", UserCode: "{{totpCode}}" }),
  ok("SetUserMFAPreference", { AccessToken: "{{accessToken}}", SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
];

/** The remembered device's sign-in: DEVICE_SRP_AUTH where the TOTP challenge would be (s15.device-srp-when). */
const deviceChallenge = citing(
  ["s15.remembered-replaces-mfa", "s15.device-srp-when"],
  deviceSignIn({ body: { ChallengeName: "DEVICE_SRP_AUTH" }, bodyAbsent: ["AuthenticationResult"] }, { session: "Session" }),
);

/** DEVICE_SRP_AUTH answered (s15.device-srp-answer) → DEVICE_PASSWORD_VERIFIER, then the claim signed with `password`. */
const deviceProof = (password: string): Step[] => [
  compute("srpStart"),
  citing(
    ["s15.device-srp-answer", "s15.device-password-verifier"],
    ok(
      "RespondToAuthChallenge",
      { ChallengeName: "DEVICE_SRP_AUTH", ClientId: "{{signInClientId}}", Session: "{{session}}", ChallengeResponses: { USERNAME: "{{username}}", ...DEVICE_KEY, SRP_A: "{{SRP_A}}" } },
      { body: { ChallengeName: "DEVICE_PASSWORD_VERIFIER" } },
      { session: "Session", SALT: "ChallengeParameters.SALT", SRP_B: "ChallengeParameters.SRP_B", SECRET_BLOCK: "ChallengeParameters.SECRET_BLOCK" },
    ),
  ),
  compute("srpClaim", {
    poolId: "{{userPoolId}}",
    poolName: "{{deviceGroupKey}}",
    userId: "{{deviceKey}}",
    password,
    SRP_B: "{{SRP_B}}",
    SALT: "{{SALT}}",
    SECRET_BLOCK: "{{SECRET_BLOCK}}",
    srpSecret: "{{srpSecret}}",
  }),
];
const deviceVerifierAnswer = {
  ChallengeName: "DEVICE_PASSWORD_VERIFIER",
  ClientId: "{{signInClientId}}",
  Session: "{{session}}",
  ChallengeResponses: { USERNAME: "{{username}}", PASSWORD_CLAIM_SECRET_BLOCK: "{{SECRET_BLOCK}}", TIMESTAMP: "{{TIMESTAMP}}", PASSWORD_CLAIM_SIGNATURE: "{{PASSWORD_CLAIM_SIGNATURE}}", ...DEVICE_KEY },
};
const DEVICE_NAME = "conformance-device";

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
  ...deviceSignInCases(),
  ...deviceRiskCases(),
];

/** The device flows a target shows without the control API (§15.1, §15.4): who gets device SRP, MFA, or a refusal. */
function deviceSignInCases(): Case[] {
  return [
    scenario({
      id: "remembered-device-replaces-mfa",
      operation: "RespondToAuthChallenge",
      member: "ChallengeName",
      rule: "device-srp",
      title: "a remembered device (ChallengeRequiredOnNewDevice, MFA active) gets DEVICE_SRP_AUTH instead of SOFTWARE_TOKEN_MFA; its proof gets tokens without NewDeviceMetadata",
      facts: ["s15.remembered-replaces-mfa", "s15.device-srp-when", "s15.device-srp-answer", "s15.device-password-verifier", "s15.device-srp-math", "s15.device-srp-success", "s9.success"],
      evidence: "INFERRED",
      fixtures: SIGNED_UP,
      steps: [
        ...deviceWithMfa,
        deviceChallenge,
        ...deviceProof("conformance-device-secret"),
        citing(["s15.device-srp-math", "s15.device-srp-success", "s9.success"], ok("RespondToAuthChallenge", deviceVerifierAnswer, { ...SIGNED_IN, bodyAbsent: [...SIGNED_IN.bodyAbsent!, "AuthenticationResult.NewDeviceMetadata"] })),
      ],
    }),
    scenario({
      id: "device-proof-verified",
      operation: "RespondToAuthChallenge",
      member: "ChallengeResponses.PASSWORD_CLAIM_SIGNATURE",
      rule: "device-srp-verified",
      title: "DEVICE_PASSWORD_VERIFIER signed with another device password is refused with NotAuthorizedException (text UNKNOWN): the device's proof is verified",
      facts: ["s15.device-srp-math", "s15.device-srp-success", "s15.device-srp-when"],
      evidence: "INFERRED",
      fixtures: SIGNED_UP,
      steps: [
        ...deviceWithMfa,
        deviceChallenge,
        ...deviceProof("not-the-device-secret"),
        inferred(
          "the server checks the claim against the verifier ConfirmDevice stored, as for USER_SRP_AUTH (s15.device-srp-math); the text is UNKNOWN, USER_SRP_AUTH's INFERRED",
          refused("RespondToAuthChallenge", deviceVerifierAnswer, "NotAuthorizedException", { message: { equals: "Incorrect username or password." } }),
          ["s15.device-srp-math", "s15.device-srp-success"],
        ),
      ],
    }),
    scenario({
      id: "not-remembered-device-mfa",
      operation: "InitiateAuth",
      member: "AuthParameters.DEVICE_KEY",
      rule: "not-remembered-device",
      title: "a device made not_remembered gets the user's MFA (SOFTWARE_TOKEN_MFA), no device SRP, where the remembered one skipped it",
      facts: ["s15.not-remembered-device", "s15.update-device-status", "s9.software-token-mfa"],
      evidence: "DOC",
      fixtures: SIGNED_UP,
      steps: [
        ...deviceWithMfa,
        ok("UpdateDeviceStatus", { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}", DeviceRememberedStatus: "not_remembered" }),
        citing(["s15.not-remembered-device", "s9.software-token-mfa"], deviceSignIn({ body: { ChallengeName: "SOFTWARE_TOKEN_MFA" }, bodyAbsent: ["AuthenticationResult"] })),
      ],
    }),
    scenario({
      id: "forgotten-device",
      operation: "InitiateAuth",
      member: "AuthParameters.DEVICE_KEY",
      rule: "forgotten-device",
      title: "after ForgetDevice, a sign-in presenting the device's key answers ResourceNotFoundException `Device does not exist.`",
      facts: ["s15.device-not-found", "s15.device-operations"],
      evidence: "DOC",
      fixtures: SIGNED_UP,
      steps: [
        ...confirmedDevice(),
        ok("ForgetDevice", { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}" }),
        citing(["s15.device-not-found"], refused("InitiateAuth", passwordAuth({ extra: DEVICE_KEY }), "ResourceNotFoundException", { message: { equals: "Device does not exist." } })),
      ],
    }),
  ];
}

/** What threat protection shows of a device (§15.12): events without a device key; the mock's rules can match one. */
function deviceRiskCases(): Case[] {
  const userAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  const contextData = { IpAddress: "198.51.100.23", ServerName: "app.example.com", ServerPath: "/login", HttpHeaders: [{ headerName: "User-Agent", headerValue: userAgent }] };
  const adminDeviceSignIn = (extra: Record<string, string>) => ({ ...POOL, ...passwordAuth({ extra }), AuthFlow: "ADMIN_USER_PASSWORD_AUTH", ContextData: contextData });
  return [
    scenario({
      id: "device-sign-in-event",
      operation: "AdminListUserAuthEvents",
      member: "AuthEvents.EventContextData",
      rule: "device-in-events",
      title: "the event of a sign-in on a confirmed device shows no device key, and its EventContextData.DeviceName is not the ConfirmDevice DeviceName",
      facts: ["s15.event-no-device-member", "s15.event-device-name", "s11.context-data"],
      evidence: "INFERRED",
      fixtures: SIGNED_UP,
      steps: [
        trackedPool({ enforced: true }),
        trackedSignIn(),
        deviceVerifierStep,
        ok("ConfirmDevice", { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}", DeviceName: DEVICE_NAME, DeviceSecretVerifierConfig: VERIFIER_CONFIG }),
        // Whether a remembered device is asked DEVICE_SRP_AUTH with MFA off is UNKNOWN (s15.device-srp-mfa-off): either 200.
        ok("AdminInitiateAuth", adminDeviceSignIn(DEVICE_KEY)),
        citing(
          ["s15.event-no-device-member"],
          ok("AdminListUserAuthEvents", { ...POOL, Username: "{{username}}", MaxResults: 1 }, { body: { AuthEvents: [{ EventType: "SignIn" }] }, bodyAbsent: ["AuthEvents.0.DeviceKey", "AuthEvents.0.EventContextData.DeviceKey"] }),
        ),
        inferred(
          "EventContextData.DeviceName is the parsed user agent (`0 Botocore 1, Other`, CONFIRMED), so not the name ConfirmDevice stored",
          ok("AdminListUserAuthEvents", { ...POOL, Username: "{{username}}", MaxResults: 1 }, { body: { AuthEvents: [{ EventContextData: { DeviceName: { $pattern: ".", $ne: DEVICE_NAME } } }] } }),
          ["s15.event-device-name"],
        ),
      ],
    }),
    scenario({
      id: "device-risk-rule",
      operation: "InitiateAuth",
      member: "AuthParameters.DEVICE_KEY",
      rule: "device-reaches-risk",
      title: "the device a sign-in presents reaches threat protection: with High blocked, a risk rule (control API) on the device key blocks sign-ins on it, not the user's others",
      facts: ["s15.risk-inputs", "s7.enforced-actions", "s11.block-action-message"],
      evidence: "DOC",
      fixtures: SIGNED_UP,
      notes: [
        "The device's risk level comes from the mock's control API (AWS's risk model can't be steered): PRECONDITION_FAILED on AWS and foreign emulators. Whether AWS's model uses the DEVICE_KEY is UNKNOWN (s15.device-risk-input); the refusal's text is CONFIRMED for a BLOCK action.",
      ],
      steps: [
        trackedPool({ enforced: true }),
        trackedSignIn(),
        deviceVerifierStep,
        confirmDevice,
        ok("SetRiskConfiguration", { ...POOL, AccountTakeoverRiskConfiguration: { Actions: { HighAction: { EventAction: "BLOCK", Notify: false } } } }),
        // Rules are the mock's global state (replaced here), narrowed to this scenario's own pool and device.
        control("riskRules", { rules: [{ RiskLevel: "High", UserPoolId: "{{userPoolId}}", DeviceKey: "{{deviceKey}}" }] }),
        citing(["s11.block-action-message", "s7.enforced-actions"], refused("AdminInitiateAuth", adminDeviceSignIn(DEVICE_KEY), "NotAuthorizedException", { message: { equals: "Unable to login because of security reasons." } })),
        citing(["s7.enforced-actions"], ok("AdminInitiateAuth", adminDeviceSignIn({}), SIGNED_IN)),
      ],
    }),
  ];
}
