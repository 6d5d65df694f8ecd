// 6c. A full device SRP sign-in in-process (issue 19): InitiateAuth USER_SRP_AUTH with the remembered device's
// DEVICE_KEY, PASSWORD_VERIFIER, then DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER (both SRP exchanges, both
// proofs verified), median of N, server side (four respond() calls, token minting included).
// Run alone: `npx tsx bench/devices.ts [--smoke]`, or with section 6 of `npm run bench -- --only 6`.
import { pathToFileURL } from "node:url";
import { createCognitoMock } from "../mocks/index.ts";
import { deviceVerifier, srpClaim, srpStart } from "../suites/cases/behaviour/sign-in-client.ts";
import { median, percentile, Report } from "./lib/report.ts";
import { inProcessApi } from "./sign-in.ts";

const TARGET_DEVICE_SRP_MS = 10;
const PASSWORD = "Bench-passw0rd!";
const DEVICE_PASSWORD = "bench-device-secret";

export async function deviceSrpInProcess(report: Report, runs: number): Promise<void> {
  report.section(`6c. Full device SRP sign-in in-process (USER_SRP_AUTH + PASSWORD_VERIFIER + DEVICE_SRP_AUTH + DEVICE_PASSWORD_VERIFIER, ${runs} sign-ins)`);
  const api = inProcessApi(createCognitoMock({ seed: 6 }));
  const { UserPool } = await api("CreateUserPool", { PoolName: "bench-devices", DeviceConfiguration: { ChallengeRequiredOnNewDevice: true } });
  const ClientId = (await api("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "bench", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] })).UserPoolClient.ClientId;
  await api("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "device-user", MessageAction: "SUPPRESS" });
  await api("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "device-user", Password: PASSWORD, Permanent: true });
  const first = (await api("InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: "device-user", PASSWORD } })).AuthenticationResult;
  const { DeviceKey, DeviceGroupKey } = first.NewDeviceMetadata;
  await api("ConfirmDevice", { AccessToken: first.AccessToken, DeviceKey, DeviceSecretVerifierConfig: deviceVerifier(DeviceGroupKey, DeviceKey, DEVICE_PASSWORD) });
  const server: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    let serverMs = 0;
    const timed = async (operation: string, input: unknown) => {
      const t0 = performance.now();
      const out = await api(operation, input);
      serverMs += performance.now() - t0;
      return out;
    };
    const user = srpStart();
    const verifier = (await timed("InitiateAuth", { AuthFlow: "USER_SRP_AUTH", ClientId, AuthParameters: { USERNAME: "device-user", SRP_A: user.SRP_A, DEVICE_KEY: DeviceKey } })).ChallengeParameters;
    const claim = srpClaim({ poolId: UserPool.Id, userId: verifier.USER_ID_FOR_SRP, password: PASSWORD, SRP_B: verifier.SRP_B, SALT: verifier.SALT, SECRET_BLOCK: verifier.SECRET_BLOCK, srpSecret: user.srpSecret });
    const deviceStep = await timed("RespondToAuthChallenge", {
      ChallengeName: "PASSWORD_VERIFIER",
      ClientId,
      ChallengeResponses: { USERNAME: verifier.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: verifier.SECRET_BLOCK, TIMESTAMP: claim.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: claim.PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY: DeviceKey },
    });
    if (deviceStep.ChallengeName !== "DEVICE_SRP_AUTH") throw new Error(`expected DEVICE_SRP_AUTH, got ${deviceStep.ChallengeName}`);
    const device = srpStart();
    const p = (await timed("RespondToAuthChallenge", { ChallengeName: "DEVICE_SRP_AUTH", ClientId, Session: deviceStep.Session, ChallengeResponses: { USERNAME: "device-user", DEVICE_KEY: DeviceKey, SRP_A: device.SRP_A } }));
    const d = p.ChallengeParameters;
    const proof = srpClaim({ poolId: UserPool.Id, poolName: DeviceGroupKey, userId: DeviceKey, password: DEVICE_PASSWORD, SRP_B: d.SRP_B, SALT: d.SALT, SECRET_BLOCK: d.SECRET_BLOCK, srpSecret: device.srpSecret });
    const done = await timed("RespondToAuthChallenge", {
      ChallengeName: "DEVICE_PASSWORD_VERIFIER",
      ClientId,
      Session: p.Session,
      ChallengeResponses: { USERNAME: d.USERNAME, PASSWORD_CLAIM_SECRET_BLOCK: d.SECRET_BLOCK, TIMESTAMP: proof.TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: proof.PASSWORD_CLAIM_SIGNATURE, DEVICE_KEY: DeviceKey },
    });
    if (!done.AuthenticationResult?.AccessToken) throw new Error("device SRP sign-in answered no tokens");
    if (i >= 5) server.push(serverMs); // the first five warm up (JIT, the pool's keys)
  }
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  report.line(`server (four respond() calls, two SRP proofs verified, token minting included): median ${ms(median(server))}, p99 ${ms(percentile(server, 99))}`);
  report.target("in-process device SRP sign-in, server side, median", median(server), "<=", TARGET_DEVICE_SRP_MS, ms);
}

// Alone: `npx tsx bench/devices.ts [--smoke]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const report = new Report();
  await deviceSrpInProcess(report, process.argv.includes("--smoke") ? 20 : 200);
  report.summary();
}
