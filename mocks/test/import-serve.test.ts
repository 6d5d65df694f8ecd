// The user import end to end through `serve` with SDK v3: the CSV is PUT with fetch to the job's PreSignedUrl (the
// server's own /_mock/import/), the job runs, the users appear; a job and a branding style survive a restart of
// `serve --state-file`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateManagedLoginBrandingCommand,
  CreateUserImportJobCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserImportJobCommand,
  GetCSVHeaderCommand,
  StartUserImportJobCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "vitest";
import { startServer } from "../server/server.ts";

const clientFor = (url: string) =>
  new CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
const ROLE = "arn:aws:iam::123456789012:role/CognitoImport";

test("serve: the CSV goes up by PUT to the pre-signed URL, the job imports it, and job and branding survive a restart", async () => {
  const stateFile = join(mkdtempSync(join(tmpdir(), "cc-import-")), "state.db");
  const first = await startServer({ port: 0, seed: 5, stateFile, checkStateFile: true });
  const cognito = clientFor(first.url);
  let UserPoolId: string;
  let ClientId: string;
  let JobId: string;
  try {
    UserPoolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: "import", AutoVerifiedAttributes: ["email"] }))).UserPool!.Id!;
    ClientId = (await cognito.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
    await cognito.send(new CreateManagedLoginBrandingCommand({ UserPoolId, ClientId, Settings: { categories: { global: { colorSchemeMode: "DARK" } } } }));
    const header = (await cognito.send(new GetCSVHeaderCommand({ UserPoolId }))).CSVHeader!;
    const job = (await cognito.send(new CreateUserImportJobCommand({ UserPoolId, JobName: "serve-import", CloudWatchLogsRoleArn: ROLE }))).UserImportJob!;
    JobId = job.JobId!;
    expect(job.PreSignedUrl!.startsWith(`${first.url}/_mock/import/`)).toBe(true);
    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? "").join(",");
    const csv = [header.join(","), row({ "cognito:username": "carol", email: "carol@example.com", email_verified: "true", "cognito:mfa_enabled": "false" }), row({ "cognito:username": "dave", "cognito:mfa_enabled": "maybe", email_verified: "true", email: "dave@example.com" })].join("\n");
    const wrong = await fetch(job.PreSignedUrl!.replace(/X-Amz-Signature=[^&]*/, "X-Amz-Signature=forged"), { method: "PUT", body: csv });
    expect(wrong.status).toBe(403);
    const put = await fetch(job.PreSignedUrl!, { method: "PUT", body: csv, headers: { "x-amz-server-side-encryption": "aws:kms" } });
    expect(put.status).toBe(200);
    expect((await cognito.send(new StartUserImportJobCommand({ UserPoolId, JobId }))).UserImportJob!.Status).toBe("Pending");
    const done = (await cognito.send(new DescribeUserImportJobCommand({ UserPoolId, JobId }))).UserImportJob!;
    expect(done).toMatchObject({ Status: "Succeeded", ImportedUsers: 1, FailedUsers: 1, SkippedUsers: 0, CloudWatchLogsRoleArn: ROLE });
    expect((await cognito.send(new AdminGetUserCommand({ UserPoolId, Username: "carol" }))).UserStatus).toBe("RESET_REQUIRED");
  } finally {
    await first.close();
  }
  const second = await startServer({ port: 0, seed: 5, stateFile, checkStateFile: true });
  try {
    const again = clientFor(second.url);
    const job = (await again.send(new DescribeUserImportJobCommand({ UserPoolId, JobId }))).UserImportJob!;
    expect(job).toMatchObject({ Status: "Succeeded", ImportedUsers: 1, FailedUsers: 1 });
    const style = (await again.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId }))).ManagedLoginBranding!;
    expect(style.Settings).toEqual({ categories: { global: { colorSchemeMode: "DARK" } } });
    expect((await again.send(new AdminGetUserCommand({ UserPoolId, Username: "carol" }))).UserStatus).toBe("RESET_REQUIRED");
  } finally {
    await second.close();
  }
});
