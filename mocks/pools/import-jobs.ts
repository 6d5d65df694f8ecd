// User import from a CSV file (facts s12.import.*): the pool's CSV header, the job's pre-signed upload URL, and the
// import itself. The CSV rules are AWS's (DOC, "Creating the user import CSV file"): the first row is the header,
// column order is free but every header column must be there; cognito:username and cognito:mfa_enabled are required;
// at least one of the pool's auto-verified attributes must be verified (all of them when the pool has one), email /
// phone_number must be given when marked verified, the pool's required attributes too; a comma inside a value is
// escaped with a backslash. Imported users are RESET_REQUIRED, created at import time, with a new `sub`.
// Mock choices (labelled in mocks/README.md): StartUserImportJob runs the import at once and answers the job as
// Pending (the stored job is then Succeeded, or Failed when the file as a whole is unusable); a row whose user exists
// fails; a row repeating an earlier row's username is skipped; texts of CompletionMessage are the mock's.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { findUser, userKey } from "../lookup.ts";
import { AwsError, isAwsError } from "../protocol/errors.ts";
import type { ImportJobRecord, PoolRecord, UserRecord } from "../state.ts";
import { checkAttributes, recountUsers, usernameAttributeOf } from "./users.ts";

type Job = components["schemas"]["UserImportJobType"];
type Attribute = components["schemas"]["AttributeType"];

/** Where PreSignedUrl points outside `serve` (which points it at its own `/_mock/import/`): a reserved host. */
export const IMPORT_UPLOAD_BASE = "https://cognito-conformance.invalid/_mock/import/";

const NOT_IN_HEADER = new Set(["sub", "identities"]);

/** DOC: the standard attributes in schema order, the custom ones, then cognito:mfa_enabled and cognito:username. */
export function csvHeader(pool: PoolRecord): string[] {
  const names = (pool.pool.SchemaAttributes ?? []).map((a) => a.Name!).filter((n) => !NOT_IN_HEADER.has(n) && !n.startsWith("dev:"));
  return [...names, "cognito:mfa_enabled", "cognito:username"];
}

export const jobNotFound = (id: string) => new AwsError("ResourceNotFoundException", `Import job ${id} does not exist.`);
/** Text UNKNOWN. */
export const notInState = (job: Job, wanted: string) => new AwsError("PreconditionNotMetException", `Import job ${job.JobId} is ${job.Status}, not ${wanted}.`);

export function getJob(pool: PoolRecord, jobId: string): ImportJobRecord {
  const record = pool.importJobs?.get(jobId);
  if (!record) throw jobNotFound(jobId);
  return record;
}

export function uploadUrl(ctx: OperationContext, poolId: string, jobId: string, token: string): string {
  return `${ctx.importUploadBase ?? IMPORT_UPLOAD_BASE}${encodeURIComponent(poolId)}/${jobId}?X-Amz-Signature=${token}`;
}

/**
 * The PUT to a pre-signed URL (serve's `PUT /_mock/import/...`, or control.uploadImportCsv in-process): the file is
 * kept on the job until it starts. Answers the HTTP status S3 would: 200, 403 for a wrong signature, 404 for no job.
 */
export function storeUpload(ctx: OperationContext, path: string, query: URLSearchParams, csv: string): { status: number; message?: string } {
  const [poolPart, jobId, ...rest] = path.split("/");
  const pool = ctx.state.pools.get(decodeURIComponent(poolPart ?? ""));
  const record = jobId === undefined || rest.length ? undefined : pool?.importJobs?.get(jobId);
  if (!pool || !record) return { status: 404, message: "NoSuchKey" };
  if (query.get("X-Amz-Signature") !== record.uploadToken) return { status: 403, message: "SignatureDoesNotMatch" };
  if (record.job.Status !== "Created") return { status: 403, message: `Import job ${jobId} is ${record.job.Status}: uploads are for jobs not started yet.` };
  pool.importJobs!.set(jobId, { ...record, csv });
  return { status: 200 };
}

/** Splits a CSV line on commas not escaped with a backslash (DOC), and unescapes them. */
function fields(line: string): string[] {
  return line.split(/(?<!\\),/).map((f) => f.replaceAll("\\,", ","));
}

/** Runs the job on its uploaded file: the finished job (Succeeded or Failed) with its counts. */
export function runImport(ctx: OperationContext, pool: PoolRecord, record: ImportJobRecord): Job {
  const now = ctx.now();
  const started: Job = { ...record.job, StartDate: now };
  const fail = (message: string): Job => ({ ...started, Status: "Failed", CompletionDate: ctx.now(), CompletionMessage: message });
  const lines = (record.csv ?? "").split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length === 0) return fail("The CSV file was not uploaded or is empty.");
  const header = fields(lines[0]!).map((h) => h.trim());
  const expected = csvHeader(pool);
  if (header.length !== expected.length || !expected.every((name) => header.includes(name))) {
    return fail("The CSV header does not match the header of the user pool (GetCSVHeader).");
  }
  let imported = 0;
  let skipped = 0;
  let failed = 0;
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    const values = fields(line);
    if (values.length !== header.length) {
      failed++;
      continue;
    }
    const row = new Map(header.map((name, i) => [name, values[i]!.trim()]));
    const username = row.get("cognito:username") ?? "";
    if (seen.has(username)) {
      skipped++;
      continue;
    }
    seen.add(username);
    try {
      importRow(ctx, pool, row);
      imported++;
    } catch (e) {
      if (!isAwsError(e)) throw e;
      failed++;
    }
  }
  recountUsers(pool);
  return { ...started, Status: "Succeeded", CompletionDate: ctx.now(), CompletionMessage: "Import Job Completed Successfully.", ImportedUsers: imported, SkippedUsers: skipped, FailedUsers: failed };
}

const rowError = (message: string) => new AwsError("InvalidParameterException", message);

/** One row: checked against the rules above, then a RESET_REQUIRED user. Throws AwsError for a failed row. */
function importRow(ctx: OperationContext, pool: PoolRecord, row: Map<string, string>): void {
  const username = row.get("cognito:username")!;
  if (username === "") throw rowError("cognito:username is required.");
  const mfa = row.get("cognito:mfa_enabled")!.toLowerCase();
  if (mfa !== "true" && mfa !== "false") throw rowError("cognito:mfa_enabled must be true or false.");
  const attributes: Attribute[] = [];
  for (const [name, value] of row) if (!name.startsWith("cognito:") && value !== "") attributes.push({ Name: name, Value: name.endsWith("_verified") ? value.toLowerCase() : value });
  const value = (name: string) => attributes.find((a) => a.Name === name)?.Value;
  for (const flag of ["email_verified", "phone_number_verified"]) {
    const v = value(flag);
    if (v !== undefined && v !== "true" && v !== "false") throw rowError(`${flag} must be true or false.`);
  }
  const autoVerified = (pool.pool.AutoVerifiedAttributes ?? []).map((a) => `${a}_verified`);
  if (!autoVerified.some((flag) => value(flag) === "true")) throw rowError("At least one auto-verified attribute must be verified.");
  if (autoVerified.length === 1 && value(autoVerified[0]!) !== "true") throw rowError(`${autoVerified[0]} must be true.`);
  if (value("email_verified") === "true" && value("email") === undefined) throw rowError("email is required when email_verified is true.");
  if (value("phone_number_verified") === "true" && value("phone_number") === undefined) throw rowError("phone_number is required when phone_number_verified is true.");
  if (mfa === "true" && value("phone_number") === undefined) throw rowError("phone_number is required when cognito:mfa_enabled is true.");
  for (const schema of pool.pool.SchemaAttributes ?? []) {
    if (schema.Required && schema.Name !== "sub" && value(schema.Name!) === undefined) throw rowError(`${schema.Name} is required.`);
  }
  checkAttributes(pool, attributes);
  const signIn = usernameAttributeOf(pool, username);
  if (signIn && value(signIn.Name) !== signIn.Value) throw rowError(`cognito:username must be the user's ${signIn.Name}.`);
  if (findUser(pool, username)) throw rowError("User already exists.");
  const sub = ctx.ids.uuid();
  const name = signIn ? sub : username;
  const now = ctx.now();
  const record: UserRecord = {
    user: { Username: name, Attributes: [{ Name: "sub", Value: sub }, ...attributes], UserCreateDate: now, UserLastModifiedDate: now, Enabled: true, UserStatus: "RESET_REQUIRED" },
    events: [],
    ...(mfa === "true" && { mfa: { enabled: ["SMS_MFA"], preferred: "SMS_MFA" } }),
  };
  pool.users.set(userKey(pool, name), record);
}
