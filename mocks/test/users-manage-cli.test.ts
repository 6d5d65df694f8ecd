// The AWS CLI and boto3 (botocore's serializers and paginators, SigV4) manage users against `serve`: list-users with a
// Filter, the CLI's automatic paging and boto3's list_users paginator through PaginationToken, and a disabled user
// refused at sign-in. The password reaches python on stdin, never on a command line; nothing prints a token.
import { AdminCreateUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { awsCli, hasAws, hasBoto3, runPython } from "./cli-tools.ts";
import { createSignInPool, createSignInUser, PASSWORD, startSignInServer, type PoolSetup, type SignInWorld } from "./signin-setup.ts";

const FAMILIES: Record<string, string> = { jon: "Reddy", mary: "Reddy", jonas: "Smith", ann: "Reddy", zed: "Jones" };

let world: SignInWorld;
let pool: PoolSetup;
beforeAll(async () => {
  world = await startSignInServer(71);
  pool = await createSignInPool(world.sdk);
  for (const [Username, family] of Object.entries(FAMILIES)) {
    await world.sdk.send(new AdminCreateUserCommand({ UserPoolId: pool.poolId, Username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "family_name", Value: family }] }));
  }
  await createSignInUser(world.sdk, pool.poolId, "bob");
});
afterAll(() => world?.close());

const aws = (args: string[]) => awsCli(world.url, args);

describe.skipIf(!hasAws)("the AWS CLI against serve (needs `aws` on PATH)", () => {
  test('list-users --filter \'family_name = "Reddy"\' lists the Reddys with the item shape of the CLI example', async () => {
    const out = await aws(["list-users", "--user-pool-id", pool.poolId, "--filter", 'family_name = "Reddy"']);
    expect(out.stderr).toBe("");
    expect(out.json.Users.map((u: any) => u.Username).sort()).toEqual(["ann", "jon", "mary"]);
    expect(Object.keys(out.json.Users[0]).sort()).toEqual(["Attributes", "Enabled", "UserCreateDate", "UserLastModifiedDate", "UserStatus", "Username"]);
  });

  test("the CLI pages through PaginationToken on its own (--page-size 2): every user once", async () => {
    const out = await aws(["list-users", "--user-pool-id", pool.poolId, "--page-size", "2"]);
    expect(out.code).toBe(0);
    expect(out.json.Users.map((u: any) => u.Username)).toEqual([...Object.keys(FAMILIES), "bob"]);
  });

  test("a malformed filter: InvalidParameterException `Error while parsing filter.`", async () => {
    const out = await aws(["list-users", "--user-pool-id", pool.poolId, "--filter", "foo"]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain("(InvalidParameterException)");
    expect(out.stderr).toContain("Error while parsing filter.");
  });
});

// One python process; the password comes in on stdin.
const BOTO3 = String.raw`
import json, sys, boto3, botocore.exceptions
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
out = {}
pages = list(c.get_paginator("list_users").paginate(UserPoolId=a["poolId"], Filter='username ^= "j"', PaginationConfig={"PageSize": 1}))
out["pages"] = len(pages)
out["listed"] = [u["Username"] for p in pages for u in p["Users"]]
c.admin_disable_user(UserPoolId=a["poolId"], Username="bob")
try:
    c.admin_initiate_auth(UserPoolId=a["poolId"], ClientId=a["clientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"]})
    out["disabled"] = "signed in"
except botocore.exceptions.ClientError as e:
    out["disabled"] = {"error": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}
out["listedDisabled"] = [u["Enabled"] for u in c.list_users(UserPoolId=a["poolId"], Filter='status = "Disabled"')["Users"]]
c.admin_enable_user(UserPoolId=a["poolId"], Username="bob")
r = c.admin_initiate_auth(UserPoolId=a["poolId"], ClientId=a["clientId"], AuthFlow="ADMIN_USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": a["password"]})
out["enabled"] = sorted(r.get("AuthenticationResult", {}))
print(json.dumps(out))
`;

describe.skipIf(!hasBoto3)("boto3 against serve (needs python3 with boto3)", () => {
  test("the list_users paginator with a prefix filter, and admin_disable_user / admin_enable_user around a sign-in", async () => {
    const input = JSON.stringify({ url: world.url, poolId: pool.poolId, clientId: pool.clientId, password: PASSWORD });
    const run = await runPython(BOTO3, input);
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    expect(out.listed).toEqual(["jon", "jonas"]);
    expect(out.pages).toBeGreaterThanOrEqual(2);
    expect(out.disabled).toEqual({ error: "NotAuthorizedException", message: "User is disabled." });
    expect(out.listedDisabled).toEqual([false]);
    expect(out.enabled).toEqual(["AccessToken", "ExpiresIn", "IdToken", "RefreshToken", "TokenType"]);
  });
});
