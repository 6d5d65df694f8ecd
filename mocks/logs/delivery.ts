// Log delivery: the one place exported records go. `enqueue` is synchronous and cheap (the sign-in never waits);
// a worker per destination sends in event order, off the answer's path, retries a bounded number of times with
// backoff, then counts the batch as dropped. Without a configured endpoint a record stays here, for the control API.
// In-flight records are not state: they don't persist and a reset forgets them.
import type { DestinationKind } from "./configuration.ts";
import { createSenders, endpointConfigured, type Sender, type Target } from "./destinations.ts";
import type { ExportedRecord } from "./record.ts";

export interface DeliveryPolicy {
  /** Tries per batch, the first included. */
  attempts: number;
  /** Wait before the n-th retry: backoffMs * 2^(n-1). */
  backoffMs: number;
  /** Bound on one call to a destination (the SDK's request and connection timeouts). */
  requestTimeoutMs: number;
  /** Records the mock keeps for the control API; the oldest go first beyond it. */
  keep: number;
  /** How long a worker gathers records before its first call, so a burst of sign-ins costs one call, not one each. */
  lingerMs: number;
}

export const DEFAULT_POLICY: DeliveryPolicy = { attempts: 3, backoffMs: 100, requestTimeoutMs: 2_000, keep: 10_000, lingerMs: 100 };

/** What becomes of a record: kept for the control API (no endpoint), on its way, delivered, or given up. */
export type LogStatus = "control" | "pending" | "delivered" | "dropped";

export interface LogEntry {
  userPoolId: string;
  destination: { kind: DestinationKind; arn: string };
  status: LogStatus;
  attempts: number;
  /** The last refusal's error name, when a try failed. */
  lastError?: string;
  record: ExportedRecord;
}

export interface LogsSnapshot {
  records: LogEntry[];
  counts: Record<LogStatus, number>;
}

export interface LogFilter {
  userPoolId?: string;
  status?: LogStatus;
}

/** The batch a worker sends in one call, per kind (Firehose: one PutRecord per event, so a retry never repeats one). */
const BATCH: Record<DestinationKind, number> = { "cloudwatch-logs": 100, s3: 100, firehose: 1 };

export class LogDelivery {
  private entries: LogEntry[] = [];
  private readonly queues = new Map<string, { target: Target; waiting: LogEntry[] }>();
  private readonly running = new Map<string, Promise<void>>();
  private senders?: Record<DestinationKind, Sender>;
  private counts: Record<LogStatus, number> = { control: 0, pending: 0, delivered: 0, dropped: 0 };
  /** Bumped by reset, so a worker of the previous life stops touching counts. */
  private life = 0;

  constructor(
    private readonly policy: DeliveryPolicy = DEFAULT_POLICY,
    private readonly env: () => NodeJS.ProcessEnv = () => process.env,
  ) {}

  /** Takes one record for one destination; never throws, never waits. */
  enqueue(target: Target, record: ExportedRecord): void {
    const external = endpointConfigured(target.kind, this.env());
    const entry: LogEntry = { userPoolId: target.userPoolId, destination: { kind: target.kind, arn: target.arn }, status: external ? "pending" : "control", attempts: 0, record };
    this.keepEntry(entry);
    this.counts[entry.status]++;
    if (!external) return;
    const key = `${target.kind} ${target.region} ${target.arn} ${target.userPoolId}`;
    let queue = this.queues.get(key);
    if (!queue) this.queues.set(key, (queue = { target, waiting: [] }));
    queue.waiting.push(entry);
    if (!this.running.has(key)) this.start(key);
  }

  /** Unfiltered, the counts cover every record since the last reset (kept or not); filtered, the records shown. */
  snapshot(filter: LogFilter = {}): LogsSnapshot {
    if (filter.userPoolId === undefined && filter.status === undefined) return { records: [...this.entries], counts: { ...this.counts } };
    const records = this.entries.filter((e) => (filter.userPoolId === undefined || e.userPoolId === filter.userPoolId) && (filter.status === undefined || e.status === filter.status));
    const counts: Record<LogStatus, number> = { control: 0, pending: 0, delivered: 0, dropped: 0 };
    for (const e of records) counts[e.status]++;
    return { records, counts };
  }

  /** Resolves once every record enqueued so far is delivered or dropped. */
  async flush(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.values());
  }

  /** Forgets every record and count; workers still sending finish quietly. */
  reset(): void {
    this.life++;
    this.entries = [];
    this.queues.clear();
    this.running.clear();
    this.counts = { control: 0, pending: 0, delivered: 0, dropped: 0 };
  }

  private keepEntry(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.policy.keep) this.entries.splice(0, this.entries.length - this.policy.keep);
  }

  private start(key: string): void {
    const life = this.life;
    // The worker starts after the current request has answered, and gathers what follows for lingerMs.
    const work = sleep(this.policy.lingerMs)
      .then(() => this.drain(key, life))
      .finally(() => {
        if (this.life === life) this.running.delete(key);
      });
    this.running.set(key, work);
  }

  private async drain(key: string, life: number): Promise<void> {
    const queue = this.queues.get(key);
    while (queue && queue.waiting.length && this.life === life) {
      const batch = queue.waiting.splice(0, BATCH[queue.target.kind]);
      const delivered = await this.sendWithRetries(queue.target, batch);
      if (this.life !== life) return;
      for (const entry of batch) this.settle(entry, delivered ? "delivered" : "dropped");
    }
  }

  private async sendWithRetries(target: Target, batch: LogEntry[]): Promise<boolean> {
    this.senders ??= createSenders({ requestTimeoutMs: this.policy.requestTimeoutMs });
    const send = this.senders[target.kind];
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      if (attempt > 1) await sleep(this.policy.backoffMs * 2 ** (attempt - 2));
      for (const entry of batch) entry.attempts = attempt;
      try {
        await send(target, batch.map((e) => e.record));
        return true;
      } catch (e) {
        const name = e instanceof Error ? e.name : "Error";
        for (const entry of batch) entry.lastError = name;
      }
    }
    return false;
  }

  private settle(entry: LogEntry, status: "delivered" | "dropped"): void {
    this.counts.pending--;
    this.counts[status]++;
    entry.status = status;
  }
}

/** A backoff that never keeps the process alive on its own. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
