// The import job, branding, terms, replicas and limits through boto3 (botocore's parsers, its Document type for
// Settings, a real PUT of the CSV with urllib to the PreSignedUrl) and the AWS CLI, against `serve`.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { awsCli, hasAws, hasBoto3, runPython } from "./cli-tools.ts";
import { startSignInServer, type SignInWorld } from "./signin-setup.ts";

let world: SignInWorld;
beforeAll(async () => {
  world = await startSignInServer(66);
});
afterAll(() => world?.close());

const BOTO3 = String.raw`
import json, sys, urllib.request, boto3
a = json.load(sys.stdin)
c = boto3.client("cognito-idp", endpoint_url=a["url"], region_name="us-east-1", aws_access_key_id="AKIDBOTO", aws_secret_access_key="boto-secret")
out = {}
pool = c.create_user_pool(PoolName="boto-extras", AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
client = c.create_user_pool_client(UserPoolId=pool, ClientName="web")["UserPoolClient"]["ClientId"]
header = c.get_csv_header(UserPoolId=pool)["CSVHeader"]
job = c.create_user_import_job(UserPoolId=pool, JobName="boto", CloudWatchLogsRoleArn="arn:aws:iam::123456789012:role/CognitoImport")["UserImportJob"]
row = lambda v: ",".join(v.get(h, "") for h in header)
csv = "\n".join([",".join(header), row({"cognito:username": "erin", "email": "erin@example.com", "email_verified": "true", "cognito:mfa_enabled": "false"})])
put = urllib.request.Request(job["PreSignedUrl"], data=csv.encode(), method="PUT", headers={"x-amz-server-side-encryption": "aws:kms", "Content-Type": "text/csv"})
out["put"] = urllib.request.urlopen(put).status
out["started"] = c.start_user_import_job(UserPoolId=pool, JobId=job["JobId"])["UserImportJob"]["Status"]
done = c.describe_user_import_job(UserPoolId=pool, JobId=job["JobId"])["UserImportJob"]
out["done"] = {k: done[k] for k in ("Status", "ImportedUsers", "FailedUsers", "SkippedUsers")}
out["dated"] = hasattr(done["CompletionDate"], "year")
out["user"] = c.admin_get_user(UserPoolId=pool, Username="erin")["UserStatus"]
style = c.create_managed_login_branding(UserPoolId=pool, ClientId=client, Settings={"categories": {"global": {"colorSchemeMode": "DARK"}}}, Assets=[{"Category": "FORM_LOGO", "ColorMode": "LIGHT", "Extension": "PNG", "Bytes": b"\x89PNG"}])["ManagedLoginBranding"]
read = c.describe_managed_login_branding_by_client(UserPoolId=pool, ClientId=client)["ManagedLoginBranding"]
out["style"] = {"settings": read["Settings"], "bytes": list(read["Assets"][0]["Bytes"]), "same": read["ManagedLoginBrandingId"] == style["ManagedLoginBrandingId"]}
try:
    c.create_managed_login_branding(UserPoolId=pool, ClientId=client, UseCognitoProvidedValues=True)
except c.exceptions.ManagedLoginBrandingExistsException:
    out["exists"] = True
terms = c.create_terms(UserPoolId=pool, ClientId=client, TermsName="privacy-policy", TermsSource="LINK", Enforcement="NONE", Links={"cognito:default": "https://example.com/privacy"})["Terms"]
out["terms"] = [t["TermsName"] for t in c.list_terms(UserPoolId=pool)["Terms"]]
# Replicas and provisioned limits entered the model in 2026: an older botocore lacks them (reported, not failed).
if hasattr(c, "create_user_pool_replica"):
    c.create_user_pool_replica(UserPoolId=pool, RegionName="eu-west-1")
    out["replicas"] = [(r["RegionName"], r["Role"]) for r in c.list_user_pool_replicas(UserPoolId=pool)["UserPoolReplicas"]]
if hasattr(c, "update_provisioned_limit"):
    limit = c.update_provisioned_limit(LimitDefinition={"LimitClass": "API_CATEGORY", "Attributes": {"Category": "UserCreation"}}, RequestedLimitValue=75)["Limit"]
    out["limit"] = [limit["ProvisionedLimitValue"], limit["FreeLimitValue"]]
out["pool"] = pool
print(json.dumps(out))
`;

let poolId = "";
describe.skipIf(!hasBoto3)("boto3 against serve (needs python3 with boto3)", () => {
  test("an import job end to end (urllib PUT to the PreSignedUrl), a branding Document, terms; a replica and a limit where this botocore has them", async () => {
    const run = await runPython(BOTO3, JSON.stringify({ url: world.url }));
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    poolId = out.pool;
    expect(out.put).toBe(200);
    expect(out.started).toBe("Pending");
    expect(out.done).toEqual({ Status: "Succeeded", ImportedUsers: 1, FailedUsers: 0, SkippedUsers: 0 });
    expect(out.dated).toBe(true);
    expect(out.user).toBe("RESET_REQUIRED");
    expect(out.style).toEqual({ settings: { categories: { global: { colorSchemeMode: "DARK" } } }, bytes: [0x89, 0x50, 0x4e, 0x47], same: true });
    expect(out.exists).toBe(true);
    expect(out.terms).toEqual(["privacy-policy"]);
    // An older botocore has no replica / limit operations: said, not counted as checked.
    if (out.replicas === undefined) console.warn("boto3 here has no create_user_pool_replica: the replica check did not run");
    else expect(out.replicas).toEqual([["us-east-1", "PRIMARY"], ["eu-west-1", "SECONDARY"]]);
    if (out.limit === undefined) console.warn("boto3 here has no update_provisioned_limit: the limit check did not run");
    else expect(out.limit).toEqual([75, 50]);
  });
});

describe.skipIf(!hasAws)("the AWS CLI against serve (needs `aws` on PATH)", () => {
  test("get-csv-header and list-user-import-jobs", async () => {
    const created = await awsCli(world.url, ["create-user-pool", "--pool-name", "cli-extras"]);
    expect(created.code).toBe(0);
    const pool = created.json.UserPool.Id as string;
    const header = await awsCli(world.url, ["get-csv-header", "--user-pool-id", pool]);
    expect(header.code).toBe(0);
    expect(header.json.CSVHeader.slice(-2)).toEqual(["cognito:mfa_enabled", "cognito:username"]);
    const job = await awsCli(world.url, ["create-user-import-job", "--user-pool-id", pool, "--job-name", "cli", "--cloud-watch-logs-role-arn", "arn:aws:iam::123456789012:role/CognitoImport"]);
    expect(job.code).toBe(0);
    const listed = await awsCli(world.url, ["list-user-import-jobs", "--user-pool-id", pool, "--max-results", "5"]);
    expect(listed.code).toBe(0);
    expect(listed.json.UserImportJobs.map((j: { JobName: string }) => j.JobName)).toEqual(["cli"]);
  });
});
