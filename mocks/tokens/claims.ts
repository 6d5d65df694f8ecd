// The claims of Cognito's tokens, in the order real tokens carry them (aws-behavior.md §10, CONFIRMED from decoded
// tokens of an API sign-in). Objects keep insertion order through JSON.stringify, so the order here is the wire's.

export interface AccessClaims {
  sub: string;
  device_key?: string;
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
  "cognito:preferred_role"?: string;
  "cognito:roles"?: string[];
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
  /** The device the sign-in was for (device tracking): a refresh must name it (aws-behavior.md §15.5). */
  device_key?: string;
}

/** A group the user is in, as its tokens need it (GroupType's GroupName, Precedence, RoleArn). */
export interface TokenGroup {
  name: string;
  precedence?: number;
  roleArn?: string;
}

export interface Session {
  issuer: string;
  clientId: string;
  sub: string;
  username: string;
  /** The user's groups at minting time, in any order (a refresh reads them afresh: membership changes show). */
  groups?: TokenGroup[];
  originJti: string;
  eventId: string;
  authTime: number;
  iat: number;
  /** Device tracking's key for this sign-in (aws-behavior.md §15.2). */
  deviceKey?: string;
}

const rank = (g: TokenGroup) => g.precedence ?? Number.POSITIVE_INFINITY;

/**
 * Lowest Precedence first, groups without one last, ties in the given order. The order inside `cognito:groups` is
 * UNKNOWN (aws-behavior.md §12.3): examples list the lowest-precedence group first (INFERRED, weak).
 */
const ranked = (s: Session) => (s.groups ?? []).map((g, i) => [g, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([g]) => g);

/** `cognito:groups`, in both tokens (DOC; CONFIRMED in a real access token), only when the user is in a group. */
const groupsOf = (s: Session) => (s.groups?.length ? { "cognito:groups": ranked(s).map((g) => g.name) } : {});

/**
 * The role of the group with the lowest Precedence among those with a role; a tie names it only when the tied groups
 * share one RoleArn (DOC, model CreateGroup; aws-behavior.md §12.3).
 */
export function preferredRole(groups: readonly TokenGroup[]): string | undefined {
  const withRole = groups.filter((g) => g.roleArn !== undefined);
  const best = Math.min(...withRole.map(rank));
  const roles = new Set(withRole.filter((g) => rank(g) === best).map((g) => g.roleArn));
  return roles.size === 1 ? [...roles][0] : undefined;
}

/**
 * The ID token's group claims: `cognito:groups`, then `cognito:preferred_role` and `cognito:roles` (JSON array,
 * CONFIRMED) when a group has a role; the role claims are in the ID token only (DOC). Their place after
 * `cognito:groups` is the mock's choice (UNKNOWN).
 */
function idGroupsOf(s: Session) {
  const groups = ranked(s);
  const roles = [...new Set(groups.flatMap((g) => (g.roleArn === undefined ? [] : [g.roleArn])))];
  const preferred = preferredRole(groups);
  return { ...groupsOf(s), ...(preferred !== undefined && { "cognito:preferred_role": preferred }), ...(roles.length && { "cognito:roles": roles }) };
}

export function accessClaims(s: Session, exp: number, jti: string, scope: string): AccessClaims {
  return {
    sub: s.sub,
    // Right after sub, where decoded tokens of tracked pools show it (INFERRED from public payloads, §15.2).
    ...(s.deviceKey !== undefined && { device_key: s.deviceKey }),
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
    ...idGroupsOf(s),
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
    ...(s.deviceKey !== undefined && { device_key: s.deviceKey }),
  };
}
