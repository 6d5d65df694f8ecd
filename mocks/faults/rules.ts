// What a fault rule says, and the check that turns a rule from JSON (the control API) into a trusted one.
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import { AwsError } from "../protocol/errors.ts";

export interface FaultFailure {
  /** The `__type` to answer: one the operation lists, or TooManyRequestsException (for "*": one every operation lists). */
  error: string;
  /** Default: "Internal server error" / "Rate exceeded" for those two errors, else a note naming the injection. */
  message?: string;
  /** Fail the next `count` matching calls (then fall back to `probability`, if given). */
  count?: number;
  /** Fail this fraction of matching calls (0..1), drawn from the seeded generator. Default 1 when `count` is absent. */
  probability?: number;
}

export interface FaultRule {
  /** An operation name, or "*" for every operation. */
  operation: OperationName | "*";
  /** At most this many requests per second for the operation; beyond: TooManyRequestsException `Rate exceeded`. */
  rateLimit?: number;
  failure?: FaultFailure;
  /** Added before the answer is sent (also to failed calls). */
  latencyMs?: number;
}

export const FAULT_PRESETS = ["cognito-quotas"] as const;
export type FaultPreset = (typeof FAULT_PRESETS)[number];

const MAX_LATENCY_MS = 60_000;
const invalid = (message: string) => new AwsError("InvalidParameterException", message);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  if (extra.length) throw invalid(`Unknown member(s) in ${where}: ${extra.join(", ")}`);
}

/** Throttling answers every operation (the quotas cover them all), whether or not the model lists it: a few
 *  sign-in operations (AssociateSoftwareToken, SetUserMFAPreference, ...) do not. */
const THROTTLED = "TooManyRequestsException";

function errorsOf(operation: OperationName | "*"): readonly string[] {
  const withThrottling = (list: readonly string[]) => (list.includes(THROTTLED) ? list : [...list, THROTTLED]);
  if (operation !== "*") return withThrottling(OPERATIONS[operation].errors);
  const lists = Object.values(OPERATIONS).map((meta) => withThrottling(meta.errors));
  return lists[0].filter((e) => lists.every((list) => list.includes(e)));
}

function checkFailure(value: unknown, operation: OperationName | "*"): FaultFailure {
  if (!isObject(value)) throw invalid("failure must be an object");
  checkKeys(value, ["error", "message", "count", "probability"], "failure");
  const { error, message, count, probability } = value;
  const allowed = errorsOf(operation);
  if (typeof error !== "string" || !allowed.includes(error)) {
    throw invalid(`failure.error must be one of the errors ${operation} lists: ${allowed.join(", ")}`);
  }
  if (message !== undefined && typeof message !== "string") throw invalid("failure.message must be a string");
  if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 0)) throw invalid("failure.count must be an integer >= 0");
  if (probability !== undefined && !(isNumber(probability) && probability >= 0 && probability <= 1)) {
    throw invalid("failure.probability must be a number between 0 and 1");
  }
  return { error, message, count: count as number | undefined, probability };
}

/** Validates a rule from untrusted JSON; throws InvalidParameterException naming what is wrong. */
export function parseFaultRule(value: unknown): FaultRule {
  if (!isObject(value)) throw invalid("A fault rule must be an object");
  checkKeys(value, ["operation", "rateLimit", "failure", "latencyMs"], "fault rule");
  const { operation, rateLimit, failure, latencyMs } = value;
  if (operation !== "*" && !(typeof operation === "string" && Object.hasOwn(OPERATIONS, operation))) {
    throw invalid(`operation must be "*" or one of: ${Object.keys(OPERATIONS).join(", ")}`);
  }
  const op = operation as OperationName | "*";
  if (rateLimit !== undefined && !(isNumber(rateLimit) && rateLimit > 0)) throw invalid("rateLimit must be a number > 0");
  if (latencyMs !== undefined && !(isNumber(latencyMs) && latencyMs >= 0 && latencyMs <= MAX_LATENCY_MS)) {
    throw invalid(`latencyMs must be a number between 0 and ${MAX_LATENCY_MS}`);
  }
  if (rateLimit === undefined && failure === undefined && latencyMs === undefined) {
    throw invalid("A fault rule needs rateLimit, failure or latencyMs");
  }
  return {
    operation: op,
    rateLimit,
    latencyMs,
    failure: failure === undefined ? undefined : checkFailure(failure, op),
  };
}

export function parseFaultPreset(value: unknown): FaultPreset {
  if (!FAULT_PRESETS.includes(value as FaultPreset)) throw invalid(`preset must be one of: ${FAULT_PRESETS.join(", ")}`);
  return value as FaultPreset;
}
