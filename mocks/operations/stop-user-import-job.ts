// StopUserImportJob: a job not finished yet (Created, Pending, InProgress) becomes Stopped; any other status is
// PreconditionNotMetException. Stopping a Created job (never started) is a mock choice: AWS's rule is UNKNOWN.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getJob, notInState } from "../pools/import-jobs.ts";

const STOPPABLE = new Set(["Created", "Pending", "InProgress"]);

export function stopUserImportJob(input: InputOf<"StopUserImportJob">, ctx: OperationContext): OutputOf<"StopUserImportJob"> {
  const pool = getPool(ctx, input.UserPoolId);
  const record = getJob(pool, input.JobId);
  if (!STOPPABLE.has(record.job.Status!)) throw notInState(record.job, "Created, Pending or InProgress");
  const job = { ...record.job, Status: "Stopped" as const, CompletionDate: ctx.now(), CompletionMessage: "The import job was stopped." };
  pool.importJobs!.set(input.JobId, { job, uploadToken: record.uploadToken });
  return { UserImportJob: job };
}
