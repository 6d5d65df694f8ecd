// Fault injection: per operation rate limits, injected failures and latency, plus the opt-in preset of
// Cognito's own quotas. Runs in the dispatcher's beforeOperation hook; its random draws come from its own
// seeded generator, so a failing test reproduces with the same seed.
import type { OperationMeta, OperationName } from "../../generated/operations.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import { seededFaker, type Faker } from "../seeded-faker.ts";
import { QUOTA_CATEGORY, QUOTA_RPS, type QuotaCategory } from "./quotas.ts";
import { parseFaultPreset, parseFaultRule, type FaultFailure, type FaultPreset, type FaultRule } from "./rules.ts";
import { TokenBucket } from "./token-bucket.ts";

interface ActiveRule {
  rule: FaultRule;
  bucket?: TokenBucket;
  remaining: number;
}

export interface FaultSnapshot {
  /** The generator's seed: pass it back (createCognitoMock's seed) to replay the same draws. */
  seed: number;
  preset?: FaultPreset;
  rules: FaultRule[];
}

const DEFAULT_MESSAGES: Record<string, string> = {
  InternalErrorException: errors.internal().awsMessage!,
  TooManyRequestsException: errors.throttled().awsMessage!,
};

export class FaultInjector {
  private readonly rules = new Map<OperationName | "*", ActiveRule>();
  private quotaBuckets?: Map<QuotaCategory, TokenBucket>;
  private preset?: FaultPreset;
  /** Made on the first probabilistic draw (most mocks never draw): a faker costs ~0.2 ms to make. */
  private drawn?: Faker;

  /** `now` in milliseconds (the mock's clock, so tests can step time). */
  constructor(
    readonly seed: number,
    private readonly now: () => number,
  ) {
    this.reseed();
  }

  /** Adds or replaces (per operation) one rule or several; validated as untrusted input. */
  set(rules: unknown): FaultSnapshot {
    const parsed = (Array.isArray(rules) ? rules : [rules]).map(parseFaultRule);
    for (const rule of parsed) {
      const bucket = rule.rateLimit === undefined ? undefined : new TokenBucket(rule.rateLimit, this.now());
      this.rules.set(rule.operation, { rule, bucket, remaining: rule.failure?.count ?? 0 });
    }
    return this.snapshot();
  }

  /** Applies a preset: `cognito-quotas` throttles each quota category at its documented rate. */
  applyPreset(name: unknown): FaultSnapshot {
    this.preset = parseFaultPreset(name);
    const now = this.now();
    this.quotaBuckets = new Map(Object.entries(QUOTA_RPS).map(([c, rps]) => [c as QuotaCategory, new TokenBucket(rps, now)]));
    return this.snapshot();
  }

  /** Removes the rules of the given operations (all rules and the preset when none is given). */
  clear(operations?: readonly (OperationName | "*")[]): FaultSnapshot {
    if (!operations) {
      this.rules.clear();
      this.preset = undefined;
      this.quotaBuckets = undefined;
    } else {
      for (const op of operations) this.rules.delete(op);
    }
    return this.snapshot();
  }

  /** Back to no faults, and the generator back to its seed. */
  reset(): void {
    this.clear();
    this.reseed();
  }

  snapshot(): FaultSnapshot {
    return { seed: this.seed, preset: this.preset, rules: [...this.rules.values()].map((a) => a.rule) };
  }

  /** The dispatcher hook: throws the injected error, or returns the latency to add. */
  readonly beforeOperation = (meta: OperationMeta): number => {
    if (this.rules.size === 0 && !this.quotaBuckets) return 0;
    const now = this.now();
    if (this.quotaBuckets && !this.quotaBuckets.get(QUOTA_CATEGORY[meta.name])!.take(now)) throw errors.throttled();
    let latency = 0;
    for (const active of [this.rules.get(meta.name), this.rules.get("*")]) {
      if (!active) continue;
      if (active.bucket && !active.bucket.take(now)) throw errors.throttled();
      if (active.rule.failure && this.shouldFail(active, active.rule.failure)) throw injectedError(active.rule.failure);
      latency += active.rule.latencyMs ?? 0;
    }
    return latency;
  };

  private shouldFail(active: ActiveRule, failure: FaultFailure): boolean {
    if (active.remaining > 0) {
      active.remaining -= 1;
      return true;
    }
    const probability = failure.probability ?? (failure.count === undefined ? 1 : 0);
    return probability > 0 && (this.drawn ??= seededFaker(this.seed)).number.float({ min: 0, max: 1 }) < probability;
  }

  /** The draws start again from the seed. */
  private reseed(): void {
    this.drawn = undefined;
  }
}

function injectedError(failure: FaultFailure): AwsError {
  const message = failure.message ?? DEFAULT_MESSAGES[failure.error] ?? `Injected by cognito-conformance fault injection (${failure.error})`;
  return new AwsError(failure.error, message);
}
