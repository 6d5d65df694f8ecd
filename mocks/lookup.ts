// Lookups every operation needs, each failing with the error AWS sends (aws-behavior.md §4).
import type { OperationContext } from "./context.ts";
import { AwsError, errors } from "./protocol/errors.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "./state.ts";

export function getPool(ctx: OperationContext, userPoolId: string): PoolRecord {
  const pool = ctx.state.pools.get(userPoolId);
  if (!pool) throw errors.poolNotFound(userPoolId);
  return pool;
}

export function getClient(pool: PoolRecord, clientId: string): ClientRecord {
  const client = pool.clients.get(clientId);
  if (!client) throw errors.clientNotFound(clientId);
  return client;
}

/**
 * The public operations name only the app client; its pool is the one holding it (client ids are unique across
 * pools). Unknown: AWS's not-found text for clients (CONFIRMED form).
 */
export function getClientAnywhere(ctx: OperationContext, clientId: string): { pool: PoolRecord; client: ClientRecord } {
  for (const pool of ctx.state.pools.values()) {
    const client = pool.clients.get(clientId);
    if (client) return { pool, client };
  }
  throw errors.clientNotFound(clientId);
}

export function getUser(pool: PoolRecord, username: string): UserRecord {
  const user = findUser(pool, username);
  if (!user) throw errors.userNotFound();
  return user;
}

/**
 * By username, or by `sub` (AWS accepts either wherever a Username is asked for), or, in a pool whose users
 * sign in with email or phone number (UsernameAttributes), by that attribute.
 */
export function findUser(pool: PoolRecord, username: string): UserRecord | undefined {
  const caseInsensitive = pool.pool.UsernameConfiguration?.CaseSensitive === false;
  const key = caseInsensitive ? username.toLowerCase() : username;
  const direct = pool.users.get(key);
  if (direct) return direct;
  const names = ["sub", ...(pool.pool.UsernameAttributes ?? [])];
  for (const record of pool.users.values()) {
    if (record.user.Attributes?.some((a) => names.includes(a.Name) && a.Value === username)) return record;
  }
  return undefined;
}

export const userKey = (pool: PoolRecord, username: string) =>
  pool.pool.UsernameConfiguration?.CaseSensitive === false ? username.toLowerCase() : username;

/** Threat protection needs the Plus tier (aws-behavior.md §5); operations that need it refuse otherwise. */
export function requireThreatProtectionTier(pool: PoolRecord): void {
  if (pool.pool.UserPoolTier !== "PLUS") {
    throw new AwsError(
      "UserPoolAddOnNotEnabledException",
      `Threat protection features are not available for the ${pool.pool.UserPoolTier ?? "ESSENTIALS"} pricing tier. Update the user pool to the PLUS tier.`,
    );
  }
}
