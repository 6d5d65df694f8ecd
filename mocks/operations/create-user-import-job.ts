// CreateUserImportJob: a job in status Created whose PreSignedUrl takes the CSV file by PUT (under serve, the
// server's own `/_mock/import/`; in-process, control.uploadImportCsv).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { uploadUrl } from "../pools/import-jobs.ts";

export function createUserImportJob(input: InputOf<"CreateUserImportJob">, ctx: OperationContext): OutputOf<"CreateUserImportJob"> {
  const pool = getPool(ctx, input.UserPoolId);
  const JobId = `import-${ctx.ids.uuid().replaceAll("-", "").slice(0, 10)}`;
  const uploadToken = ctx.ids.uuid().replaceAll("-", "");
  const job = {
    JobName: input.JobName,
    JobId,
    UserPoolId: pool.pool.Id!,
    PreSignedUrl: uploadUrl(ctx, pool.pool.Id!, JobId, uploadToken),
    CreationDate: ctx.now(),
    Status: "Created" as const,
    CloudWatchLogsRoleArn: input.CloudWatchLogsRoleArn,
    ImportedUsers: 0,
    SkippedUsers: 0,
    FailedUsers: 0,
    ...(input.PasswordHashingAlgorithm !== undefined && { PasswordHashingAlgorithm: input.PasswordHashingAlgorithm }),
  };
  pool.importJobs ??= new Map();
  pool.importJobs.set(JobId, { job, uploadToken });
  return { UserImportJob: job };
}
