// The client side of sign-in, as the suite's own code (never the mock's modules): Cognito's SRP-6a variant the way
// AWS's clients compute it (aws-behavior.md §10; amazon-cognito-identity-js AuthenticationHelper.js and Amplify v6
// utils/srp/ describe the same steps), SECRET_HASH (§9, DOC) and RFC 6238 TOTP codes. Registered as computations
// (harness/compute.ts), so scenarios name them as data and run them against any target, live AWS included.
import { createHash, createHmac, createPublicKey, randomBytes, verify as cryptoVerify } from "node:crypto";
import { defineComputation } from "../../harness/compute.ts";

// RFC 5054's 3072-bit group, g = 2.
const N = BigInt(
  "0x" +
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
);
const g = 2n;

/** Hex of a positive number: even length, and a leading 00 when the first nibble is 8 or more (§10). */
export function padHex(n: bigint): string {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return "89abcdef".includes(hex[0]) ? `00${hex}` : hex;
}

const sha256Hex = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");
/** H over the bytes a hex string spells. */
const hexHash = (hex: string) => sha256Hex(Buffer.from(hex, "hex"));
const big = (hex: string) => BigInt(`0x${hex}`);

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  for (; exp > 0n; exp >>= 1n, base = (base * base) % mod) if (exp & 1n) result = (result * base) % mod;
  return result;
}

const k = big(hexHash(padHex(N) + padHex(g)));

/**
 * `EEE MMM d HH:mm:ss UTC yyyy`, day not zero-padded. `padDay` makes the wrong form: a 0 before the day (`05`;
 * on the 10th and later `010`, so the case means the same on every day of the month).
 */
export function srpTimestamp(date: Date, options: { padDay?: boolean } = {}): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const two = (n: number) => String(n).padStart(2, "0");
  const day = `${options.padDay ? "0" : ""}${date.getUTCDate()}`;
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${day} ${time} UTC ${date.getUTCFullYear()}`;
}

/** The client's first SRP step: a secret a and the public A = g^a mod N, as unpadded lowercase hex. */
export function srpStart(): { SRP_A: string; srpSecret: string } {
  const a = big(randomBytes(32).toString("hex")) % N;
  return { SRP_A: modPow(g, a, N).toString(16), srpSecret: a.toString(16) };
}

export interface ClaimInput {
  poolId: string;
  /** Device SRP (§15.4): the DeviceGroupKey in the pool-name slot (userId is then the DeviceKey). */
  poolName?: string;
  /** USER_ID_FOR_SRP from the PASSWORD_VERIFIER challenge. */
  userId: string;
  password: string;
  SRP_B: string;
  SALT: string;
  SECRET_BLOCK: string;
  srpSecret: string;
  /** "padded-day" (a zero-padded day of month) or "stale" (a day old): what §10 says the server refuses. */
  timestamp?: "now" | "padded-day" | "stale";
  /** The client's clock (default the real one), for a server on a clock of its own. */
  nowMs?: number;
}

/** The PASSWORD_VERIFIER answer: x, u, S, the HKDF key ("Caldera Derived Key") and the signature (§10). */
export function srpClaim(input: ClaimInput): { PASSWORD_CLAIM_SIGNATURE: string; TIMESTAMP: string } {
  const poolName = input.poolName ?? input.poolId.split("_")[1];
  const A = modPow(g, big(input.srpSecret), N);
  const B = big(input.SRP_B);
  const u = big(hexHash(padHex(A) + padHex(B)));
  const x = big(hexHash(padHex(big(input.SALT)) + sha256Hex(`${poolName}${input.userId}:${input.password}`)));
  const base = (((B - k * modPow(g, x, N)) % N) + N) % N;
  const S = modPow(base, big(input.srpSecret) + u * x, N);
  const prk = createHmac("sha256", Buffer.from(padHex(u), "hex")).update(Buffer.from(padHex(S), "hex")).digest();
  const key = createHmac("sha256", prk).update(Buffer.concat([Buffer.from("Caldera Derived Key", "utf8"), Buffer.from([1])])).digest().subarray(0, 16);
  const now = input.nowMs ?? Date.now();
  const when = new Date(input.timestamp === "stale" ? now - 86_400_000 : now);
  const TIMESTAMP = srpTimestamp(when, { padDay: input.timestamp === "padded-day" });
  const message = Buffer.concat([Buffer.from(poolName), Buffer.from(input.userId), Buffer.from(input.SECRET_BLOCK, "base64"), Buffer.from(TIMESTAMP)]);
  return { PASSWORD_CLAIM_SIGNATURE: createHmac("sha256", key).update(message).digest("base64"), TIMESTAMP };
}

/**
 * ConfirmDevice's DeviceSecretVerifierConfig as the clients make it (§15.3): a random 16-byte salt, x = H(padHex(salt)
 * ‖ H(DeviceGroupKey ‖ DeviceKey ‖ ":" ‖ password)), v = g^x mod N; both sent as base64 of their padHex bytes.
 */
export function deviceVerifier(groupKey: string, deviceKey: string, password: string): { Salt: string; PasswordVerifier: string } {
  const salt = padHex(big(randomBytes(16).toString("hex")));
  const x = big(hexHash(salt + sha256Hex(`${groupKey}${deviceKey}:${password}`)));
  return { Salt: Buffer.from(salt, "hex").toString("base64"), PasswordVerifier: Buffer.from(padHex(modPow(g, x, N)), "hex").toString("base64") };
}

/** Base64(HMAC-SHA256(client secret, username + clientId)), §9 (DOC). */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return createHmac("sha256", clientSecret).update(username + clientId).digest("base64");
}

function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/=+$/, "").toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error("not base32");
    bits += i.toString(2).padStart(5, "0");
  }
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
}

/** RFC 6238 (HMAC-SHA1, 30 s, 6 digits) for the window `offsetSteps` from now. */
export function totp(secretBase32: string, offsetSteps = 0, nowMs = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(nowMs / 30_000) + offsetSteps));
  const mac = createHmac("sha1", base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

defineComputation("srpStart", () => srpStart());
defineComputation("srpClaim", (args: ClaimInput) => srpClaim(args));
defineComputation("deviceVerifier", (args: { groupKey: string; deviceKey: string; password: string }) => deviceVerifier(args.groupKey, args.deviceKey, args.password));
defineComputation("secretHash", (args: { clientSecret: string; username: string; clientId: string; as?: string }) => ({
  [args.as ?? "secretHash"]: secretHash(args.clientSecret, args.username, args.clientId),
}));
/** `as` names the variable; `offsetSteps` 1 gives the next window's code (a second code in a row). */
defineComputation("totp", (args: { secret: string; offsetSteps?: number; as?: string }) => ({ [args.as ?? "totpCode"]: totp(args.secret, args.offsetSteps ?? 0) }));
/** Six digits that are no code of the secret's windows around now (a wrong code that cannot match by chance). */
defineComputation("wrongTotp", (args: { secret: string; as?: string }) => {
  const near = new Set([-2, -1, 0, 1, 2].map((s) => totp(args.secret, s)));
  let n = 0;
  while (near.has(String(n).padStart(6, "0"))) n++;
  return { [args.as ?? "wrongCode"]: String(n).padStart(6, "0") };
});

/**
 * What a relying party checks in a JWT (aws-jwt-verify does the same): the RS256 signature against the pool's JWKS
 * (a JSON string, `{keys}` or the list), and the claims. Only verdicts and public claims come back.
 */
defineComputation("verifyJwt", (args: { token: string; jwks: string }) => {
  const [h, p, s] = args.token.split(".");
  const header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
  const payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  const parsed = JSON.parse(args.jwks);
  const keys: Record<string, string>[] = Array.isArray(parsed) ? parsed : parsed.keys;
  const jwk = keys.find((k) => k.kid === header.kid);
  const signature = !jwk ? "no-key" : cryptoVerify("RSA-SHA256", Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk as never, format: "jwk" }), Buffer.from(s, "base64url")) ? "valid" : "invalid";
  return {
    signature,
    header: Object.keys(header).join(","),
    alg: String(header.alg),
    iss: String(payload.iss),
    tokenUse: String(payload.token_use),
    client: String(payload.client_id ?? payload.aud),
    lifetime: String(payload.exp - payload.iat),
  };
});
