// The pool's JWKS, as Cognito serves it at /<poolId>/.well-known/jwks.json: the ID and access tokens' public keys,
// members in Cognito's order {alg, e, kid, kty, n, use} (aws-behavior.md §10, DOC; bodies CONFIRMED). The refresh
// key is never published: only the mock opens refresh tokens.
import { publicJwk, type KeyMaterial, type PoolKeys } from "./keys.ts";

// A type, not an interface, so it is assignable to JSON-object types (aws-jwt-verify's Jwks).
export type Jwk = {
  alg: "RS256";
  e: string;
  kid: string;
  kty: "RSA";
  n: string;
  use: "sig";
};

const entry = (key: KeyMaterial): Jwk => {
  const { n, e } = publicJwk(key);
  return { alg: "RS256", e, kid: key.kid, kty: "RSA", n, use: "sig" };
};

export function jwks(keys: PoolKeys): { keys: Jwk[] } {
  return { keys: [entry(keys.id), entry(keys.access)] };
}
