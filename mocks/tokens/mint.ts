// Minting Cognito's three tokens over jose: ID and access tokens RS256 with the header exactly {"kid","alg"} (no
// typ), the refresh token a compact JWE {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"} around an unsigned JWT
// (aws-behavior.md §10). A256GCM authenticates it and only the mock holds the refresh key, so nobody else can make one.
import { randomUUID } from "node:crypto";
import { loadJose } from "./jose.ts";
import { accessClaims, idClaims, refreshClaims, type Session, type TokenGroup } from "./claims.ts";
import { cryptoKey, type KeyMaterial, type PoolKeys } from "./keys.ts";
import type { TokenValidity } from "./validity.ts";

export const issuerOf = (region: string, userPoolId: string) => `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

export interface MintRequest {
  keys: PoolKeys;
  region: string;
  userPoolId: string;
  clientId: string;
  sub: string;
  username: string;
  /** The user's groups now (a refresh passes them afresh, so a membership change shows in the renewed tokens). */
  groups?: TokenGroup[];
  /** The user's attributes the client may read, for the ID token (`sub` is skipped: it is the first claim). */
  attributes?: Record<string, string>;
  /** Default `aws.cognito.signin.user.admin`, what API sign-ins get. */
  scope?: string;
  /** Epoch seconds (ctx.now()); fractions are dropped. */
  nowSec: number;
  /** Of the original sign-in; a refresh keeps it (and originJti, eventId). Default nowSec. */
  authTimeSec?: number;
  originJti?: string;
  eventId?: string;
  validity: TokenValidity;
  /** False on a refresh without rotation: no new refresh token. Default true. */
  refreshToken?: boolean;
  /** Pre token generation's changes (mocks/triggers/pre-token.ts), applied to the fresh claim objects before signing. */
  tailor?: (access: Record<string, unknown>, id: Record<string, unknown>) => void;
  /** Device tracking's key for the sign-in: the access token's `device_key`, kept in the refresh token. */
  deviceKey?: string;
  /** Where jti, origin_jti and event_id come from (ctx.ids.uuid in a seeded mock); crypto.randomUUID by default. */
  uuid?: () => string;
}

export interface MintedTokens {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  /** The access token's lifetime, AuthenticationResult.ExpiresIn. */
  expiresIn: number;
  /** The access token's jti, and the family's origin_jti / event_id (what revocation and auth events record). */
  jti: string;
  originJti: string;
  eventId: string;
}

const sign = async (key: KeyMaterial, claims: object) => {
  const { SignJWT } = await loadJose();
  return new SignJWT(claims as Record<string, unknown>).setProtectedHeader({ kid: key.kid, alg: "RS256" }).sign(await cryptoKey(key, "sign"));
};

export async function mintTokens(req: MintRequest): Promise<MintedTokens> {
  const uuid = req.uuid ?? randomUUID;
  const iat = Math.floor(req.nowSec);
  const session: Session = {
    issuer: issuerOf(req.region, req.userPoolId),
    clientId: req.clientId,
    sub: req.sub,
    username: req.username,
    groups: req.groups,
    originJti: req.originJti ?? uuid(),
    eventId: req.eventId ?? uuid(),
    authTime: Math.floor(req.authTimeSec ?? req.nowSec),
    iat,
    ...(req.deviceKey !== undefined && { deviceKey: req.deviceKey }),
  };
  const jti = uuid();
  const { accessSec, idSec, refreshSec } = req.validity;
  const access = accessClaims(session, iat + accessSec, jti, req.scope ?? "aws.cognito.signin.user.admin");
  const id = idClaims(session, iat + idSec, uuid(), req.attributes ?? {});
  req.tailor?.(access as unknown as Record<string, unknown>, id);
  const refresh = req.refreshToken === false ? undefined : refreshClaims(session, iat + refreshSec, uuid());
  const [accessToken, idToken, refreshToken] = await Promise.all([
    sign(req.keys.access, access),
    sign(req.keys.id, id),
    refresh && encryptRefresh(req.keys.refresh, refresh),
  ]);
  return { accessToken, idToken, refreshToken, expiresIn: accessSec, jti, originJti: session.originJti, eventId: session.eventId };
}

async function encryptRefresh(key: KeyMaterial, claims: object): Promise<string> {
  const { CompactEncrypt, UnsecuredJWT } = await loadJose();
  const inner = new UnsecuredJWT(claims as Record<string, unknown>).encode();
  return new CompactEncrypt(new TextEncoder().encode(inner))
    .setProtectedHeader({ cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" })
    .encrypt(await cryptoKey(key, "encrypt"));
}
