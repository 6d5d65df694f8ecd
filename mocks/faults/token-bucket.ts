// A token bucket: `ratePerSecond` tokens per second, holding at most one second's worth, so a burst of
// `ratePerSecond` calls passes and the rest are refused until tokens flow back.
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    readonly ratePerSecond: number,
    now: number,
  ) {
    this.tokens = Math.max(1, ratePerSecond);
    this.last = now;
  }
  /** Takes one token if there is one; `now` in milliseconds. */
  take(now: number): boolean {
    const capacity = Math.max(1, this.ratePerSecond);
    this.tokens = Math.min(capacity, this.tokens + (Math.max(0, now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
