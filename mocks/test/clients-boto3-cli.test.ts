// App clients through boto3 and the AWS CLI against `serve` (botocore's own parsers and paginators): Describe and
// List read back what §12.1 says, and the CLI's automatic paging follows the mock's NextToken. Secret values stay
// inside python (it prints only shapes and flags).
import { CreateUserPoolClientCommand, CreateUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { awsCli, hasAws, hasBoto3, runPython } from "./cli-tools.ts";
import { startSignInServer, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
let poolId: string;
const clientIds: string[] = [];
beforeAll(async () => {
  world = await startSignInServer(65);
  const { UserPool } = await world.sdk.send(new CreateUserPoolCommand({ PoolName: "clients-pool" }));
  poolId = UserPool!.Id!;
  for (const [i, GenerateSecret] of [false, true, false].entries()) {
    const { UserPoolClient } = await world.sdk.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: `app-${i}`, GenerateSecret }));
    clientIds.push(UserPoolClient!.ClientId!);
  }
});
afterAll(() => world?.close());

const BOTO3 = String.raw`
import json, sys, boto3
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
out = {}
d = c.describe_user_pool_client(UserPoolId=a["pool"], ClientId=a["clients"][0])["UserPoolClient"]
out["describe"] = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items()}
pages = list(c.get_paginator("list_user_pool_clients").paginate(UserPoolId=a["pool"], PaginationConfig={"PageSize": 2}))
out["pages"] = [[item["ClientId"] for item in p["UserPoolClients"]] for p in pages]
out["itemKeys"] = sorted({k for p in pages for item in p["UserPoolClients"] for k in item})
secret = a["clients"][1]
added = c.add_user_pool_client_secret(UserPoolId=a["pool"], ClientId=secret)["ClientSecretDescriptor"]
out["added"] = {"id": added["ClientSecretId"].startswith(secret + "--"), "hasValue": len(added.get("ClientSecretValue", "")) > 0, "dated": hasattr(added["ClientSecretCreateDate"], "year")}
listed = c.list_user_pool_client_secrets(UserPoolId=a["pool"], ClientId=secret)
out["secrets"] = {"count": len(listed["ClientSecrets"]), "values": any("ClientSecretValue" in s for s in listed["ClientSecrets"]), "next": "NextToken" in listed}
print(json.dumps(out))
`;

describe.skipIf(!hasBoto3)("boto3 against serve (needs python3 with boto3)", () => {
  test("describe_user_pool_client, the list_user_pool_clients paginator and the secret operations parse as botocore expects", async () => {
    const run = await runPython(BOTO3, JSON.stringify({ url: world.url, pool: poolId, clients: clientIds }));
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    expect(out.describe).toMatchObject({ UserPoolId: poolId, ClientId: clientIds[0], ClientName: "app-0", RefreshTokenValidity: 30, AuthSessionValidity: 3, TokenValidityUnits: {}, EnableTokenRevocation: true });
    for (const never of ["AccessTokenValidity", "PreventUserExistenceErrors", "ExplicitAuthFlows", "ClientSecret"]) expect(out.describe).not.toHaveProperty(never);
    expect(out.pages).toEqual([clientIds.slice(0, 2), clientIds.slice(2)]);
    expect(out.itemKeys).toEqual(["ClientId", "ClientName", "UserPoolId"]);
    expect(out.added).toEqual({ id: true, hasValue: true, dated: true });
    expect(out.secrets).toEqual({ count: 2, values: false, next: false });
  });
});

describe.skipIf(!hasAws)("the AWS CLI against serve (needs `aws` on PATH)", () => {
  test("describe-user-pool-client answers the public client as §12.1 reads it back", async () => {
    const { code, json } = await awsCli(world.url, ["describe-user-pool-client", "--user-pool-id", poolId, "--client-id", clientIds[2]!]);
    expect(code).toBe(0);
    expect(json.UserPoolClient).toMatchObject({ ClientId: clientIds[2], ClientName: "app-2", RefreshTokenValidity: 30, TokenValidityUnits: {}, AllowedOAuthFlowsUserPoolClient: false });
    expect(json.UserPoolClient).not.toHaveProperty("ClientSecret");
  });

  test("list-user-pool-clients with --page-size 1: the CLI follows every NextToken and merges the pages", async () => {
    const { code, json } = await awsCli(world.url, ["list-user-pool-clients", "--user-pool-id", poolId, "--page-size", "1"]);
    expect(code).toBe(0);
    expect(json.UserPoolClients).toEqual(clientIds.map((ClientId, i) => ({ ClientId, UserPoolId: poolId, ClientName: `app-${i}` })));
    expect(json).not.toHaveProperty("NextToken");
  });

  test("an unknown client exits 255 with AWS's error line", async () => {
    const { code, stderr } = await awsCli(world.url, ["describe-user-pool-client", "--user-pool-id", poolId, "--client-id", "0000000000000000000000nope"]);
    expect(code).toBe(255);
    expect(stderr).toContain("An error occurred (ResourceNotFoundException) when calling the DescribeUserPoolClient operation: User pool client 0000000000000000000000nope does not exist.");
  });
});
