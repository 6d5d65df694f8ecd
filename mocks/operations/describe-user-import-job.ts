// DescribeUserImportJob: a job with its status, counts and dates.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { getJob } from "../pools/import-jobs.ts";

export function describeUserImportJob(input: InputOf<"DescribeUserImportJob">, ctx: OperationContext): OutputOf<"DescribeUserImportJob"> {
  return { UserImportJob: getJob(getPool(ctx, input.UserPoolId), input.JobId).job };
}
