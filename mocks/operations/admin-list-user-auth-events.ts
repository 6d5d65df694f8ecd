// AdminListUserAuthEvents: the user's threat-protection event log, newest first (aws-behavior.md §7).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getPool, getUser } from "../lookup.ts";
import { pageOfEvents } from "../risk/auth-events.ts";
import { requireThreatProtectionEnabled } from "../risk/gates.ts";

export function adminListUserAuthEvents(
  input: InputOf<"AdminListUserAuthEvents">,
  ctx: OperationContext,
): OutputOf<"AdminListUserAuthEvents"> {
  const pool = getPool(ctx, input.UserPoolId);
  requireThreatProtectionEnabled(pool);
  const user = getUser(pool, input.Username);
  return pageOfEvents(user, input.MaxResults, input.NextToken);
}
