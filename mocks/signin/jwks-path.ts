// Which paths are a pool's JWKS (`/<poolId>/.well-known/jwks.json`), apart from the answer (jwks-route.ts, which
// loads the token modules): `serve` tells a JWKS request at start-up cost nil and loads the route on the first one.
const PATH = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/jwks\.json$/;

/** The pool id a JWKS path names, or undefined when `path` is not one. */
export function jwksPoolId(path: string): string | undefined {
  return PATH.exec(path)?.[1];
}
