// Context rows for the device operations (issue 19, aws-behavior.md §15): a device exists only after a sign-in on
// a tracked pool (one with a DeviceConfiguration) hands out NewDeviceMetadata and ConfirmDevice takes the verifier
// the client computes from it, so each accepted case makes its own: tracking on, a sign-in, the verifier, the
// confirmation. Device keys, verifiers and pagination tokens are issued or computed: those rows say so.
import type { Step } from "../../harness/case.ts";
import { ok } from "../behaviour/build.ts";
import { confirmedDevice, deviceVerifierStep, tracked, trackedSignIn, VERIFIER_CONFIG } from "../behaviour/devices.ts";
import { POOL } from "../behaviour/sign-in-steps.ts";
import type { Row } from "./context.ts";

const SIGNED_UP = ["pool", "user", "password", "signInClient"];
const STRONG = "Aa1!conformance-pass";
const ISSUED = (what: string) => `${what} is issued by the service: a made-up value of the boundary length is not a valid one`;
const ADMIN_OPS = ["AdminGetDevice", "AdminForgetDevice", "AdminUpdateDeviceStatus"];
const TOKEN_OPS = ["GetDevice", "ForgetDevice", "UpdateDeviceStatus", "ListDevices"];
const DEVICE_OPS = [...ADMIN_OPS, ...TOKEN_OPS, "AdminListDevices", "ConfirmDevice"];

const createUser = (username: unknown): Step[] => [
  ok("AdminCreateUser", { ...POOL, Username: username, MessageAction: "SUPPRESS" }),
  ok("AdminSetUserPassword", { ...POOL, Username: username, Password: STRONG, Permanent: true }),
];

export const DEVICE_ROWS: Row[] = [
  // Every device operation: a confirmed device of the fixture user, each case its own pool (tracking is a pool setting).
  { ops: DEVICE_OPS, path: /./, fixtures: SIGNED_UP, fresh: true },
  { ops: ADMIN_OPS, path: /./, setup: () => confirmedDevice(), with: { ...POOL, Username: "{{username}}", DeviceKey: "{{deviceKey}}" } },
  { ops: ["AdminListDevices"], path: /./, setup: () => confirmedDevice(), with: { ...POOL, Username: "{{username}}" } },
  { ops: TOKEN_OPS, path: /./, setup: () => confirmedDevice(), with: { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}" } },
  { ops: ["ListDevices"], path: /./, with: { AccessToken: "{{accessToken}}" } },
  { ops: ["ConfirmDevice"], path: /./, setup: () => [tracked, trackedSignIn(), deviceVerifierStep], with: { AccessToken: "{{accessToken}}", DeviceKey: "{{deviceKey}}", DeviceSecretVerifierConfig: VERIFIER_CONFIG } },
  // A status: the answer to an absent one is UNKNOWN (optional in the model, §15; the mock refuses it).
  { ops: ["AdminUpdateDeviceStatus", "UpdateDeviceStatus"], path: /./, with: { DeviceRememberedStatus: "remembered" } },
  // A probed Username is the user the case creates and signs in.
  { ops: [...ADMIN_OPS, "AdminListDevices"], path: "Username", setup: (name) => [...createUser(name), ...confirmedDevice(name, STRONG)] },
  // What the service issues or the client computes has no valid value of another length.
  { ops: DEVICE_OPS, path: "DeviceKey", rule: /./, unreachable: ISSUED("a device key (`<region>_` + a UUID, 46 characters in us-east-1)") },
  { ops: ["ListDevices", "AdminListDevices"], path: "PaginationToken", rule: /./, unreachable: ISSUED("a pagination token") },
  {
    ops: ["ConfirmDevice"],
    path: /^DeviceSecretVerifierConfig\.(PasswordVerifier|Salt)$/,
    rule: /^length-/,
    unreachable: "the salt (16 random bytes) and verifier (g^x mod N) are computed by the client from the keys it was issued (§15.3): a value of the boundary length is not a verifier, and AWS's answer to one is not in the evidence",
  },
];
