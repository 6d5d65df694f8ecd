// The steps trigger scenarios share (aws-behavior.md §14): a pool whose LambdaConfig names the conformance
// functions (suites/fixtures/conformance-triggers.ts), the answer of a refusing or echoing function, and the
// claims of a token. A scenario that needs a function to run needs the target capability `conformance-triggers`:
// the embedded mock and a `serve --triggers` endpoint have it, live AWS (nothing deployed) answers PRECONDITION_FAILED.
import type { Case, Step } from "../../harness/case.ts";
import { defineComputation } from "../../harness/compute.ts";
import { CONFORMANCE_FUNCTIONS, CONFORMANCE_TRIGGERS_CAPABILITY, REFUSAL } from "../../fixtures/conformance-triggers.ts";
import { citing, ok, refused, scenario, type ScenarioInput } from "./build.ts";
import { compute, POOL, SIGNED_UP } from "./sign-in-steps.ts";

export const FN = CONFORMANCE_FUNCTIONS;
/** The ARN a pool names: only the function name counts for the runtimes (docs/triggers.md). */
export const arn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

/** UpdateUserPool naming functions (`{ PreSignUp: FN.echo }`); threat protection kept ENFORCED, as the fixture pool has it. */
export function withTriggers(functions: Record<string, string>, extra: Record<string, unknown> = {}): Step {
  const LambdaConfig: Record<string, unknown> = {};
  for (const [member, name] of Object.entries(functions)) {
    if (member === "PreTokenGenerationV2") LambdaConfig.PreTokenGenerationConfig = { LambdaVersion: "V2_0", LambdaArn: arn(name) };
    else LambdaConfig[member] = arn(name);
  }
  return citing(["s14.lambda-config"], ok("UpdateUserPool", { ...POOL, UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" }, LambdaConfig, ...extra }));
}

/** `<Trigger> failed with error <message>.` (CONFIRMED s14.trigger-failed). */
export const failedText = (trigger: string, message: string) => `${trigger} failed with error ${message}.`;

/** The call refused by the refusing function with AWS's text. */
export const refusedBy = (trigger: string, operation: string, body: unknown): Step =>
  citing(["s14.trigger-failed"], refused(operation, body, "UserLambdaValidationException", { message: { equals: failedText(trigger, REFUSAL) } }));

/** What the echo function saw (conformance-triggers.ts echoOf), as the caller's error shows it. */
export interface Echo {
  triggerSource: string;
  version?: string;
  userName: string;
  clientId: string | null;
  request: string[];
  response: string[];
}
export function echoed(trigger: string, operation: string, body: unknown, echo: Echo): Step {
  const text = `echo ${JSON.stringify({
    triggerSource: echo.triggerSource,
    version: echo.version ?? "1",
    region: "us-east-1",
    userPoolId: "{{userPoolId}}",
    userName: echo.userName,
    clientId: echo.clientId,
    awsSdkVersion: "string",
    request: echo.request,
    response: echo.response,
  })}`;
  return citing(["s14.trigger-failed", "s14.event-shape"], refused(operation, body, "UserLambdaValidationException", { message: { equals: failedText(trigger, text) } }));
}

/**
 * Named claims of a token (`claim_<name>` with `:` as `_`): their values as text, `(absent)` when the token lacks
 * one. A client reads these from its JWT; no secret is involved.
 */
defineComputation("tokenClaims", (args: { token: string; names: string[] }) => {
  const claims = JSON.parse(Buffer.from(String(args.token).split(".")[1] ?? "", "base64url").toString("utf8") || "{}") as Record<string, unknown>;
  return Object.fromEntries(args.names.map((name) => [`claim_${name.replace(/:/g, "_")}`, claims[name] === undefined ? "(absent)" : typeof claims[name] === "string" ? (claims[name] as string) : JSON.stringify(claims[name])]));
});
export const claimsOf = (token: string, expected: Record<string, unknown>): Step =>
  compute("tokenClaims", { token, names: Object.keys(expected) }, { body: Object.fromEntries(Object.entries(expected).map(([k, v]) => [`claim_${k.replace(/:/g, "_")}`, v])) });

/** A scenario that runs conformance functions: PRECONDITION_FAILED on a target that does not run them. */
export const triggerScenario = (input: ScenarioInput): Case =>
  scenario({
    fixtures: SIGNED_UP,
    ...input,
    needs: [...(input.needs ?? []), CONFORMANCE_TRIGGERS_CAPABILITY],
    notes: [...(input.notes ?? []), "Runs where the target runs the conformance trigger functions (suites/README.md): PRECONDITION_FAILED on live AWS."],
  });

/**
 * The event scenario of one trigger: the echo function named for `trigger`, `before` steps, then `operation` refused
 * with the echo of what the function saw (rule `<trigger>-event`, member `LambdaConfig.<trigger>`).
 */
export function echoScenario(input: Omit<ScenarioInput, "steps" | "rule" | "member"> & { trigger: string; body: unknown; echo: Echo; before?: Step[]; after?: Step[] }): Case {
  const { trigger, body, echo, before = [], after = [], ...rest } = input;
  return triggerScenario({
    ...rest,
    member: `LambdaConfig.${trigger}`,
    rule: `${trigger.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}-event`,
    steps: [...before, withTriggers({ [trigger]: FN.echo }), echoed(trigger, input.operation, body, echo), ...after],
  });
}
