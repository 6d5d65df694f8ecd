// 5. Sign-in (issue 9): USER_PASSWORD_AUTH sign-ins per second through `serve` against cognito-local and moto, the
// same pre-signed InitiateAuth replayed by the same wrk settings (each answer mints fresh RS256 tokens); and a full
// SRP sign-in in-process (InitiateAuth USER_SRP_AUTH, then RespondToAuthChallenge PASSWORD_VERIFIER), median of N.
// Run alone: `npx tsx bench/sign-in.ts [--smoke]`, or as section 6 of `npm run bench -- --only 6`.
import { pathToFileURL } from "node:url";
import { srpClaim, srpStart } from "../suites/cases/behaviour/sign-in-client.ts";
import { createCognitoMock } from "../mocks/index.ts";
import { throughputSideBySide, type LoadSettings } from "./lib/load.ts";
import { stopAll, type Running } from "./lib/processes.ts";
import { call, presign, send, type PresignedRequest } from "./lib/presign.ts";
import { median, percentile, Report, rps, times } from "./lib/report.ts";
import { placement } from "./lib/cores.ts";
import { startPeers, startServe } from "./lib/servers.ts";
import { ensureWrk } from "./lib/wrk.ts";

const TARGET_PEERS = 3;
const TARGET_SRP_MS = 5;
const PASSWORD = "Bench-passw0rd!";

/** A pool, a client allowing USER_PASSWORD_AUTH and a CONFIRMED user, through the API every emulator speaks (an email-shaped username: cognito-local takes no other). */
async function passwordSignIn(url: string): Promise<PresignedRequest> {
  const { UserPool } = await call(url, "CreateUserPool", { PoolName: "bench-sign-in" });
  const { UserPoolClient } = await call(url, "CreateUserPoolClient", {
    UserPoolId: UserPool.Id,
    ClientName: "bench",
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  });
  await call(url, "AdminCreateUser", { UserPoolId: UserPool.Id, Username: "bench-user@example.com", MessageAction: "SUPPRESS" });
  await call(url, "AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "bench-user@example.com", Password: PASSWORD, Permanent: true });
  const request = await presign(url, "InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: UserPoolClient.ClientId, AuthParameters: { USERNAME: "bench-user@example.com", PASSWORD } });
  // Every target must really sign in on this request before it is timed.
  if (!JSON.parse(await send(request)).AuthenticationResult?.AccessToken) throw new Error(`${url}: InitiateAuth answered no tokens`);
  return request;
}

export async function signInThroughput(report: Report, settings: LoadSettings): Promise<void> {
  report.section(`6a. USER_PASSWORD_AUTH sign-ins (InitiateAuth, wrk -t1 -c${settings.connections}, ${settings.durationS} s x ${settings.rounds} rounds, best round)`);
  report.line(`placement: ${placement}`);
  const started: Running[] = [];
  try {
    const serve = await startServe();
    started.push(serve);
    const targets = [{ name: "serve", url: serve.url, request: await passwordSignIn(serve.url) }];
    for (const { name, url } of await startPeers(report, "USER_PASSWORD_AUTH", started)) {
      try {
        targets.push({ name, url, request: await passwordSignIn(url) });
      } catch (e) {
        report.skip(`serve/${name} USER_PASSWORD_AUTH`, `cannot sign in: ${(e as Error).message.slice(0, 160)}`);
      }
    }
    const { best: results } = await throughputSideBySide(targets, settings);
    report.line(targets.map((t, i) => `${t.name} ${rps(results[i].requestsPerSec)}`).join("   "));
    for (const [i, t] of targets.entries()) {
      if (i > 0) report.target(`serve/${t.name} USER_PASSWORD_AUTH`, results[0].requestsPerSec / results[i].requestsPerSec, ">=", TARGET_PEERS, times);
    }
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

const HEADERS = (operation: string) => ({
  "content-type": "application/x-amz-json-1.1",
  "x-amz-target": `AWSCognitoIdentityProviderService.${operation}`,
});

/** The mock's respond() as an API: the parsed answer, or an error for anything but 200. */
export function inProcessApi(mock: ReturnType<typeof createCognitoMock>) {
  return async (operation: string, input: unknown): Promise<any> => {
    const { response } = await mock.respond({
      method: "POST",
      url: "https://cognito-idp.us-east-1.amazonaws.com/",
      headers: { ...HEADERS(operation), authorization: "AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0" },
      body: JSON.stringify(input),
    });
    if (response.status !== 200) throw new Error(`${operation}: ${response.body.slice(0, 200)}`);
    return JSON.parse(response.body);
  };
}

export async function srpInProcess(report: Report, runs: number): Promise<void> {
  report.section(`6b. Full SRP sign-in in-process (respond(): USER_SRP_AUTH + PASSWORD_VERIFIER, ${runs} sign-ins)`);
  const api = inProcessApi(createCognitoMock({ seed: 5 }));
  const { UserPool } = await api("CreateUserPool", { PoolName: "bench-srp" });
  const { UserPoolClient } = await api("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "bench", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
  await api("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "srp-user", MessageAction: "SUPPRESS" });
  await api("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "srp-user", Password: PASSWORD, Permanent: true });
  const server: number[] = [];
  const client: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    let t0 = performance.now();
    const { SRP_A, srpSecret } = srpStart();
    let clientMs = performance.now() - t0;
    t0 = performance.now();
    const challenge = await api("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId: UserPoolClient.ClientId, AuthParameters: { USERNAME: "srp-user", SRP_A } });
    let serverMs = performance.now() - t0;
    const p = challenge.ChallengeParameters;
    t0 = performance.now();
    const claim = srpClaim({ poolId: UserPool.Id, userId: p.USER_ID_FOR_SRP, password: PASSWORD, SRP_B: p.SRP_B, SALT: p.SALT, SECRET_BLOCK: p.SECRET_BLOCK, srpSecret });
    clientMs += performance.now() - t0;
    t0 = performance.now();
    const done = await api("RespondToAuthChallenge", {
      ChallengeName: "PASSWORD_VERIFIER",
      ClientId: UserPoolClient.ClientId,
      ChallengeResponses: { USERNAME: p.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: claim.PASSWORD_CLAIM_SIGNATURE },
    });
    serverMs += performance.now() - t0;
    if (!done.AuthenticationResult?.AccessToken) throw new Error("SRP sign-in answered no tokens");
    if (i >= 5) (server.push(serverMs), client.push(clientMs)); // the first five warm up (JIT, the pool's keys)
  }
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  report.line(`server (two respond() calls, token minting included): median ${ms(median(server))}, p99 ${ms(percentile(server, 99))}`);
  report.line(`client math (the suite's SRP client, BigInt): median ${ms(median(client))}; whole sign-in median ${ms(median(server.map((s, i) => s + client[i])))}`);
  report.target("in-process SRP sign-in, server side, median", median(server), "<=", TARGET_SRP_MS, ms);
}

// Alone: `npx tsx bench/sign-in.ts [--smoke]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const smoke = process.argv.includes("--smoke");
  const report = new Report();
  try {
    if (ensureWrk((line) => report.line(line))) await signInThroughput(report, smoke ? { durationS: 1, rounds: 1, connections: 4 } : { durationS: 5, rounds: 2, connections: 16 });
    else report.skip("serve/peers USER_PASSWORD_AUTH", "wrk unavailable");
    await srpInProcess(report, smoke ? 20 : 200);
  } finally {
    await stopAll();
  }
  report.summary();
}
