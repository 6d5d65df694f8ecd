// Tokens for a finished sign-in or a refresh (aws-behavior.md §10): the pool's keys made on first use, the
// refresh-token family (origin_jti) remembered for GlobalSignOut, then minting over jose, the only await.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { findUser } from "../lookup.ts";
import { tokenGroupsOf } from "../pools/groups.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { issuerOf, mintTokens, openRefreshToken, type PoolKeyBook, tokenErrors, tokenValidity, type MintedTokens, type PoolKeys, type RefreshClaims } from "../tokens/index.ts";
import type { Grant } from "./steps.ts";
import { subOf } from "./user-state.ts";
import { postAuthentication } from "../triggers/authentication.ts";
import { preTokenTailor, wantsPreToken, type Tailor } from "../triggers/pre-token.ts";

export type AuthenticationResult = components["schemas"]["AuthenticationResultType"];

/** The region a pool's tokens name in `iss`: the one in its id (`<region>_<id>`). */
export const regionOfPool = (poolId: string) => poolId.slice(0, poolId.indexOf("_"));
export const issuerOfPool = (poolId: string) => issuerOf(regionOfPool(poolId), poolId);

/** A pool's keys, from the mock's book on its first sign-in, then kept in the (persisted) state. */
export function poolKeys(pool: PoolRecord, book: PoolKeyBook): PoolKeys {
  return (pool.keys ??= book.take());
}

/** The ID token's attribute claims: what the client may read (all when ReadAttributes is unset). */
function readable(client: ClientRecord, user: UserRecord): Record<string, string> {
  const allowed = client.client.ReadAttributes;
  const pairs = (user.user.Attributes ?? []).filter((a) => a.Name !== "sub" && (!allowed?.length || allowed.includes(a.Name)));
  return Object.fromEntries(pairs.map((a) => [a.Name, a.Value ?? ""]));
}

const resultOf = (t: MintedTokens): AuthenticationResult => ({
  AccessToken: t.accessToken,
  ExpiresIn: t.expiresIn,
  TokenType: "Bearer",
  ...(t.refreshToken !== undefined && { RefreshToken: t.refreshToken }),
  IdToken: t.idToken,
});

export function grantTokens(ctx: OperationContext, grant: Grant): Promise<AuthenticationResult> {
  const post = postAuthentication(ctx, grant);
  return post ? post.then(() => tokensFor(ctx, grant)) : tokensFor(ctx, grant);
}

function tokensFor(ctx: OperationContext, grant: Grant): Promise<AuthenticationResult> {
  // A pre token generation function runs first; the family is recorded only once it has answered (no trace on failure).
  if (wantsPreToken(grant.pool)) {
    return preTokenTailor(ctx, grant.pool, grant.client, grant.user, tokenGroupsOf(grant.pool, grant.user), grant.tokenSource ?? "Authentication").then((tailor) => mintGrant(ctx, grant, tailor));
  }
  return mintGrant(ctx, grant);
}

function mintGrant(ctx: OperationContext, grant: Grant, tailor?: Tailor): Promise<AuthenticationResult> {
  const { pool, client, user } = grant;
  const keys = poolKeys(pool, ctx.keys);
  const originJti = ctx.ids.uuid();
  (user.families ??= []).push(originJti);
  return mintTokens({
    keys,
    region: regionOfPool(pool.pool.Id!),
    userPoolId: pool.pool.Id!,
    clientId: client.client.ClientId!,
    sub: subOf(user),
    username: user.user.Username!,
    groups: tokenGroupsOf(pool, user),
    attributes: readable(client, user),
    nowSec: ctx.now(),
    originJti,
    eventId: grant.eventId ?? ctx.ids.uuid(),
    validity: tokenValidity(client.client),
    uuid: () => ctx.ids.uuid(),
    ...(tailor && { tailor }),
    ...(grant.device && { deviceKey: grant.device.key }),
  }).then((tokens) => {
    const result = resultOf(tokens);
    // A key handed out this sign-in (tracked pool, no DEVICE_KEY presented): the client confirms it next (§15.2).
    const newGroupKey = grant.device?.newGroupKey;
    return newGroupKey === undefined ? result : { ...result, NewDeviceMetadata: { DeviceKey: grant.device!.key, DeviceGroupKey: newGroupKey } };
  });
}

/**
 * REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken: the token must be one this pool issued to this client, of a
 * family not revoked (GlobalSignOut, RevokeToken) and not already rotated away. With `rotate`, the presented token
 * is spent and a new one issued (RetryGracePeriodSeconds is not emulated: spent at once). `check` runs the caller's
 * checks that need the user (SECRET_HASH).
 */
export function refreshTokens(
  ctx: OperationContext,
  pool: PoolRecord,
  client: ClientRecord,
  token: string,
  check: (user: UserRecord, claims: RefreshClaims) => void,
  rotate: boolean,
): Promise<AuthenticationResult> {
  // What cannot be a refresh token of ours is refused synchronously.
  if (!pool.keys || !isJwe(token)) throw tokenErrors.invalidRefreshToken();
  return openRefreshToken(pool.keys, token, { issuer: issuerOfPool(pool.pool.Id!), clientId: client.client.ClientId!, nowSec: ctx.now() }).then((claims) =>
    renew(ctx, pool, client, claims, check, rotate),
  );
}

/** A compact JWE: five base64url parts. */
export const isJwe = (token: string) => /^[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*){4}$/.test(token);

async function renew(
  ctx: OperationContext,
  pool: PoolRecord,
  client: ClientRecord,
  claims: RefreshClaims | undefined,
  check: (user: UserRecord, claims: RefreshClaims) => void,
  rotate: boolean,
): Promise<AuthenticationResult> {
  // Synchronous from here to minting: the checks and the state change see one state.
  if (!claims || ctx.state.revoked.has(`jti:${claims.jti}`)) throw tokenErrors.invalidRefreshToken();
  if (ctx.state.revoked.has(claims.origin_jti)) throw tokenErrors.revokedRefreshToken();
  const user = findUser(pool, claims.username);
  if (!user || subOf(user) !== claims.sub) throw tokenErrors.invalidRefreshToken();
  check(user, claims);
  if (user.user.Enabled === false) throw new AwsError("NotAuthorizedException", "User is disabled.");
  // The function answers before the rotation, so a failing one spends no refresh token.
  const tailor = wantsPreToken(pool) ? await preTokenTailor(ctx, pool, client, user, tokenGroupsOf(pool, user), "RefreshTokens") : undefined;
  if (rotate) {
    if (ctx.state.revoked.has(`jti:${claims.jti}`)) throw tokenErrors.invalidRefreshToken(); // spent while the function ran
    ctx.state.revoked.set(`jti:${claims.jti}`, ctx.now());
  }
  const minted = await mintTokens({
    keys: pool.keys!,
    region: regionOfPool(pool.pool.Id!),
    userPoolId: pool.pool.Id!,
    clientId: client.client.ClientId!,
    sub: claims.sub,
    username: claims.username,
    groups: tokenGroupsOf(pool, user),
    attributes: readable(client, user),
    nowSec: ctx.now(),
    authTimeSec: claims.auth_time,
    originJti: claims.origin_jti,
    eventId: claims.event_id,
    validity: tokenValidity(client.client),
    refreshToken: rotate,
    uuid: () => ctx.ids.uuid(),
    ...(tailor && { tailor }),
    ...(claims.device_key !== undefined && { deviceKey: claims.device_key }),
  });
  return resultOf(minted);
}

/** Revokes a family: its refresh token and every access token minted from it (RevokeToken, GlobalSignOut). */
export function revokeFamily(ctx: OperationContext, user: UserRecord | undefined, originJti: string): void {
  ctx.state.revoked.set(originJti, ctx.now());
  if (user?.families) user.families = user.families.filter((f) => f !== originJti);
}

/** GlobalSignOut, AdminUserGlobalSignOut, AdminDisableUser: every family of the user. */
export function revokeAllFamilies(ctx: OperationContext, user: UserRecord): void {
  for (const family of [...(user.families ?? [])]) revokeFamily(ctx, user, family);
}
