// Managed login branding, terms, replicas, provisioned limits and user import jobs through SDK v3 in-process (msw):
// stored, validated and read back; the import's CSV goes up through control.uploadImportCsv (no server here).
import {
  CreateManagedLoginBrandingCommand,
  CreateTermsCommand,
  CreateUserImportJobCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolReplicaCommand,
  DeleteManagedLoginBrandingCommand,
  DeleteTermsCommand,
  DeleteUserPoolReplicaCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeManagedLoginBrandingCommand,
  DescribeTermsCommand,
  DescribeUserImportJobCommand,
  AdminGetUserCommand,
  GetCSVHeaderCommand,
  GetProvisionedLimitCommand,
  ListTermsCommand,
  ListUserImportJobsCommand,
  ListUserPoolReplicasCommand,
  StartUserImportJobCommand,
  StopUserImportJobCommand,
  UpdateManagedLoginBrandingCommand,
  UpdateProvisionedLimitCommand,
  UpdateTermsCommand,
  UpdateUserPoolReplicaCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, test } from "vitest";
import { failure, poolsHarness } from "./pools-harness.ts";

const { client, mock } = poolsHarness(31);

async function poolAndClient(extra: Record<string, unknown> = {}) {
  const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: "extras", AutoVerifiedAttributes: ["email"], ...extra }))).UserPool!.Id!;
  const ClientId = (await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
  return { UserPoolId, ClientId };
}

describe("managed login branding", () => {
  test("one style per client, stored and read back by id and by client; an update keeps what it does not name", async () => {
    const { UserPoolId, ClientId } = await poolAndClient();
    const created = (await client.send(new CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, Settings: { categories: { global: { colorSchemeMode: "DARK" } } }, Assets: [{ Category: "FORM_LOGO", ColorMode: "LIGHT", Extension: "PNG", Bytes: new Uint8Array([1, 2, 3]) }] }))).ManagedLoginBranding!;
    expect(created.ManagedLoginBrandingId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.UseCognitoProvidedValues).toBe(false);
    const again = await failure(client.send(new CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, UseCognitoProvidedValues: true })));
    expect(again.name).toBe("ManagedLoginBrandingExistsException");
    const byClient = (await client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId }))).ManagedLoginBranding!;
    expect(byClient.ManagedLoginBrandingId).toBe(created.ManagedLoginBrandingId);
    expect(byClient.Settings).toEqual({ categories: { global: { colorSchemeMode: "DARK" } } });
    expect([...byClient.Assets![0]!.Bytes!]).toEqual([1, 2, 3]);
    const updated = (await client.send(new UpdateManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: created.ManagedLoginBrandingId, Settings: { categories: { global: { pageHeader: { enabled: true } } } } }))).ManagedLoginBranding!;
    expect(updated.Settings).toEqual({ categories: { global: { colorSchemeMode: "DARK", pageHeader: { enabled: true } } } });
    expect(updated.Assets).toHaveLength(1);
    const merged = (await client.send(new DescribeManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: created.ManagedLoginBrandingId, ReturnMergedResources: true }))).ManagedLoginBranding!;
    expect((merged.Settings as any).categories.global.colorSchemeMode).toBe("DARK");
    expect(Object.keys(merged.Settings as object).length).toBeGreaterThan(1);
    await client.send(new DeleteManagedLoginBrandingCommand({ UserPoolId, ManagedLoginBrandingId: created.ManagedLoginBrandingId }));
    expect((await failure(client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId })))).name).toBe("ResourceNotFoundException");
  });

  test("UseCognitoProvidedValues excludes Settings and Assets; an unknown client is not found", async () => {
    const { UserPoolId, ClientId } = await poolAndClient();
    const both = await failure(client.send(new CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, UseCognitoProvidedValues: true, Settings: {} })));
    expect(both.name).toBe("InvalidParameterException");
    const missing = await failure(client.send(new CreateManagedLoginBrandingCommand({ UserPoolId, ClientId: "nosuchclient1234", UseCognitoProvidedValues: true })));
    expect(missing.name).toBe("ResourceNotFoundException");
  });
});

describe("terms", () => {
  test("one document per name and client; update, list and delete", async () => {
    const { UserPoolId, ClientId } = await poolAndClient();
    const input = { UserPoolId, ClientId, TermsSource: "LINK" as const, Enforcement: "NONE" as const, Links: { "cognito:default": "https://example.com/terms" } };
    const terms = (await client.send(new CreateTermsCommand({ ...input, TermsName: "terms-of-use" }))).Terms!;
    expect(terms).toMatchObject({ ClientId, TermsName: "terms-of-use", Links: input.Links });
    expect((await failure(client.send(new CreateTermsCommand({ ...input, TermsName: "terms-of-use" })))).name).toBe("TermsExistsException");
    const privacy = (await client.send(new CreateTermsCommand({ ...input, TermsName: "privacy-policy" }))).Terms!;
    expect((await failure(client.send(new UpdateTermsCommand({ UserPoolId, TermsId: privacy.TermsId, TermsName: "terms-of-use" })))).name).toBe("TermsExistsException");
    const updated = (await client.send(new UpdateTermsCommand({ UserPoolId, TermsId: terms.TermsId, Links: { "cognito:french": "https://example.com/fr" } }))).Terms!;
    expect(updated.Links).toEqual({ "cognito:french": "https://example.com/fr" });
    expect((await client.send(new DescribeTermsCommand({ UserPoolId, TermsId: terms.TermsId }))).Terms).toEqual(updated);
    const page1 = await client.send(new ListTermsCommand({ UserPoolId, MaxResults: 1 }));
    expect(page1.Terms!.map((t) => t.TermsName)).toEqual(["terms-of-use"]);
    const page2 = await client.send(new ListTermsCommand({ UserPoolId, MaxResults: 1, NextToken: page1.NextToken }));
    expect(page2.Terms!.map((t) => t.TermsName)).toEqual(["privacy-policy"]);
    expect(page2.NextToken).toBeUndefined();
    await client.send(new DeleteTermsCommand({ UserPoolId, TermsId: terms.TermsId }));
    expect((await failure(client.send(new DescribeTermsCommand({ UserPoolId, TermsId: terms.TermsId })))).name).toBe("ResourceNotFoundException");
  });
});

describe("replicas and provisioned limits", () => {
  test("a replica is created, listed after the primary, deactivated and deleted", async () => {
    const { UserPoolId } = await poolAndClient();
    const created = (await client.send(new CreateUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2" }))).UserPoolReplica!;
    expect(created).toMatchObject({ RegionName: "us-west-2", Status: "CREATING", Role: "SECONDARY", UserPoolArn: `arn:aws:cognito-idp:us-west-2:111122223333:userpool/${UserPoolId}` });
    expect((await failure(client.send(new CreateUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2" })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new CreateUserPoolReplicaCommand({ UserPoolId, RegionName: "eu-west-1" })))).name).toBe("InvalidParameterException");
    const listed = (await client.send(new ListUserPoolReplicasCommand({ UserPoolId }))).UserPoolReplicas!;
    expect(listed.map((r) => [r.RegionName, r.Role, r.Status])).toEqual([["eu-west-1", "PRIMARY", "ACTIVE"], ["us-west-2", "SECONDARY", "ACTIVE"]]);
    expect((await client.send(new UpdateUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2", Status: "INACTIVE" }))).UserPoolReplica!.Status).toBe("INACTIVE");
    expect((await client.send(new DeleteUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2" }))).UserPoolReplica!.Status).toBe("DELETING");
    expect((await failure(client.send(new DeleteUserPoolReplicaCommand({ UserPoolId, RegionName: "us-west-2" })))).name).toBe("ResourceNotFoundException");
  });

  test("a provisioned limit starts at the free value and moves between it and the account maximum", async () => {
    const LimitDefinition = { LimitClass: "API_CATEGORY" as const, Attributes: { Category: "UserCreation" } };
    expect((await client.send(new GetProvisionedLimitCommand({ LimitDefinition }))).Limit).toEqual({ LimitDefinition, ProvisionedLimitValue: 50, FreeLimitValue: 50 });
    expect((await client.send(new UpdateProvisionedLimitCommand({ LimitDefinition, RequestedLimitValue: 80 }))).Limit!.ProvisionedLimitValue).toBe(80);
    expect((await client.send(new GetProvisionedLimitCommand({ LimitDefinition }))).Limit!.ProvisionedLimitValue).toBe(80);
    expect((await failure(client.send(new UpdateProvisionedLimitCommand({ LimitDefinition, RequestedLimitValue: 10 })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new UpdateProvisionedLimitCommand({ LimitDefinition, RequestedLimitValue: 100_000 })))).name).toBe("ServiceQuotaExceededException");
    expect((await failure(client.send(new GetProvisionedLimitCommand({ LimitDefinition: { LimitClass: "API_CATEGORY", Attributes: { Category: "Nope" } } })))).name).toBe("ResourceNotFoundException");
  });
});

describe("user import", () => {
  const role = "arn:aws:iam::111122223333:role/CognitoImport";

  test("the CSV header, a job, its upload and start: users RESET_REQUIRED, bad rows counted", async () => {
    const { UserPoolId } = await poolAndClient();
    const header = (await client.send(new GetCSVHeaderCommand({ UserPoolId }))).CSVHeader!;
    expect(header.slice(0, 3)).toEqual(["name", "given_name", "family_name"]);
    expect(header.slice(-2)).toEqual(["cognito:mfa_enabled", "cognito:username"]);
    const job = (await client.send(new CreateUserImportJobCommand({ UserPoolId, JobName: "first", CloudWatchLogsRoleArn: role }))).UserImportJob!;
    expect(job).toMatchObject({ Status: "Created", CloudWatchLogsRoleArn: role, ImportedUsers: 0 });
    expect(job.JobId).toMatch(/^import-[0-9a-zA-Z-]+$/);
    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? "").join(",");
    const csv = [
      header.join(","),
      row({ "cognito:username": "ann", email: "ann@example.com", email_verified: "true", "cognito:mfa_enabled": "false", name: "Ann\\, Jr." }),
      row({ "cognito:username": "bob", email: "bob@example.com", email_verified: "false", "cognito:mfa_enabled": "false" }),
      row({ "cognito:username": "ann", email: "ann2@example.com", email_verified: "true", "cognito:mfa_enabled": "false" }),
    ].join("\n");
    mock.control.uploadImportCsv(job.PreSignedUrl!, csv);
    const started = (await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }))).UserImportJob!;
    expect(started.Status).toBe("Pending");
    expect(started.StartDate).toBeInstanceOf(Date);
    const done = (await client.send(new DescribeUserImportJobCommand({ UserPoolId, JobId: job.JobId }))).UserImportJob!;
    expect(done).toMatchObject({ Status: "Succeeded", ImportedUsers: 1, FailedUsers: 1, SkippedUsers: 1 });
    expect(done.CompletionDate).toBeInstanceOf(Date);
    const ann = await client.send(new AdminGetUserCommand({ UserPoolId, Username: "ann" }));
    expect(ann.UserStatus).toBe("RESET_REQUIRED");
    expect(ann.UserAttributes).toContainEqual({ Name: "name", Value: "Ann, Jr." });
    expect((await failure(client.send(new AdminGetUserCommand({ UserPoolId, Username: "bob" })))).name).toBe("UserNotFoundException");
    expect((await failure(client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })))).name).toBe("PreconditionNotMetException");
    expect((await failure(client.send(new StopUserImportJobCommand({ UserPoolId, JobId: job.JobId })))).name).toBe("PreconditionNotMetException");
  });

  test("a header that does not match fails the job; a created job stops; jobs list page by page", async () => {
    const { UserPoolId } = await poolAndClient();
    const bad = (await client.send(new CreateUserImportJobCommand({ UserPoolId, JobName: "bad", CloudWatchLogsRoleArn: role }))).UserImportJob!;
    mock.control.uploadImportCsv(bad.PreSignedUrl!, "cognito:username,email\nann,ann@example.com\n");
    await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: bad.JobId }));
    expect((await client.send(new DescribeUserImportJobCommand({ UserPoolId, JobId: bad.JobId }))).UserImportJob).toMatchObject({ Status: "Failed", ImportedUsers: 0 });
    const other = (await client.send(new CreateUserImportJobCommand({ UserPoolId, JobName: "other", CloudWatchLogsRoleArn: role }))).UserImportJob!;
    expect((await client.send(new StopUserImportJobCommand({ UserPoolId, JobId: other.JobId }))).UserImportJob!.Status).toBe("Stopped");
    expect(() => mock.control.uploadImportCsv(other.PreSignedUrl!, "x")).toThrow(/Stopped/);
    expect(() => mock.control.uploadImportCsv(other.PreSignedUrl!.replace(/Signature=.*/, "Signature=wrong"), "x")).toThrow();
    const page1 = await client.send(new ListUserImportJobsCommand({ UserPoolId, MaxResults: 1 }));
    expect(page1.UserImportJobs!.map((j) => j.JobName)).toEqual(["bad"]);
    const page2 = await client.send(new ListUserImportJobsCommand({ UserPoolId, MaxResults: 1, PaginationToken: page1.PaginationToken }));
    expect(page2.UserImportJobs!.map((j) => j.JobName)).toEqual(["other"]);
    expect(page2.PaginationToken).toBeUndefined();
  });

  test("a pool without auto-verified attributes cannot start an import", async () => {
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: "no-verify" }))).UserPool!.Id!;
    const job = (await client.send(new CreateUserImportJobCommand({ UserPoolId, JobName: "j", CloudWatchLogsRoleArn: role }))).UserImportJob!;
    expect((await failure(client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })))).name).toBe("PreconditionNotMetException");
  });
});
