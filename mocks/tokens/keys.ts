// A pool's signing and encryption keys: RSA 2048, one for ID tokens, one for access tokens (Cognito signs them
// with different keys, aws-behavior.md §10 CONFIRMED) and one for the refresh token's JWE. Kept as JWKs because
// they live in the pool's persisted state; imported into CryptoKeys once per key object.
import { createHash, generateKeyPair, generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { loadJose } from "./jose.ts";
import { keyCacheFile, loadKeySets, MAX_CACHED_SETS, saveKeySets } from "./key-cache.ts";

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

// RSA generation costs 70-250 ms a key here (bench/srp.ts), three keys a set: it was ~80% of a default suite run's
// CPU (issue 12) and nearly all of a fresh pool's first sign-in (issue 21). Sets are therefore generated ahead on
// libuv's threads, off the event loop, into two places (docs/sign-in.md, "Keys"):
// - the stock, which mocks share: each mock (and each reset) takes its pools' sets from the stock in order, so two
//   pools of one mock never share keys, while the first pool of a fresh mock takes the set the previous mock's first
//   pool had, ready at once. What a test suite that makes a fresh mock or resets per test pays once, not per test.
//   The stock is kept between processes (key-cache.ts), so a test file's process finds it made.
// - the spares (newPoolKeys): sets handed out once in the whole process, for what must never repeat (`keys: "unique"`).
// Both are filled one set ahead at first, and up to AHEAD sets once keys were needed twice (many pools are likely: a
// suite run). A set that is not ready is generated synchronously (the operation's synchronous part needs it).
const AHEAD = 4;
const newSet = (): Promise<PoolKeys> => Promise.all([generate(), generate(), generate()]).then(([id, access, refresh]) => ({ id, access, refresh }));
const newSetSync = (): PoolKeys => ({ id: generateSync(), access: generateSync(), refresh: generateSync() });
let failed = false; // from a failed background generation on, every set is generated synchronously

/** A list of sets that fills itself ahead of demand on libuv's threads. */
class Reserve {
  readonly sets: PoolKeys[] = [];
  private underWay = 0;
  constructor(
    private readonly wanted: () => number,
    readonly added: () => void = () => {},
  ) {}
  /** `wanted`: how many sets the list should hold, those under way counted. */
  fill(): void {
    while (!failed && this.sets.length + this.underWay < this.wanted()) {
      this.underWay++;
      newSet()
        .then((set) => {
          this.sets.push(set);
          this.added();
        })
        .catch(() => void (failed = true))
        .finally(() => {
          this.underWay--;
          this.fill();
        });
    }
  }
}

let uniqueTaken = 0;
const spares = new Reserve(() => (uniqueTaken >= 2 ? AHEAD : 1));
let demand = 0; // the most sets one mock has taken from the stock
const stock = new Reserve(() => demand + (demand >= 2 ? AHEAD : 1), () => saveSoon());

// The cached stock is read on first use; sets made here are written back shortly after, and at exit.
const cacheFile = keyCacheFile();
let loaded = false;
let saved = 0;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
function loadStock(): void {
  if (loaded) return;
  loaded = true;
  if (!cacheFile) return;
  stock.sets.push(...loadKeySets(cacheFile));
  saved = stock.sets.length;
  process.once("exit", save);
}
function save(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (!cacheFile || saved >= Math.min(stock.sets.length, MAX_CACHED_SETS)) return;
  saved = stock.sets.length;
  saveKeySets(cacheFile, stock.sets);
}
function saveSoon(): void {
  if (cacheFile && !saveTimer) (saveTimer = setTimeout(save, 250)).unref();
}

/** Starts generating the first shared set now (serve at startup, a mock's first pool), so that a first sign-in need not wait. */
export const prewarmPoolKeys = (): void => {
  loadStock();
  stock.fill();
};

/** How many spare sets (those newPoolKeys hands out) are ready (for tests). */
export const readyPoolKeySets = (): number => spares.sets.length;

/** A set no other pool of this process has, or will have. */
export function newPoolKeys(): PoolKeys {
  const keys = spares.sets.shift() ?? newSetSync();
  uniqueTaken++;
  spares.fill();
  return keys;
}

/** One mock's sets: the stock's, in order, from the start again after a reset; or unique ones (`unique`). */
export class PoolKeyBook {
  private next = 0;
  constructor(private readonly unique = false) {}
  /** The first pool of a process is made: its set may be needed soon. */
  prewarm(): void {
    if (!this.unique && this.next === 0) prewarmPoolKeys();
  }
  take(): PoolKeys {
    if (this.unique) return newPoolKeys();
    loadStock();
    let keys = stock.sets[this.next];
    if (!keys) {
      stock.sets.push((keys = newSetSync())); // `next` is never past the end: this is its place
      saveSoon();
    }
    demand = Math.max(demand, ++this.next);
    stock.fill();
    return keys;
  }
  /**
   * After restoring pools that may hold sets of the stock (a state file saved by an earlier process, which read the
   * same cache, or by another mock here): take only sets after the last of them.
   */
  skipPast(kids: Iterable<string>): void {
    loadStock();
    const held = new Set(kids);
    stock.sets.forEach((set, i) => void (held.has(set.id.kid) && (this.next = Math.max(this.next, i + 1))));
  }
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
  return (cache[use] ??= loadJose().then(({ importJWK }) => importJWK(jwk as Parameters<typeof importJWK>[0], alg) as Promise<CryptoKey>));
}
