// Small constructors for behaviour scenarios, so each scenario file reads as data: which calls, in which
// order, and what each answer must show. Nothing here talks to a target.
import type { Case, Expectation, RequestSpec, Source, Step } from "../../harness/case.ts";
import type { FactId } from "../../evidence/facts.ts";

const TARGET_PREFIX = "AWSCognitoIdentityProviderService";

/** The awsJson1_1 request for one operation; placeholders (`{{userPoolId}}`) are filled by the runner. */
export function request(operation: string, body: unknown, options: { sign?: boolean } = {}): RequestSpec {
  return {
    headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": `${TARGET_PREFIX}.${operation}` },
    body,
    ...(options.sign === false && { sign: false }),
  };
}

/** One API call and what its answer must show; `save` keeps answer values for later steps. */
export function call(operation: string, body: unknown, expect: Expectation, save?: Record<string, string>, options?: { sign?: boolean }): Step {
  return { request: request(operation, body, options), expect, ...(save && { save }) };
}

/** A call that must succeed (status 200, no `__type`), plus whatever else `expect` lists. */
export const ok = (operation: string, body: unknown, expect: Expectation = {}, save?: Record<string, string>, options?: { sign?: boolean }) =>
  call(operation, body, { status: 200, errorType: null, ...expect }, save, options);

/** A call that must be refused with `errorType` (status 400). */
export const refused = (operation: string, body: unknown, errorType: string, expect: Expectation = {}, options?: { sign?: boolean }) =>
  call(operation, body, { status: 400, errorType, ...expect }, undefined, options);

/**
 * A step that drives the mock's control API (simulated sign-ins, the outbox). Its string results (EventId,
 * FeedbackToken) become `{{vars}}`; `expect` and `save` treat its answer like an API answer's body.
 */
export function control(action: string, args: unknown, expect: Expectation = {}, save?: Record<string, string>): Step {
  return { control: { action, args }, request: { headers: {} }, expect, ...(save && { save }) };
}

/** The step, `ms` later: time-stamped answers (LastModifiedDate) must be able to differ from earlier ones. */
export const later = (step: Step, ms = 5): Step => ({ ...step, waitMs: ms });

export const seed = (file: string, what: string): Source => ({ kind: "seed", ref: `shared/seeds/${file} (${what})` });
export const publicReport = (ref: string): Source => ({ kind: "public", ref });
export const model = (ref: string): Source => ({ kind: "model", ref: `botocore cognito-idp model: ${ref}` });

export type ScenarioInput = Pick<Case, "operation" | "member" | "rule" | "title" | "evidence" | "notes"> & {
  /** The id's last part: the case id is `behaviour/<Operation>/<id>`. */
  id: string;
  /**
   * The evidence registry's facts the expected answers rest on (suites/evidence/facts.ts). `evidence` may be no
   * stronger than the weakest; an asserted exact message must be one of their CONFIRMED texts.
   */
  facts: FactId[];
  /** Seeds, model members and public reports beyond the facts (the facts carry their own sources). */
  sources?: Source[];
  steps: Step[];
  /** Fixture names of a fresh set (default pool, client, user): scenarios mutate state, so each gets its own. */
  fixtures?: string[];
  needs?: string[];
};

/** A behaviour case: suite "behaviour", id `behaviour/<Operation>/<rule>`, its own fixture set. */
export function scenario(input: ScenarioInput): Case {
  const usesControl = input.steps.some((s) => s.control);
  return {
    id: `behaviour/${input.operation}/${input.id}`,
    suite: "behaviour",
    operation: input.operation,
    ...(input.member && { member: input.member }),
    rule: input.rule,
    title: input.title,
    sources: input.sources ?? [],
    facts: input.facts,
    evidence: input.evidence,
    needs: [...new Set([...(usesControl ? ["control-api"] : []), ...(input.needs ?? [])])],
    fixtures: { set: "fresh", names: input.fixtures ?? ["pool", "client", "user"] },
    steps: input.steps,
    ...(input.notes && { notes: input.notes }),
  };
}

/** A pool id of valid shape that names no pool (the account never has it). */
export const MISSING_POOL_ID = "us-east-1_NoSuchPool0";
/** A client id of valid shape that names no client. */
export const MISSING_CLIENT_ID = "0000000000000000000000nope";

/** A pool created by a step (tier gates): its name carries the run's prefix so live teardown and sweep find it. */
export function createPool(suffix: string, extra: Record<string, unknown> = {}, save = { otherPoolId: "UserPool.Id" }): Step {
  return ok("CreateUserPool", { PoolName: `{{poolNamePrefix}}-${suffix}`, DeletionProtection: "INACTIVE", ...extra }, {}, save);
}

/**
 * An admin request naming a pool (`pool`) or a user (`user`) that does not exist: the CONFIRMED not-found answer
 * and text (§4). `also`: facts of the operation's own section, which then bound the label.
 */
export function notFoundScenario(kind: "pool" | "user", operation: string, body: Record<string, unknown>, also: FactId[] = [], evidence: Case["evidence"] = "CONFIRMED"): Case {
  const pool = kind === "pool";
  const facts: FactId[] = [pool ? "s4.pool-not-found" : "s4.user-not-found", ...also];
  return scenario({
    id: `${kind}-not-found`,
    operation,
    member: pool ? "UserPoolId" : "Username",
    rule: `${kind}-exists`,
    title: pool
      ? `${operation} naming a pool that does not exist answers ResourceNotFoundException with AWS's message`
      : `${operation} naming a user the pool does not have answers UserNotFoundException \`User does not exist.\``,
    facts,
    evidence,
    fixtures: pool ? [] : ["pool"],
    steps: [
      citing(
        facts,
        pool
          ? refused(operation, { UserPoolId: MISSING_POOL_ID, ...body }, "ResourceNotFoundException", { message: { equals: `User pool ${MISSING_POOL_ID} does not exist.` } })
          : refused(operation, { UserPoolId: "{{userPoolId}}", Username: "nobody-here", ...body }, "UserNotFoundException", { message: { equals: "User does not exist." } }),
      ),
    ],
  });
}

/** The step, citing the facts its own expectation rests on (when they are not its case's). */
export const citing = (facts: FactId[], step: Step): Step => ({ ...step, facts });

/**
 * The step as INFERRED: no fact (or only facts it is inferred from) says it, `why` says why it is expected to hold.
 * Its exact message, if any, is advisory. The case may be no stronger than INFERRED.
 */
export const inferred = (why: string, step: Step, from: FactId[] = []): Step => ({
  ...step,
  facts: from,
  evidence: "INFERRED",
  why,
  ...(step.expect.message && { expect: { ...step.expect, messageStrength: "advisory" } }),
});

/**
 * One case per operation: each names a pool and lists ResourceNotFoundException (model.errors), so a pool that does
 * not exist is refused with it (INFERRED; the text is not asserted). `bodies` holds each operation's other members and
 * the facts its answer also rests on.
 */
export function poolNotFoundCases(bodies: Record<string, { body: Record<string, unknown>; facts?: FactId[] }>): Case[] {
  return Object.entries(bodies).map(([operation, { body, facts = [] }]) => {
    const cited: FactId[] = ["model.errors", ...facts];
    return scenario({
      id: "pool-not-found",
      operation,
      member: "UserPoolId",
      rule: "pool-not-found",
      title: `${operation} on a pool that does not exist is refused with ResourceNotFoundException`,
      facts: cited,
      evidence: "INFERRED",
      notes: ["The text is not asserted."],
      fixtures: [],
      steps: [inferred("the operation lists ResourceNotFoundException and names a pool; a missing pool is the documented meaning of that error elsewhere", refused(operation, { UserPoolId: MISSING_POOL_ID, ...body }, "ResourceNotFoundException"), cited)],
    });
  });
}
