// The claims of Cognito's tokens, in the order real tokens carry them (aws-behavior.md §10, CONFIRMED from decoded
// tokens of an API sign-in). Objects keep insertion order through JSON.stringify, so the order here is the wire's.

export interface AccessClaims {
  sub: string;
  "cognito:groups"?: string[];
  iss: string;
  client_id: string;
  origin_jti: string;
  event_id: string;
  token_use: "access";
  scope: string;
  auth_time: number;
  exp: number;
  iat: number;
  jti: string;
  username: string;
}

export interface IdClaims {
  sub: string;
  "cognito:groups"?: string[];
  iss: string;
  "cognito:username": string;
  origin_jti: string;
  aud: string;
  event_id: string;
  token_use: "id";
  auth_time: number;
  exp: number;
  [attribute: string]: unknown;
}

/** What a refresh token holds (inside its JWE; no client sees it). */
export interface RefreshClaims {
  iss: string;
  client_id: string;
  sub: string;
  username: string;
  origin_jti: string;
  event_id: string;
  auth_time: number;
  iat: number;
  exp: number;
  jti: string;
}

export interface Session {
  issuer: string;
  clientId: string;
  sub: string;
  username: string;
  groups?: string[];
  originJti: string;
  eventId: string;
  authTime: number;
  iat: number;
}

const groupsOf = (s: Session) => (s.groups?.length ? { "cognito:groups": s.groups } : {});

export function accessClaims(s: Session, exp: number, jti: string, scope: string): AccessClaims {
  return {
    sub: s.sub,
    ...groupsOf(s),
    iss: s.issuer,
    client_id: s.clientId,
    origin_jti: s.originJti,
    event_id: s.eventId,
    token_use: "access",
    scope,
    auth_time: s.authTime,
    exp,
    iat: s.iat,
    jti,
    username: s.username,
  };
}

/** `*_verified` attributes are booleans in ID tokens (`"email_verified": true`), other attributes strings (INFERRED). */
const claimValue = (name: string, value: string): unknown => (name.endsWith("_verified") && (value === "true" || value === "false") ? value === "true" : value);

export function idClaims(s: Session, exp: number, jti: string, attributes: Record<string, string>): IdClaims {
  const claims: IdClaims = {
    sub: s.sub,
    ...groupsOf(s),
    iss: s.issuer,
    "cognito:username": s.username,
    origin_jti: s.originJti,
    aud: s.clientId,
    event_id: s.eventId,
    token_use: "id",
    auth_time: s.authTime,
    exp,
  };
  for (const [name, value] of Object.entries(attributes)) if (name !== "sub") claims[name] = claimValue(name, value);
  claims.iat = s.iat;
  claims.jti = jti;
  return claims;
}

export function refreshClaims(s: Session, exp: number, jti: string): RefreshClaims {
  return {
    iss: s.issuer,
    client_id: s.clientId,
    sub: s.sub,
    username: s.username,
    origin_jti: s.originJti,
    event_id: s.eventId,
    auth_time: s.authTime,
    iat: s.iat,
    exp,
    jti,
  };
}
