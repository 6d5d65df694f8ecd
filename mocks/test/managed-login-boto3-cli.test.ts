// The managed login configuration through boto3 (botocore's parsers: dates, the signing certificate's string, modeled
// exceptions) and the AWS CLI (its exit code and error line), against `serve`.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { awsCli, hasAws, hasBoto3, runPython } from "./cli-tools.ts";
import { startSignInServer, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
beforeAll(async () => {
  world = await startSignInServer(68);
});
afterAll(() => world?.close());

const BOTO3 = String.raw`
import base64, json, sys, boto3
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
out = {}
pool = c.create_user_pool(PoolName="boto-login")["UserPool"]["Id"]
c.create_user_pool_domain(UserPoolId=pool, Domain="boto-login-prefix")
d = c.describe_user_pool_domain(Domain="boto-login-prefix")["DomainDescription"]
out["domain"] = {k: d[k] for k in ("UserPoolId", "Domain", "Status", "CustomDomainConfig")}
server = c.create_resource_server(UserPoolId=pool, Identifier="boto-api", Name="api", Scopes=[{"ScopeName": "read", "ScopeDescription": "read"}])["ResourceServer"]
out["servers"] = [(s["Identifier"], [x["ScopeName"] for x in s["Scopes"]]) for s in c.list_resource_servers(UserPoolId=pool, MaxResults=10)["ResourceServers"]]
p = c.create_identity_provider(UserPoolId=pool, ProviderName="Google", ProviderType="Google", ProviderDetails={"client_id": "id", "client_secret": "s", "authorize_scopes": "email"})["IdentityProvider"]
out["provider_dated"] = hasattr(p["CreationDate"], "year")
out["providers"] = [(x["ProviderName"], x["ProviderType"]) for x in c.list_identity_providers(UserPoolId=pool, MaxResults=10)["Providers"]]
cert = c.get_signing_certificate(UserPoolId=pool)["Certificate"]
der = base64.b64decode(cert, validate=True)
out["cert"] = {"der_sequence": der[0] == 0x30, "stable": c.get_signing_certificate(UserPoolId=pool)["Certificate"] == cert}
try:
    c.create_identity_provider(UserPoolId=pool, ProviderName="Google", ProviderType="Google", ProviderDetails={"client_id": "id", "client_secret": "s", "authorize_scopes": "email"})
except c.exceptions.DuplicateProviderException:
    out["duplicate"] = True
other = c.create_user_pool(PoolName="boto-login-2")["UserPool"]["Id"]
try:
    c.create_user_pool_domain(UserPoolId=other, Domain="boto-login-prefix")
except c.exceptions.InvalidParameterException as e:
    out["taken"] = e.response["Error"]["Message"]
print(json.dumps(out))
`;

describe.skipIf(!hasBoto3)("boto3 against serve (needs python3 with boto3)", () => {
  test("a domain described, a resource server and a provider listed, the signing certificate; duplicate provider and taken prefix refused", async () => {
    const run = await runPython(BOTO3, JSON.stringify({ url: world.url }));
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    expect(out.domain).toEqual({ UserPoolId: expect.stringMatching(/^us-east-1_/), Domain: "boto-login-prefix", Status: "ACTIVE", CustomDomainConfig: {} });
    expect(out.servers).toEqual([["boto-api", ["read"]]]);
    expect(out.provider_dated).toBe(true);
    expect(out.providers).toEqual([["Google", "Google"]]);
    expect(out.cert).toEqual({ der_sequence: true, stable: true });
    expect(out.duplicate).toBe(true);
    expect(out.taken).toBe("Domain already associated with another user pool.");
  });
});

describe.skipIf(!hasAws)("the AWS CLI against serve (needs `aws` on PATH)", () => {
  test("create and describe a domain, a resource server and a provider listed, the signing certificate; a taken prefix is an error line", async () => {
    const pool = (await awsCli(world.url, ["create-user-pool", "--pool-name", "cli-login"])).json.UserPool.Id as string;
    expect((await awsCli(world.url, ["create-user-pool-domain", "--user-pool-id", pool, "--domain", "cli-login-prefix"])).code).toBe(0);
    const described = await awsCli(world.url, ["describe-user-pool-domain", "--domain", "cli-login-prefix"]);
    expect(described.code).toBe(0);
    expect(described.json.DomainDescription).toMatchObject({ UserPoolId: pool, Domain: "cli-login-prefix", Status: "ACTIVE" });
    const server = await awsCli(world.url, ["create-resource-server", "--user-pool-id", pool, "--identifier", "cli-api", "--name", "api", "--scopes", "ScopeName=read,ScopeDescription=read"]);
    expect(server.code).toBe(0);
    const servers = await awsCli(world.url, ["list-resource-servers", "--user-pool-id", pool, "--max-results", "10"]);
    expect(servers.json.ResourceServers.map((s: { Identifier: string }) => s.Identifier)).toEqual(["cli-api"]);
    const provider = await awsCli(world.url, ["create-identity-provider", "--user-pool-id", pool, "--provider-name", "Google", "--provider-type", "Google", "--provider-details", "client_id=id,client_secret=s,authorize_scopes=email"]);
    expect(provider.code).toBe(0);
    const providers = await awsCli(world.url, ["list-identity-providers", "--user-pool-id", pool]);
    expect(providers.json.Providers.map((p: { ProviderName: string }) => p.ProviderName)).toEqual(["Google"]);
    const cert = await awsCli(world.url, ["get-signing-certificate", "--user-pool-id", pool]);
    expect(cert.code).toBe(0);
    expect(cert.json.Certificate).toMatch(/^MII[A-Za-z0-9+/]+=*$/);
    const other = (await awsCli(world.url, ["create-user-pool", "--pool-name", "cli-login-2"])).json.UserPool.Id as string;
    const taken = await awsCli(world.url, ["create-user-pool-domain", "--user-pool-id", other, "--domain", "cli-login-prefix"]);
    expect(taken.code).toBe(255);
    expect(taken.stderr).toContain("An error occurred (InvalidParameterException) when calling the CreateUserPoolDomain operation: Domain already associated with another user pool.");
  });
});
