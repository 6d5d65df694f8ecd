// Operations authorized by an AccessToken member (GetUser, ChangePassword, the MFA operations, GlobalSignOut):
// the token's signature, pool, expiry and token_use (mocks/tokens), then revocation, which is state here.
import type { OperationContext } from "../context.ts";
import { findUser } from "../lookup.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { unverifiedPayload } from "../tokens/jose.ts";
import { tokenErrors, verifyAccessToken, type AccessClaims } from "../tokens/index.ts";
import { userNotFound } from "./client-rules.ts";
import { issuerOfPool } from "./issue.ts";
import { subOf } from "./user-state.ts";

export interface Authorized {
  pool: PoolRecord;
  client: ClientRecord | undefined;
  user: UserRecord;
  claims: AccessClaims;
}

/**
 * Resolves after verification; the caller then changes state synchronously (docs/sign-in.md). A token naming no
 * pool with keys is refused at once (synchronously: no promise for what cannot be a token of ours).
 */
export function authorize(ctx: OperationContext, token: string): Promise<Authorized> {
  const pool = poolOf(ctx, token);
  const keys = pool?.keys;
  if (!pool || !keys) throw tokenErrors.invalidAccessToken();
  return verifyAccessToken(keys, token, { issuer: issuerOfPool(pool.pool.Id!), nowSec: ctx.now() }).then((claims) => {
    if (ctx.state.revoked.has(claims.origin_jti)) throw tokenErrors.revokedAccessToken();
    const user = findUser(pool, claims.username);
    if (!user || subOf(user) !== claims.sub) throw userNotFound();
    return { pool, client: pool.clients.get(claims.client_id), user, claims };
  });
}

/** The pool the token claims to come from (verified next against that pool's key). */
function poolOf(ctx: OperationContext, token: string): PoolRecord | undefined {
  let iss: unknown;
  try {
    iss = unverifiedPayload(token).iss;
  } catch {
    return undefined;
  }
  if (typeof iss !== "string") return undefined;
  return ctx.state.pools.get(iss.slice(iss.lastIndexOf("/") + 1));
}
