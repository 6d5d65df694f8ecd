// AdminListDevices: a user's confirmed devices, not_remembered ones too (UNKNOWN: mock choice), page by page.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool } from "../lookup.ts";
import { deviceOwner, listDevices } from "../signin/device-views.ts";

export function adminListDevices(input: InputOf<"AdminListDevices">, ctx: OperationContext): OutputOf<"AdminListDevices"> {
  const pool = getPool(ctx, input.UserPoolId);
  return listDevices(ctx, pool, deviceOwner(pool, input.Username), input.Limit, input.PaginationToken, true);
}
