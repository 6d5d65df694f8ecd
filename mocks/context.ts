// What an operation gets besides its input: the state, the caller's region and account, a clock and ids.
import type { IdGenerator } from "./ids.ts";
import type { LogDelivery } from "./logs/delivery.ts";
import type { MockState } from "./state.ts";
import type { PoolKeyBook } from "./tokens/keys.ts";
import type { TriggerRuntime } from "./triggers/runtime.ts";

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface OperationContext {
  state: MockState;
  region: string;
  accountId: string;
  ids: IdGenerator;
  /** Where a pool's signing keys come from, on its first sign-in (mocks/tokens/keys.ts). */
  keys: PoolKeyBook;
  /** Epoch seconds with a millisecond fraction, as AWS serializes timestamps. */
  now(): number;
  /** Milliseconds since the epoch (expiries of sessions, codes and locks). */
  nowMs(): number;
  /** Where mailed one-click feedback links point (the server's own `/_mock/feedback`); a reserved host by default. */
  feedbackLinkBase?: string;
  /** Where user import jobs' PreSignedUrl points (serve's own `/_mock/import/`); a reserved host by default. */
  importUploadBase?: string;
  /** Who sent the request, as the transport knows it: raw inputs for the risk hook (mocks/risk/address.ts decides). */
  caller: Caller;
  /** The request's x-amzn-RequestId (exported records carry it); absent outside a request. */
  requestId?: string;
  /** Where exported log records go (mocks/logs/delivery.ts); absent in contexts built by hand. */
  logs?: LogDelivery;
  /** Runs the pools' Lambda triggers (mocks/triggers/); without one, a configured trigger fails as AWS's AccessDenied. */
  triggers?: TriggerRuntime;
  /** Per invocation; default 5 s (AWS's fixed limit). */
  triggerTimeoutMs?: number;
  /** Work after the operation's synchronous part that its answer waits for (message triggers); the core settles it. */
  deferred?: (() => Promise<void>)[];
}

export interface Caller {
  /** The socket's address under serve; the configured default in-process. */
  sourceIp: string;
  userAgent?: string;
}

export const epochSeconds = (ms: number) => Math.round(ms) / 1000;
