// StartUserImportJob: a Created job imports its uploaded file. The import runs at once and the stored job is
// finished (Succeeded or Failed); the answer shows it Pending, as AWS's answer to a start does (a mock choice: the
// job's InProgress phase is never visible). A pool without auto-verified attributes cannot import (DOC: "the import
// job will not start"): PreconditionNotMetException (type INFERRED, text UNKNOWN).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getJob, notInState, runImport } from "../pools/import-jobs.ts";
import { AwsError } from "../protocol/errors.ts";

export function startUserImportJob(input: InputOf<"StartUserImportJob">, ctx: OperationContext): OutputOf<"StartUserImportJob"> {
  const pool = getPool(ctx, input.UserPoolId);
  const record = getJob(pool, input.JobId);
  if (record.job.Status !== "Created") throw notInState(record.job, "Created");
  if (!(pool.pool.AutoVerifiedAttributes ?? []).length) {
    throw new AwsError("PreconditionNotMetException", "The user pool has no auto-verified attributes: users cannot be imported.");
  }
  const finished = runImport(ctx, pool, record);
  pool.importJobs!.set(input.JobId, { job: finished, uploadToken: record.uploadToken });
  const { CompletionDate: _c, CompletionMessage: _m, ...pending } = finished;
  return { UserImportJob: { ...pending, Status: "Pending", ImportedUsers: 0, SkippedUsers: 0, FailedUsers: 0 } };
}
