// ListUserImportJobs: the pool's jobs in creation order, MaxResults (required, 1–60) at a time, PaginationToken
// as mocks/paging.ts makes them. With no job the list is absent (the model's list has min 1).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { pageOfKeys } from "../paging.ts";

export function listUserImportJobs(input: InputOf<"ListUserImportJobs">, ctx: OperationContext): OutputOf<"ListUserImportJobs"> {
  const jobs = getPool(ctx, input.UserPoolId).importJobs ?? new Map();
  const { page, nextToken } = pageOfKeys([...jobs.keys()], input.MaxResults, input.PaginationToken);
  return { ...(page.length > 0 && { UserImportJobs: page.map((id) => jobs.get(id)!.job) }), ...(nextToken !== undefined && { PaginationToken: nextToken }) };
}
