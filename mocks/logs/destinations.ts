// The three destination services, called through their SDK v3 clients. Each client is imported the first time a
// record goes to its kind (issue 21: none of them loads with the mock), and resolves its endpoint by the SDK's own
// conventions (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL). Credentials come from the SDK's default chain.
import type { DestinationKind } from "./configuration.ts";
import type { ExportedRecord } from "./record.ts";

/** Where a batch goes, from the configuration and the pool. */
export interface Target {
  kind: DestinationKind;
  arn: string;
  userPoolId: string;
  region: string;
  accountId: string;
}

export type Sender = (target: Target, batch: readonly ExportedRecord[]) => Promise<void>;

/** The SDK's variable names per service (its serviceId upper-cased, spaces as underscores). */
const ENDPOINT_VARIABLES: Record<DestinationKind, string> = {
  "cloudwatch-logs": "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS",
  s3: "AWS_ENDPOINT_URL_S3",
  firehose: "AWS_ENDPOINT_URL_FIREHOSE",
};

/**
 * Whether the environment names an endpoint for this kind, the way the SDK reads it. Without one the record stays
 * with the control API: the mock never sends a user's test records to the real AWS.
 */
export function endpointConfigured(kind: DestinationKind, env: NodeJS.ProcessEnv = process.env): boolean {
  if (/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? "")) return false;
  return Boolean(env[ENDPOINT_VARIABLES[kind]] || env.AWS_ENDPOINT_URL);
}

/** Options every client shares: our own retries (mocks/logs/delivery.ts), and a bound on a destination that hangs. */
export interface ClientLimits {
  requestTimeoutMs: number;
}

/** CloudWatch Logs' stream for a pool's records: AWS's name is UNKNOWN (the delivery service makes it); ours. */
export const streamName = (userPoolId: string) => `cognito-idp/${userPoolId}`;

/** S3 key of one batch: AWS's layout is UNKNOWN; ours sits under the documented AWSLogs/ folder, gzip JSON Lines. */
export function objectKey(target: Target, atMs: number, seq: number): string {
  const d = new Date(atMs).toISOString();
  const day = `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}`;
  return `AWSLogs/${target.accountId}/cognito-idp/${target.region}/${target.userPoolId}/${day}/${target.userPoolId}_${atMs}_${seq}.json.gz`;
}

/** The resource name an ARN ends with after `<marker>` (log-group:<name>, deliverystream/<name>, s3:::<name>). */
export function resourceOf(arn: string, marker: string): string {
  const at = arn.indexOf(marker);
  const rest = at < 0 ? "" : arn.slice(at + marker.length);
  return rest.split(":")[0]!;
}

/** Loads each kind's sender once; the import happens on the first batch of that kind. */
export function createSenders(limits: ClientLimits): Record<DestinationKind, Sender> {
  const timeout = limits.requestTimeoutMs;
  const config = (region: string) => ({ region, maxAttempts: 1, requestHandler: { requestTimeout: timeout, connectionTimeout: timeout, throwOnRequestTimeout: true } });
  // Also an abort per call: a destination that hangs after answering headers still ends within the bound.
  const bounded = () => ({ abortSignal: AbortSignal.timeout(timeout) });
  const perRegion = <C>(make: (region: string) => Promise<C>) => {
    const clients = new Map<string, Promise<C>>();
    return (region: string) => {
      let client = clients.get(region);
      if (!client) clients.set(region, (client = make(region)));
      return client;
    };
  };

  const logs = perRegion(async (region) => {
    const sdk = await import("@aws-sdk/client-cloudwatch-logs");
    return { sdk, client: new sdk.CloudWatchLogsClient(config(region)) };
  });
  const s3 = perRegion(async (region) => {
    const sdk = await import("@aws-sdk/client-s3");
    // Path-style: a local endpoint (moto, LocalStack) has no bucket subdomains.
    return { sdk, client: new sdk.S3Client({ ...config(region), forcePathStyle: true }) };
  });
  const firehose = perRegion(async (region) => {
    const sdk = await import("@aws-sdk/client-firehose");
    return { sdk, client: new sdk.FirehoseClient(config(region)) };
  });
  let objects = 0;
  /** Streams this process made (or found), so each batch after the first is one PutLogEvents. */
  const streams = new Set<string>();

  return {
    "cloudwatch-logs": async (target, batch) => {
      const { sdk, client } = await logs(target.region);
      const logGroupName = resourceOf(target.arn, ":log-group:");
      const logStreamName = streamName(target.userPoolId);
      const stream = `${target.region} ${logGroupName} ${logStreamName}`;
      if (!streams.has(stream)) {
        try {
          await client.send(new sdk.CreateLogStreamCommand({ logGroupName, logStreamName }), bounded());
        } catch (e) {
          if (!(e instanceof sdk.ResourceAlreadyExistsException)) throw e;
        }
        streams.add(stream);
      }
      // PutLogEvents wants chronological order; the queue keeps event order, which is creation order.
      const logEvents = batch.map((record) => ({ timestamp: Number(record.eventTimestamp), message: JSON.stringify(record) }));
      try {
        await client.send(new sdk.PutLogEventsCommand({ logGroupName, logStreamName, logEvents }), bounded());
      } catch (e) {
        streams.delete(stream); // the stream may be gone: the next try makes it again
        throw e;
      }
    },
    s3: async (target, batch) => {
      const { sdk, client } = await s3(target.region);
      // node:zlib loads with the first S3 delivery, not with the mock (start-up cost, issue 21).
      const { gzipSync } = await import("node:zlib");
      const body = gzipSync(batch.map((record) => `${JSON.stringify(record)}\n`).join(""));
      const Key = objectKey(target, Date.now(), objects++);
      await client.send(new sdk.PutObjectCommand({ Bucket: resourceOf(target.arn, ":::"), Key, Body: body, ContentType: "application/json", ContentEncoding: "gzip" }), bounded());
    },
    firehose: async (target, batch) => {
      const { sdk, client } = await firehose(target.region);
      const DeliveryStreamName = resourceOf(target.arn, ":deliverystream/");
      // One record per event, newline-terminated (framing UNKNOWN; ours).
      for (const record of batch) {
        await client.send(new sdk.PutRecordCommand({ DeliveryStreamName, Record: { Data: Buffer.from(`${JSON.stringify(record)}\n`) } }), bounded());
      }
    },
  };
}
