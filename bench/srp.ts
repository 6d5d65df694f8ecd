// The server's cost of an SRP sign-in, in-process (issue 9's target: a full SRP sign-in ≤ 5 ms median; this
// measures the crypto part of it). Each run: serverChallenge (B) + verifyPasswordClaim (S, HKDF, signature),
// against claims a client computed beforehand. Side by side: the same three exponentiations on BigInt alone.
// Then the token side: a pool's keys (RSA generation, paid on its first sign-in), minting, verifying.
// Run alone: `npx tsx bench/srp.ts [--runs N]`.
import { createHmac, generateKeyPairSync, randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { g, k, makeVerifier, N, serverChallenge, verifyPasswordClaim } from "../mocks/signin/srp/index.ts";
import { derivedKey, scramblingU } from "../mocks/signin/srp/claim.ts";
import { modPow, modPowBigInt } from "../mocks/signin/srp/mod-pow.ts";
import { formatTimestamp } from "../mocks/signin/srp/timestamp.ts";
import { passwordX } from "../mocks/signin/srp/verifier.ts";
import { issuerOf, mintTokens, newPoolKeys, openRefreshToken, verifyAccessToken } from "../mocks/tokens/index.ts";
import { median, percentile, Report, times } from "./lib/report.ts";

const ms = (v: number) => `${v.toFixed(2)} ms`;
const POOL = "AbC123xYz";
const USER = "alice";
const PASSWORD = "Corr3ct-horse!";

/** A client's answer to a challenge (the clients' formulas, computed with our modPow so the setup is quick). */
function clientClaim(saltHex: string, BHex: string, secretBlockB64: string, timestamp: string) {
  const a = BigInt(`0x${randomBytes(128).toString("hex")}`);
  const A = modPow(g, a, N);
  const B = BigInt(`0x${BHex}`);
  const u = scramblingU(A, B);
  const x = passwordX(POOL, USER, PASSWORD, saltHex);
  const S = modPow((((B - k * modPow(g, x, N)) % N) + N) % N, a + u * x, N);
  const message = Buffer.concat([Buffer.from(POOL + USER), Buffer.from(secretBlockB64, "base64"), Buffer.from(timestamp)]);
  return { AHex: A.toString(16), signatureB64: createHmac("sha256", derivedKey(S, u)).update(message).digest("base64") };
}

function timeOne(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function srpBench(report: Report, runs: number): number {
  report.section(`SRP, server side (${runs} runs, median)`);
  const nowMs = Date.now();
  const timestamp = formatTimestamp(new Date(nowMs));
  const { saltHex, verifierHex } = makeVerifier(POOL, USER, PASSWORD);
  // Each run gets its own challenge (B depends on a fresh b), so the claims are prepared per run, untimed.
  const prepared = Array.from({ length: runs }, () => {
    const challenge = serverChallenge(verifierHex);
    const secretBlockB64 = randomBytes(64).toString("base64");
    return { challenge, secretBlockB64, claim: clientClaim(saltHex, challenge.BHex, secretBlockB64, timestamp) };
  });
  const full: number[] = [];
  let verified = 0;
  for (const { challenge, secretBlockB64, claim } of prepared) {
    full.push(
      timeOne(() => {
        serverChallenge(verifierHex); // the B a real sign-in computes (its value is not the prepared one's)
        if (verifyPasswordClaim({ poolName: POOL, userIdForSrp: USER, saltHex, verifierHex, ...challenge, secretBlockB64, timestamp, ...claim, nowMs }))
          verified++;
      }),
    );
  }
  if (verified !== runs) throw new Error(`only ${verified} of ${runs} claims verified`);
  const verifier = Array.from({ length: Math.min(runs, 50) }, () => timeOne(() => makeVerifier(POOL, USER, PASSWORD)));
  report.line(`challenge + verification: median ${ms(median(full))}, p99 ${ms(percentile(full, 99))}`);
  report.line(`makeVerifier (on a password change): median ${ms(median(verifier))}`);

  // The same exponentiations (g^b, v^u, (A·v^u)^b with 256-bit exponents) on BigInt only, for the ratio.
  const v = BigInt(`0x${verifierHex}`);
  const exps = Array.from({ length: Math.min(runs, 20) }, () => BigInt(`0x${randomBytes(32).toString("hex")}`));
  const nativeMs = exps.map((e) => timeOne(() => modPow(v, e, N)));
  const bigintMs = exps.map((e) => timeOne(() => modPowBigInt(v, e, N)));
  report.line(`one 3072-bit modPow, 256-bit exponent: OpenSSL ${ms(median(nativeMs))}, BigInt ${ms(median(bigintMs))} (${times(median(bigintMs) / median(nativeMs))})`);
  report.target("SRP server-side challenge + verification median", median(full), "<=", 5, ms);
  return median(full);
}

async function timeOneAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function tokenBench(report: Report, runs: number): Promise<number> {
  report.section(`Tokens (${runs} runs, median)`);
  // Generation one key at a time, synchronously (what newPoolKeys does when no spare set is ready).
  const oneKey = Array.from({ length: 10 }, () => timeOne(() => generateKeyPairSync("rsa", { modulusLength: 2048 })));
  report.line(`RSA 2048 key generation: median ${ms(median(oneKey))}, max ${ms(Math.max(...oneKey))}; a pool's first sign-in pays 3 (~${ms(3 * median(oneKey))}) unless a spare set is ready`);
  const keys = newPoolKeys();
  const req = {
    keys,
    region: "us-east-1",
    userPoolId: "us-east-1_AbC123xYz",
    clientId: "3n4b5urk1ft4fl3mg5e62d9ado",
    sub: "7c2f1e0a-5b9d-4e8f-a1c3-0d2e4f6a8b9c",
    username: "alice",
    attributes: { email: "alice@example.com", email_verified: "true" },
    nowSec: Date.now() / 1000,
    validity: { accessSec: 3600, idSec: 3600, refreshSec: 86400 },
  };
  const first = await mintTokens(req); // imports the keys into WebCrypto once
  const mint: number[] = [];
  const verify: number[] = [];
  const open: number[] = [];
  const expect = { issuer: issuerOf(req.region, req.userPoolId), nowSec: Date.now() / 1000 };
  for (let i = 0; i < runs; i++) {
    mint.push(await timeOneAsync(() => mintTokens(req)));
    verify.push(await timeOneAsync(() => verifyAccessToken(keys, first.accessToken, expect)));
    open.push(await timeOneAsync(() => openRefreshToken(keys, first.refreshToken!)));
  }
  report.line(`mintTokens (access + ID signed, refresh encrypted): median ${ms(median(mint))}, p99 ${ms(percentile(mint, 99))}`);
  report.line(`verifyAccessToken: median ${ms(median(verify))}; openRefreshToken: median ${ms(median(open))}`);
  return median(mint);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "200" } } });
  const report = new Report();
  const runs = Number(values.runs);
  const srpMs = srpBench(report, runs);
  const mintMs = await tokenBench(report, runs);
  report.line(`an SRP sign-in's crypto (challenge + verification + minting), medians added: ${ms(srpMs + mintMs)}`);
  report.summary();
}
