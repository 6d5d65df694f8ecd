// `cognito-conformance serve`: the mock over HTTP for any SDK or the AWS CLI. Prints exactly
// `listening on http://HOST:PORT` as its first stdout line and stops cleanly (exit 0) on SIGINT/SIGTERM.
import { parseArgs } from "node:util";
import type { StaticCredentials } from "../auth/sigv4.ts";
import { StateFileError } from "../persistence/envelope.ts";
import { startServer, type ServerOptions } from "./server.ts";

const DEFAULT_PORT = 9323;

const USAGE = `usage: cognito-conformance serve [options]

  --host HOST            interface to listen on (default 127.0.0.1)
  --port N               port; 0 picks a free one (default ${DEFAULT_PORT})
  --seed N               seed for ids and fault injection, so runs reproduce
  --region R             region when neither the signature nor the endpoint names one (default us-east-1)
  --state-file PATH      load state from PATH (SQLite; a 0.1.0 JSON file is migrated) at start and
                         commit each write to it before answering
  --state-fsync          also fsync every commit (survives power loss, ~1-3 ms a write)
  --verify-signatures    verify SigV4 signatures (default: only require an Authorization header)
  --credentials AKID:SECRET
                         credentials accepted by --verify-signatures (repeatable; default: the
                         AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY environment variables)
  --triggers MODULE      an ES module mapping Lambda function names to handlers, run in-process
                         for the pools' LambdaConfig triggers; functions it lacks are invoked through
                         the Lambda Invoke API at AWS_ENDPOINT_URL_LAMBDA / AWS_ENDPOINT_URL (an
                         emulator; never the real AWS). See docs/triggers.md
  -h, --help             this help

Control API on the same port: GET /_mock/health, POST /_mock/reset, POST /_mock/sign-in,
GET /_mock/outbox, GET /_mock/feedback (the mailed one-click links), GET|POST|DELETE /_mock/faults,
PUT /_mock/import/... (user import jobs' pre-signed upload URLs).`;

class UsageError extends Error {}

export type ServeArgs = ServerOptions & { triggersModule?: string };

export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeArgs | "help" {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: String(DEFAULT_PORT) },
      seed: { type: "string" },
      region: { type: "string" },
      "state-file": { type: "string" },
      "state-fsync": { type: "boolean", default: false },
      "verify-signatures": { type: "boolean", default: false },
      credentials: { type: "string", multiple: true },
      triggers: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const port = integer("--port", values.port!);
  if (port < 0 || port > 65535) throw new UsageError(`--port must be between 0 and 65535, got ${values.port}`);
  if (values.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(values.region)) throw new UsageError(`--region must look like us-east-1, got ${values.region}`);
  if (values.credentials && !values["verify-signatures"]) throw new UsageError("--credentials needs --verify-signatures");
  if (values["state-fsync"] && !values["state-file"]) throw new UsageError("--state-fsync needs --state-file");
  return {
    host: values.host,
    port,
    seed: values.seed === undefined ? undefined : integer("--seed", values.seed),
    region: values.region,
    stateFile: values["state-file"],
    stateFileFsync: values["state-fsync"] || undefined,
    verifySignatures: values["verify-signatures"] ? { credentials: credentialsFrom(values.credentials, env) } : undefined,
    triggersModule: values.triggers,
  };
}

function integer(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${flag} must be an integer, got ${text}`);
  return Number(text);
}

function credentialsFrom(pairs: string[] | undefined, env: NodeJS.ProcessEnv): StaticCredentials[] {
  if (!pairs?.length) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return [{ accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY }];
    throw new UsageError("--verify-signatures needs --credentials AKID:SECRET or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
  }
  return pairs.map((pair) => {
    const colon = pair.indexOf(":");
    if (colon <= 0 || colon === pair.length - 1) throw new UsageError("--credentials must be AKID:SECRET");
    return { accessKeyId: pair.slice(0, colon), secretAccessKey: pair.slice(colon + 1) };
  });
}

export async function main(argv: string[]): Promise<number> {
  let options: ServeArgs | "help";
  try {
    options = parseServeArgs(argv);
  } catch (e) {
    console.error(`cognito-conformance serve: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  let server;
  try {
    const { triggersModule, ...serverOptions } = options;
    if (triggersModule !== undefined) serverOptions.triggers = await (await import("../triggers/module.ts")).loadTriggerModule(triggersModule);
    // Nobody holds this mock in-process: the control API's sign-in can wait for the first /_mock/ request.
    server = await startServer({ ...serverOptions, controlOnFirstUse: true });
  } catch (e) {
    const known = e instanceof StateFileError || (e as NodeJS.ErrnoException).code !== undefined;
    console.error(`cognito-conformance serve: ${known ? (e as Error).message : (e as Error).stack}`);
    return 1;
  }
  console.log(`listening on ${server.url}`);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      running.close().then(resolve, resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}
