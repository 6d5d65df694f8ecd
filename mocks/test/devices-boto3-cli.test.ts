// boto3 and the AWS CLI (botocore's serializers and parsers) on the device operations against `serve`: a device
// confirmed through the SDK, then the user APIs (access token) and the admin APIs (SigV4) from botocore, and a
// forgotten device's `Device does not exist.`. The scripts print shapes and flags, never the tokens.
import { ConfirmDeviceCommand, CreateUserPoolClientCommand, CreateUserPoolCommand, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deviceVerifier } from "../../suites/cases/behaviour/sign-in-client.ts";
import { awsCliInput, hasAws, hasBoto3, runPython } from "./cli-tools.ts";
import { ALL_FLOWS, createSignInUser, PASSWORD, startSignInServer, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let poolId: string;
let accessToken: string;
let deviceKey: string;
beforeAll(async () => {
  world = await startSignInServer(74);
  const { UserPool } = await world.sdk.send(new CreateUserPoolCommand({ PoolName: "devices-cli", DeviceConfiguration: { DeviceOnlyRememberedOnUserPrompt: false } }));
  poolId = UserPool!.Id!;
  const { UserPoolClient } = await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: "app", ExplicitAuthFlows: ALL_FLOWS }));
  for (const name of ["bo", "cli"]) await createSignInUser(world.sdk, poolId, name);
  const signIn = async (USERNAME: string) => {
    const result = (await world.sdk.send(new InitiateAuthCommand({ ClientId: UserPoolClient!.ClientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }))).AuthenticationResult!;
    const { DeviceKey, DeviceGroupKey } = result.NewDeviceMetadata!;
    await world.sdk.send(new ConfirmDeviceCommand({ AccessToken: result.AccessToken!, DeviceKey: DeviceKey!, DeviceName: "laptop", DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey!, DeviceKey!, "device-pw") }));
    return { accessToken: result.AccessToken!, deviceKey: DeviceKey! };
  };
  ({ accessToken, deviceKey } = await signIn("bo"));
  cliDevice = (await signIn("cli")).deviceKey;
});
afterAll(() => world?.close());
let cliDevice: string;

const BOTO3 = String.raw`
import json, sys, boto3, botocore.exceptions
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
out = {}
def attempt(step, call):
    try:
        out[step] = call()
    except botocore.exceptions.ClientError as e:
        out[step] = {"error": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}
shape = lambda d: {"key": d["DeviceKey"] == a["key"], "names": [x["Name"] for x in d["DeviceAttributes"]], "dates": all(hasattr(d[k], "year") for k in ("DeviceCreateDate", "DeviceLastModifiedDate", "DeviceLastAuthenticatedDate"))}
attempt("list", lambda: [shape(d) for d in c.list_devices(AccessToken=a["token"], Limit=10)["Devices"]])
attempt("get", lambda: shape(c.get_device(AccessToken=a["token"], DeviceKey=a["key"])["Device"]))
attempt("adminList", lambda: [shape(d) for d in c.admin_list_devices(UserPoolId=a["pool"], Username="bo")["Devices"]])
attempt("update", lambda: c.update_device_status(AccessToken=a["token"], DeviceKey=a["key"], DeviceRememberedStatus="not_remembered")["ResponseMetadata"]["HTTPStatusCode"])
attempt("adminGet", lambda: [x["Value"] for x in c.admin_get_device(UserPoolId=a["pool"], Username="bo", DeviceKey=a["key"])["Device"]["DeviceAttributes"] if x["Name"] == "dev:device_remembered_status"])
attempt("adminForget", lambda: c.admin_forget_device(UserPoolId=a["pool"], Username="bo", DeviceKey=a["key"])["ResponseMetadata"]["HTTPStatusCode"])
attempt("forgotten", lambda: c.admin_get_device(UserPoolId=a["pool"], Username="bo", DeviceKey=a["key"]))
print(json.dumps(out))
`;

describe.skipIf(!hasBoto3)("boto3 on the device operations (needs python3 with boto3)", () => {
  test("user and admin device operations parse, statuses change, a forgotten device does not exist", async () => {
    const { stdout, stderr } = await runPython(BOTO3, JSON.stringify({ url: world.url, pool: poolId, token: accessToken, key: deviceKey }));
    expect(stderr).toBe("");
    const out = JSON.parse(stdout);
    const userNames = ["device_status", "device_name", "last_ip_used"];
    const fullNames = ["device_status", "device_name", "dev:device_arn", "dev:device_owner", "last_ip_used", "dev:device_remembered_status", "dev:device_sdk"];
    expect(out.list).toEqual([{ key: true, names: userNames, dates: true }]);
    expect(out.get).toEqual({ key: true, names: fullNames, dates: true });
    expect(out.adminList).toEqual([{ key: true, names: fullNames, dates: true }]);
    expect([out.update, out.adminGet, out.adminForget]).toEqual([200, ["not_remembered"], 200]);
    expect(out.forgotten).toEqual({ error: "ResourceNotFoundException", message: "Device does not exist." });
  });
});

describe.skipIf(!hasAws)("the AWS CLI on the device operations (needs aws)", () => {
  test("admin-list-devices, admin-update-device-status, admin-get-device", async () => {
    const aws = (operation: string, input: Record<string, unknown>) => awsCliInput(world.url, operation, input, [PASSWORD]);
    const list = await aws("admin-list-devices", { UserPoolId: poolId, Username: "cli" });
    expect([list.code, list.json?.Devices?.map((d: { DeviceKey: string }) => d.DeviceKey)]).toEqual([0, [cliDevice]]);
    expect((await aws("admin-update-device-status", { UserPoolId: poolId, Username: "cli", DeviceKey: cliDevice, DeviceRememberedStatus: "not_remembered" })).code).toBe(0);
    const got = await aws("admin-get-device", { UserPoolId: poolId, Username: "cli", DeviceKey: cliDevice });
    expect(got.json?.Device?.DeviceAttributes).toContainEqual({ Name: "dev:device_remembered_status", Value: "not_remembered" });
    const missing = await aws("admin-get-device", { UserPoolId: poolId, Username: "cli", DeviceKey: "us-east-1_00000000-0000-4000-8000-000000000000" });
    expect(missing.code).not.toBe(0); // 254 (CLI v2) or 255 (v1)
    expect(missing.stderr).toEqual(expect.stringContaining("(ResourceNotFoundException) when calling the AdminGetDevice operation: Device does not exist."));
  });
});
