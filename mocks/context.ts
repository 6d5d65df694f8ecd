// What an operation gets besides its input: the state, the caller's region and account, a clock and ids.
import type { IdGenerator } from "./ids.ts";
import type { CallerInfo } from "./risk/address.ts";
import type { MockState } from "./state.ts";

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
  /** Epoch seconds with a millisecond fraction, as AWS serializes timestamps. */
  now(): number;
  /** Where mailed one-click feedback links point (the server's own `/_mock/feedback`); a reserved host by default. */
  feedbackLinkBase?: string;
  /** Who sent the request (socket address under `serve`, the configured default in-process; the User-Agent). */
  caller?: CallerInfo;
}

export const epochSeconds = (ms: number) => Math.round(ms) / 1000;
