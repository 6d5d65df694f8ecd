// Lambda triggers (aws-behavior.md §14): which function a pool names for a trigger, how it is run, and how its
// failures reach the API caller. A function is found by the ARN in the pool's LambdaConfig, as in production; the
// runtime (in-process handlers, a `--triggers` module, or the Lambda Invoke API under serve) only runs it.
import type { components } from "../../generated/types.ts";
import { AwsError } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

/** LambdaConfig members that name a function (model). */
export type TriggerName =
  | "PreSignUp"
  | "CustomMessage"
  | "PostConfirmation"
  | "PreAuthentication"
  | "PostAuthentication"
  | "DefineAuthChallenge"
  | "CreateAuthChallenge"
  | "VerifyAuthChallengeResponse"
  | "PreTokenGeneration"
  | "UserMigration"
  | "CustomSMSSender"
  | "CustomEmailSender"
  | "InboundFederation";

/** A function as a test writes it: the event in, the event (with its `response`) out. */
export type TriggerHandler = (event: any) => unknown;

/** In-process functions keyed by ARN, function name, or LambdaConfig member name (looked up in that order). */
export type TriggerFunctions = Record<string, TriggerHandler>;

/** How one invocation ended, before Cognito's reading of it. */
export type InvokeOutcome =
  | { kind: "answer"; payload: string }
  | { kind: "function-error"; message: string }
  /** Not found, not permitted, or no runtime reaches it: AWS's AccessDeniedException case (§14.3). */
  | { kind: "denied" }
  | { kind: "timeout" }
  /** Another Lambda-side error (throttling...): its error code. */
  | { kind: "invoke-error"; code: string };

/** Runs a function by ARN within `timeoutMs`; never throws (every failure is an outcome). */
export interface TriggerRuntime {
  invoke(arn: string, trigger: TriggerName, event: object, timeoutMs: number): Promise<InvokeOutcome>;
}

/** 5 s per invocation (DOC, fixed in AWS); tests of timeouts may shorten it. */
export const DEFAULT_TRIGGER_TIMEOUT_MS = 5_000;

type LambdaConfig = components["schemas"]["LambdaConfigType"];

/** The ARN a pool names for a trigger; PreTokenGenerationConfig wins over the legacy member (they must agree). */
export function triggerArn(pool: PoolRecord, trigger: TriggerName): string | undefined {
  const config: LambdaConfig | undefined = pool.pool.LambdaConfig;
  if (!config) return undefined;
  switch (trigger) {
    case "PreTokenGeneration":
      return config.PreTokenGenerationConfig?.LambdaArn ?? config.PreTokenGeneration;
    case "CustomSMSSender":
    case "CustomEmailSender":
    case "InboundFederation":
      return config[trigger]?.LambdaArn;
    default:
      return config[trigger];
  }
}

/** `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]` → name; anything else is taken as a name. */
export function functionNameOf(arn: string): string {
  const parts = arn.split(":");
  return parts[0] === "arn" && parts[5] === "function" && parts[6] ? parts[6] : arn;
}

/** Runs in-process handlers; a promise that never settles becomes a timeout, a throw a function error. */
export function inProcessRuntime(functions: TriggerFunctions): TriggerRuntime {
  return {
    invoke(arn, trigger, event, timeoutMs) {
      const handler = functions[arn] ?? functions[functionNameOf(arn)] ?? functions[trigger];
      if (!handler) return Promise.resolve({ kind: "denied" });
      return runHandler(handler, event, timeoutMs);
    },
  };
}

/** One call of a JS handler as Lambda's Node runtime would report it: errorMessage, or the JSON answer. */
export function runHandler(handler: TriggerHandler, event: object, timeoutMs: number): Promise<InvokeOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<InvokeOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout" }), timeoutMs);
    timer.unref?.();
  });
  const run = (async (): Promise<InvokeOutcome> => {
    try {
      const answer = await handler(event);
      // What Lambda serializes: `undefined` becomes null, an unserializable answer is a runtime error.
      return { kind: "answer", payload: JSON.stringify(answer === undefined ? null : answer) ?? "null" };
    } catch (e) {
      return { kind: "function-error", message: errorMessageOf(e) };
    }
  })();
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}

/** Lambda's errorMessage for a thrown value. */
function errorMessageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  try {
    return typeof e === "string" ? e : JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Runtimes tried in order: the first that knows the function answers (a `--triggers` module before the Invoke API). */
export function firstOf(...runtimes: TriggerRuntime[]): TriggerRuntime {
  return {
    async invoke(arn, trigger, event, timeoutMs) {
      let outcome: InvokeOutcome = { kind: "denied" };
      for (const runtime of runtimes) {
        outcome = await runtime.invoke(arn, trigger, event, timeoutMs);
        if (outcome.kind !== "denied") return outcome;
      }
      return outcome;
    },
  };
}

/** §14.3's texts: CONFIRMED for the three families; the period is always appended (CONFIRMED). */
export const triggerErrors = {
  failed: (trigger: TriggerName, message: string) => new AwsError("UserLambdaValidationException", `${trigger} failed with error ${message}.`),
  denied: (trigger: TriggerName) => new AwsError("UnexpectedLambdaException", `${trigger} invocation failed due to error AccessDeniedException.`),
  timeout: (trigger: TriggerName) => new AwsError("UnexpectedLambdaException", `${trigger} invocation failed due to error Socket timeout while invoking Lambda function.`),
  // Our choice for other Lambda-side errors (AWS UNKNOWN): the same family with the error code.
  invokeError: (trigger: TriggerName, code: string) => new AwsError("UnexpectedLambdaException", `${trigger} invocation failed due to error ${code}.`),
  unrecognizable: () => new AwsError("InvalidLambdaResponseException", "Unrecognizable lambda output"),
  invalidJson: () => new AwsError("InvalidLambdaResponseException", "Invalid lambda function output : Invalid JSON"),
};
