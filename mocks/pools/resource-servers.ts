// A pool's resource servers (OAuth 2.0 APIs with custom scopes). Their scopes, as `<Identifier>/<ScopeName>`, are
// what app clients may name in AllowedOAuthScopes besides the standard ones (DOC: dev guide "Scopes, M2M, and APIs
// with resource servers"); mocks/pools/oauth.ts reads them from here.
import type { components } from "../../generated/types.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

type ResourceServer = components["schemas"]["ResourceServerType"];
type Scope = components["schemas"]["ResourceServerScopeType"];

/** DOC (dev guide "Quotas": 25 resource servers per pool, 100 custom scopes per resource server). Texts UNKNOWN. */
export const MAX_RESOURCE_SERVERS = 25;
export const MAX_SCOPES = 100;

export function getResourceServer(pool: PoolRecord, identifier: string): ResourceServer {
  const server = pool.resourceServers?.get(identifier);
  // Text UNKNOWN (mock's choice, documented in mocks/README.md).
  if (!server) throw new AwsError("ResourceNotFoundException", `Resource server ${identifier} does not exist.`);
  return server;
}

/** A server as Create/Describe/Update/List answer it: Scopes always present, `[]` when none (INFERRED: tf reads `scope` as an empty set). */
export function resourceServerOf(poolId: string, identifier: string, name: string, scopes: Scope[] | undefined): ResourceServer {
  const seen = new Set<string>();
  for (const scope of scopes ?? []) {
    // A scope named twice: refused (INFERRED from the dev guide's unique scope names; text UNKNOWN).
    if (seen.has(scope.ScopeName)) throw errors.invalidParameter(`Duplicate scope name ${scope.ScopeName}.`);
    seen.add(scope.ScopeName);
  }
  if (seen.size > MAX_SCOPES) throw new AwsError("LimitExceededException", `A resource server can have at most ${MAX_SCOPES} custom scopes.`);
  return { UserPoolId: poolId, Identifier: identifier, Name: name, Scopes: (scopes ?? []).map((s) => ({ ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription })) };
}

/** Every custom scope of the pool, `<Identifier>/<ScopeName>`. */
export function customScopes(pool: PoolRecord): Set<string> {
  const scopes = new Set<string>();
  for (const server of pool.resourceServers?.values() ?? []) for (const s of server.Scopes ?? []) scopes.add(`${server.Identifier}/${s.ScopeName}`);
  return scopes;
}
