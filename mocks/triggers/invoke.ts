// One trigger invocation as Cognito makes it (aws-behavior.md §14.1, §14.3): the common event around a
// trigger's request, the function run through the context's runtime, and the answer read back or turned into
// AWS's error. Callers await this BEFORE their state changes (or after them, for post-* triggers), never between.
import type { OperationContext } from "../context.ts";
import type { PoolRecord, UserRecord } from "../state.ts";
import { regionOfPool } from "../signin/issue.ts";
import { DEFAULT_TRIGGER_TIMEOUT_MS, triggerArn, triggerErrors, type TriggerName } from "./runtime.ts";

/** CONFIRMED value of a real event; how AWS derives it is UNKNOWN (suites never assert it). */
const SDK_VERSION = "aws-sdk-unknown-unknown";

export interface TriggerCall {
  pool: PoolRecord;
  trigger: TriggerName;
  triggerSource: string;
  userName: string;
  /** Absent for operations that came through no app client (admin operations): clientId null (INFERRED). */
  clientId?: string;
  request: Record<string, unknown>;
  /** The response members as the function first sees them (false / null, INFERRED). */
  response?: Record<string, unknown>;
  /** "1" except pre token generation V2_0 ("2") and V3_0 ("3"). */
  version?: string;
}

export type TriggerAnswer = Record<string, unknown>;

/** Whether the pool names a function for this trigger (the flow takes its trigger path only then). */
export const hasTrigger = (pool: PoolRecord, trigger: TriggerName) => triggerArn(pool, trigger) !== undefined;

/** userAttributes as events carry them: strings, with Cognito's own cognito:user_status (CONFIRMED). */
export function eventAttributes(user: UserRecord): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const a of user.user.Attributes ?? []) attributes[a.Name] = a.Value ?? "";
  if (user.user.UserStatus) attributes["cognito:user_status"] = user.user.UserStatus;
  return attributes;
}

/**
 * Runs the pool's function for `call.trigger` and returns the `response` member of its answer. Throws AWS's
 * errors (§14.3). A pool without the trigger returns `undefined` (nothing runs).
 */
export async function invokeTrigger(ctx: OperationContext, call: TriggerCall): Promise<TriggerAnswer | undefined> {
  const arn = triggerArn(call.pool, call.trigger);
  if (arn === undefined) return undefined;
  const poolId = call.pool.pool.Id!;
  const event = {
    version: call.version ?? "1",
    triggerSource: call.triggerSource,
    region: regionOfPool(poolId),
    userPoolId: poolId,
    userName: call.userName,
    callerContext: { awsSdkVersion: SDK_VERSION, clientId: call.clientId ?? null },
    request: call.request,
    response: call.response ?? {},
  };
  // The function gets its own copy, as over the wire: nothing it keeps or changes reaches the state.
  const copy = JSON.parse(JSON.stringify(event)) as object;
  const runtime = ctx.triggers;
  const outcome = runtime ? await runtime.invoke(arn, call.trigger, copy, ctx.triggerTimeoutMs ?? DEFAULT_TRIGGER_TIMEOUT_MS) : ({ kind: "denied" } as const);
  switch (outcome.kind) {
    case "denied":
      throw triggerErrors.denied(call.trigger);
    case "timeout":
      throw triggerErrors.timeout(call.trigger);
    case "invoke-error":
      throw triggerErrors.invokeError(call.trigger, outcome.code);
    case "function-error":
      throw triggerErrors.failed(call.trigger, outcome.message);
    case "answer":
      return responseOf(outcome.payload);
  }
}

/** The answer must be the event (an object with an object `response`); else AWS's InvalidLambdaResponseException. */
function responseOf(payload: string): TriggerAnswer {
  let answer: unknown;
  try {
    answer = JSON.parse(payload);
  } catch {
    throw triggerErrors.invalidJson();
  }
  if (!isObject(answer)) throw triggerErrors.unrecognizable();
  const response = answer.response ?? {};
  if (!isObject(response)) throw triggerErrors.unrecognizable();
  return response;
}

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A response member that must be a boolean (or absent / null): else the answer is refused (text our choice, §14.3). */
export function booleanOf(response: TriggerAnswer, name: string): boolean {
  const v = response[name];
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw triggerErrors.unrecognizable();
  return v;
}

/** A response member that must be a string (or absent / null). */
export function stringOf(response: TriggerAnswer, name: string): string | undefined {
  const v = response[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw triggerErrors.unrecognizable();
  return v;
}
