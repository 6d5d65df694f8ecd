// Live calls stay under the 15 requests/s quotas (aws-behavior.md §8) and retry throttling with backoff.
import type { Answer } from "../harness/target.ts";

export function createPacer(requestsPerSecond: number, now = () => Date.now(), sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  const interval = 1000 / requestsPerSecond;
  let next = 0;
  return async function pace() {
    const t = now();
    const wait = Math.max(0, next - t);
    next = Math.max(t, next) + interval;
    if (wait > 0) await sleep(wait);
  };
}

const THROTTLING = /"__type"\s*:\s*"(?:[^"]*#)?(TooManyRequestsException|ThrottlingException|Throttling)"/;
export const isThrottled = (a: Answer) => THROTTLING.test(a.body);

export async function withThrottlingRetries(send: () => Promise<Answer>, options: { retries?: number; baseMs?: number; sleep?: (ms: number) => Promise<void> } = {}): Promise<Answer> {
  const retries = options.retries ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    const answer = await send();
    if (!isThrottled(answer) || attempt >= retries) return answer;
    await sleep((options.baseMs ?? 250) * 2 ** attempt * (0.5 + Math.random() / 2));
  }
}
