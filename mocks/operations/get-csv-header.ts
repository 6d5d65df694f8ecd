// GetCSVHeader: the columns of the pool's user import file (mocks/pools/import-jobs.ts).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { csvHeader } from "../pools/import-jobs.ts";

export function getCSVHeader(input: InputOf<"GetCSVHeader">, ctx: OperationContext): OutputOf<"GetCSVHeader"> {
  const pool = getPool(ctx, input.UserPoolId);
  return { UserPoolId: pool.pool.Id, CSVHeader: csvHeader(pool) };
}
