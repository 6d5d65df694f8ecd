// The risk hook's one call into log export: a recorded auth event becomes a user-activity record for the pool's
// userAuthEvents destination, if it has one (aws-behavior.md §13.4). Synchronous: it only enqueues.
import type { OperationContext } from "../context.ts";
import type { AuthEventRecord, PoolRecord, UserRecord } from "../state.ts";
import { destinationOf } from "./configuration.ts";
import { userActivityRecord } from "./record.ts";

export function exportAuthEvent(ctx: OperationContext, pool: PoolRecord, user: UserRecord, record: AuthEventRecord, hasContextData: boolean): void {
  const delivery = ctx.logs;
  if (!delivery || !pool.logDelivery) return;
  // Plus and threat protection AUDIT or ENFORCED (DOC); OFF records no event, so it never gets here either.
  if (pool.pool.UserPoolTier !== "PLUS" || (pool.pool.UserPoolAddOns?.AdvancedSecurityMode ?? "OFF") === "OFF") return;
  const configuration = pool.logDelivery.find((c) => c.EventSource === "userAuthEvents");
  if (!configuration) return;
  const userPoolId = pool.pool.Id!;
  delivery.enqueue(
    { ...destinationOf(configuration), userPoolId, region: userPoolId.split("_")[0]!, accountId: ctx.accountId },
    userActivityRecord({ pool, user, record, hasContextData, ...(ctx.requestId !== undefined && { requestId: ctx.requestId }) }),
  );
}
