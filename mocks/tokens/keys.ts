// A pool's signing and encryption keys: RSA 2048, one for ID tokens, one for access tokens (Cognito signs them
// with different keys, aws-behavior.md §10 CONFIRMED) and one for the refresh token's JWE. Kept as JWKs because
// they live in the pool's persisted state; imported into CryptoKeys once per key object.
import { createHash, generateKeyPair, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { importJWK } from "jose";

export interface KeyMaterial {
  /** 44 characters of base64, like Cognito's kids: a SHA-256 of the modulus. */
  kid: string;
  /** The private key as a JWK (kty, n, e, d, p, q, dp, dq, qi): plain JSON, so the state file can hold it. */
  jwk: JsonWebKey;
}

export interface PoolKeys {
  id: KeyMaterial;
  access: KeyMaterial;
  refresh: KeyMaterial;
}

const RSA = { modulusLength: 2048, publicExponent: 0x10001 } as const;

// Cognito writes a `/` in a kid as `\/` in the token header; jose serializes headers itself and cannot, so the
// kid is the first SHA-256(n ‖ counter) whose base64 has no `/` (about two tries): the header is then byte for
// byte what Cognito would send for that kid.
function material(jwk: JsonWebKey): KeyMaterial {
  const n = Buffer.from(jwk.n!, "base64url");
  for (let counter = 0; ; counter++) {
    const kid = createHash("sha256").update(n).update(String(counter)).digest("base64");
    if (!kid.includes("/")) return { kid, jwk };
  }
}

const generateSync = () => material(generateKeyPairSync("rsa", RSA).privateKey.export({ format: "jwk" }));
const generate = () =>
  new Promise<KeyMaterial>((resolve, reject) =>
    generateKeyPair("rsa", RSA, (err, _pub, priv) => (err ? reject(err) : resolve(material(priv.export({ format: "jwk" }))))),
  );

// RSA generation costs 70-200 ms a key here (bench/srp.ts), and it was ~80% of a default suite run's CPU (issue
// 12). newPoolKeys is synchronous (it runs inside an operation's synchronous part), so sets are generated ahead on
// libuv's threads, off the event loop: one set at first, and once a process has needed keys twice (many pools are
// likely: a suite run) up to SPARE_SETS, refilled as they are taken. A first sign-in takes a ready set, else
// generates its own. Each set is handed out once, to one pool.
const SPARE_SETS = 4;
const spares: PoolKeys[] = [];
let underWay = 0;
let handedOut = 0;
let failed = false;
function refill(): void {
  const wanted = handedOut >= 2 ? SPARE_SETS : 1;
  while (!failed && spares.length + underWay < wanted) {
    underWay++;
    Promise.all([generate(), generate(), generate()])
      .then(([id, access, refresh]) => void spares.push({ id, access, refresh }))
      .catch(() => void (failed = true)) // from then on, every pool generates its own, synchronously
      .finally(() => {
        underWay--;
        refill();
      });
  }
}

/** Starts generating a spare set now (serve at startup, say), so that the first pool's first sign-in need not wait. */
export const prewarmPoolKeys = (): void => refill();

/** How many spare sets are ready (for tests). */
export const readyPoolKeySets = (): number => spares.length;

export function newPoolKeys(): PoolKeys {
  const keys = spares.shift() ?? { id: generateSync(), access: generateSync(), refresh: generateSync() };
  handedOut++;
  refill();
  return keys;
}

/** The public half, for the JWKS and for verifiers. */
export const publicJwk = (key: KeyMaterial): { kty: string; n: string; e: string } => ({ kty: "RSA", n: key.jwk.n!, e: key.jwk.e! });

type Use = "sign" | "verify" | "encrypt" | "decrypt";
const imported = new WeakMap<KeyMaterial, Partial<Record<Use, Promise<CryptoKey>>>>();

/** The key as jose wants it for one use; state objects are replaced, never changed, so caching by object is safe. */
export function cryptoKey(key: KeyMaterial, use: Use): Promise<CryptoKey> {
  let cache = imported.get(key);
  if (!cache) imported.set(key, (cache = {}));
  const alg = use === "sign" || use === "verify" ? "RS256" : "RSA-OAEP";
  const jwk = use === "sign" || use === "decrypt" ? key.jwk : publicJwk(key);
  return (cache[use] ??= importJWK(jwk as Parameters<typeof importJWK>[0], alg) as Promise<CryptoKey>);
}
