// 9. Log export (issue 18 §1): what exporting every sign-in's user-activity record costs the sign-in. Three `serve`
// processes side by side, each with a PLUS pool, threat protection ENFORCED and one user: without export; exporting
// to moto's CloudWatch Logs (AWS_ENDPOINT_URL_CLOUDWATCH_LOGS); exporting to an endpoint that accepts connections and
// never answers. Sequential USER_PASSWORD_AUTH sign-ins, rounds interleaved, median latency per target.
// Targets: export <= 1.2x without (the export is off the answer's path); a hanging destination <= 1.2x without.
// Run alone: `npx tsx bench/log-export.ts [--smoke]`, or as section 9 of `npm run bench -- --only 9`.
import { createServer, type Socket } from "node:net";
import { pathToFileURL } from "node:url";
import { CloudWatchLogsClient, CreateLogGroupCommand } from "@aws-sdk/client-cloudwatch-logs";
import { PEERS } from "../suites/peers/emulators.ts";
import { placement } from "./lib/cores.ts";
import { call, presign, send, type PresignedRequest } from "./lib/presign.ts";
import { stopAll, track, type Running } from "./lib/processes.ts";
import { median, Report, times } from "./lib/report.ts";
import { startServe } from "./lib/servers.ts";

const TARGET_RATIO = 1.2;
const PASSWORD = "Bench-passw0rd!";
const REGION = "us-east-1";
const GROUP = "bench-user-activity";
const CREDENTIALS = { AWS_ACCESS_KEY_ID: "AKIDBENCHLOGS", AWS_SECRET_ACCESS_KEY: "bench-logs-secret" };

/** A PLUS pool with threat protection ENFORCED, a client and a user, optionally exporting to CloudWatch Logs; the sign-in request. */
async function pool(url: string, exported: boolean): Promise<PresignedRequest> {
  const { UserPool } = await call(url, "CreateUserPool", { PoolName: "bench-log-export", UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" } });
  const { UserPoolClient } = await call(url, "CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "bench", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
  await call(url, "AdminCreateUser", { UserPoolId: UserPool.Id, Username: "bench-user", MessageAction: "SUPPRESS" });
  await call(url, "AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "bench-user", Password: PASSWORD, Permanent: true });
  if (exported) {
    const LogGroupArn = `arn:aws:logs:${REGION}:123456789012:log-group:${GROUP}`;
    await call(url, "SetLogDeliveryConfiguration", { UserPoolId: UserPool.Id, LogConfigurations: [{ LogLevel: "INFO", EventSource: "userAuthEvents", CloudWatchLogsConfiguration: { LogGroupArn } }] });
  }
  const request = await presign(url, "InitiateAuth", { AuthFlow: "USER_PASSWORD_AUTH", ClientId: UserPoolClient.ClientId, AuthParameters: { USERNAME: "bench-user", PASSWORD } });
  if (!JSON.parse(await send(request)).AuthenticationResult?.AccessToken) throw new Error(`${url}: InitiateAuth answered no tokens`);
  return request;
}

/** A TCP endpoint that takes connections and never answers (the sockets are kept until stop). */
async function silentEndpoint(): Promise<{ url: string; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => (sockets.add(socket), socket.on("close", () => sockets.delete(socket))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve()))),
  };
}

export async function logExport(report: Report, signIns: number, rounds: number): Promise<void> {
  report.section(`9. Sign-in with user-activity log export (sequential InitiateAuth, ${signIns} sign-ins x ${rounds} interleaved rounds, median)`);
  report.line(`placement: ${placement}`);
  const moto = await PEERS.moto();
  if ("skipped" in moto) {
    report.skip("sign-in with export / without", `moto: ${moto.skipped}`);
    report.skip("sign-in with a hanging destination / without", `moto: ${moto.skipped}`);
    return;
  }
  const started: Running[] = [track("moto", moto.peer.stop)];
  const silent = await silentEndpoint();
  started.push(track("silent endpoint", silent.stop));
  try {
    report.line(`moto ${moto.peer.version} at ${moto.peer.endpoint}; a silent endpoint at ${silent.url}`);
    const logs = new CloudWatchLogsClient({ endpoint: moto.peer.endpoint, region: REGION, credentials: { accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY } });
    await logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
    logs.destroy();
    const servers = [
      { name: "without export", env: {}, exported: false },
      { name: "export to moto CloudWatch Logs", env: { ...CREDENTIALS, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: moto.peer.endpoint }, exported: true },
      { name: "export to a hanging endpoint", env: { ...CREDENTIALS, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: silent.url }, exported: true },
    ];
    const targets: { name: string; url: string; request: PresignedRequest; latencies: number[] }[] = [];
    for (const s of servers) {
      const serve = await startServe([], s.name, s.env);
      started.push(serve);
      targets.push({ name: s.name, url: serve.url, request: await pool(serve.url, s.exported), latencies: [] });
    }
    for (const t of targets) for (let i = 0; i < 20; i++) await send(t.request); // warm-up: JIT, keys, the SDK client's first load
    for (let round = 0; round < rounds; round++) {
      for (const t of targets) {
        for (let i = 0; i < signIns; i++) {
          const t0 = performance.now();
          await send(t.request);
          t.latencies.push(performance.now() - t0);
        }
      }
    }
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    const medians = targets.map((t) => median(t.latencies));
    report.line(targets.map((t, i) => `${t.name} ${ms(medians[i]!)}`).join("   "));
    const [, exported, hanging] = targets;
    const counts = async (url: string) => (await (await fetch(`${url}/_mock/logs?status=delivered`)).json()).counts.delivered as number;
    const all = async (url: string) => (await (await fetch(`${url}/_mock/logs`)).json()).counts as Record<string, number>;
    report.line(`records: moto delivered ${await counts(exported!.url)} so far; hanging endpoint ${JSON.stringify(await all(hanging!.url))}`);
    report.target("sign-in with export / without (median)", medians[1]! / medians[0]!, "<=", TARGET_RATIO, times);
    report.target("sign-in with a hanging destination / without (median)", medians[2]! / medians[0]!, "<=", TARGET_RATIO, times);
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

// Alone: `npx tsx bench/log-export.ts [--smoke]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const smoke = process.argv.includes("--smoke");
  const report = new Report();
  try {
    await logExport(report, smoke ? 20 : 300, smoke ? 1 : 3);
  } finally {
    await stopAll();
  }
  report.summary();
}
