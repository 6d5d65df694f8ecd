// Checking the tokens the mock issued: access tokens for the operations they authorize (GetUser, ChangePassword,
// the MFA operations...), refresh tokens for REFRESH_TOKEN_AUTH / GetTokensFromRefreshToken. Revocation is state,
// so the engine checks it after these (with tokenErrors.revoked*).
import { loadJose } from "./jose.ts";
import type { AccessClaims, RefreshClaims } from "./claims.ts";
import { tokenErrors } from "./errors.ts";
import { cryptoKey, type PoolKeys } from "./keys.ts";

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Signature (the pool's access key, RS256 only), iss, token_use "access", exp > now. Rejects with an AwsError:
 * `Access Token has expired` for an expired one, `Invalid Access Token` for everything else. */
export async function verifyAccessToken(keys: PoolKeys, token: string, expect: { issuer: string; nowSec: number }): Promise<AccessClaims> {
  if (typeof token !== "string" || !JWS.test(token)) throw tokenErrors.invalidAccessToken();
  const { errors, jwtVerify } = await loadJose();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await cryptoKey(keys.access, "verify"), {
      algorithms: ["RS256"],
      issuer: expect.issuer,
      currentDate: new Date(expect.nowSec * 1000),
    }));
  } catch (e) {
    throw e instanceof errors.JWTExpired ? tokenErrors.expiredAccessToken() : tokenErrors.invalidAccessToken();
  }
  if (payload.token_use !== "access" || typeof payload.client_id !== "string" || typeof payload.username !== "string" || typeof payload.sub !== "string")
    throw tokenErrors.invalidAccessToken();
  return payload as unknown as AccessClaims;
}

/** The claims of a refresh token this pool's key encrypted, or undefined (another pool's, altered, not a JWE,
 * expired at `nowSec`, or issued to another client than `clientId`): the engine answers `Invalid Refresh Token.` */
export async function openRefreshToken(
  keys: PoolKeys,
  token: string,
  expect: { issuer?: string; clientId?: string; nowSec?: number } = {},
): Promise<RefreshClaims | undefined> {
  if (typeof token !== "string" || token.split(".").length !== 5) return undefined;
  try {
    const { compactDecrypt, UnsecuredJWT } = await loadJose();
    const { plaintext, protectedHeader } = await compactDecrypt(token, await cryptoKey(keys.refresh, "decrypt"), {
      keyManagementAlgorithms: ["RSA-OAEP"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    if (protectedHeader.cty !== "JWT") return undefined;
    const { payload } = UnsecuredJWT.decode(new TextDecoder().decode(plaintext), {
      issuer: expect.issuer,
      currentDate: expect.nowSec === undefined ? undefined : new Date(expect.nowSec * 1000),
    });
    if (expect.clientId !== undefined && payload.client_id !== expect.clientId) return undefined;
    if (typeof payload.origin_jti !== "string" || typeof payload.username !== "string") return undefined;
    return payload as unknown as RefreshClaims;
  } catch {
    return undefined;
  }
}
