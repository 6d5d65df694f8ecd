// The case record: plain data, JSON-serializable, knowing nothing of the service it checks (test262 front
// matter + Smithy protocol-test records). Cases are generated or written as data; the runner interprets them.

/** How strong the evidence behind the expected answer is (labels explained in docs/evidence.md). */
export type Evidence = "CONFIRMED" | "DOC" | "INFERRED" | "UNKNOWN";

/**
 * Exactly one per case and target (web-platform-tests). NOT_IMPLEMENTED: the target answered HTTP 501 (Not
 * Implemented) where the case expected something else: it does not emulate the operation yet.
 */
export type Status = "PASS" | "FAIL" | "ERROR" | "TIMEOUT" | "SKIP" | "PRECONDITION_FAILED" | "NOT_IMPLEMENTED";

/** The statuses of cases that did not apply to the target: neither passed nor failed, shown with their reason. */
export const NOT_APPLICABLE: ReadonlySet<Status> = new Set<Status>(["SKIP", "PRECONDITION_FAILED", "NOT_IMPLEMENTED"]);

export interface Source {
  /**
   * spec = our OpenAPI/facts, model = the AWS model, seed = a seed document, behavior = aws-behavior.md,
   * protocol = awsJson1_1, public = a public transcript of a real answer (an issue, a write-up).
   */
  kind: "spec" | "model" | "seed" | "behavior" | "protocol" | "public";
  /** e.g. `generated/spec-facts.json#SetRiskConfiguration.UserPoolId`, `aws-behavior.md §2`. */
  ref: string;
}

/** A raw request. String values may hold `{{var}}` placeholders filled from fixtures and saved step values. */
export interface RequestSpec {
  method?: string;
  path?: string;
  headers: Record<string, string>;
  /** A JSON value, sent as JSON; ignored when `rawBody` is set. */
  body?: unknown;
  /** Sent byte for byte (malformed JSON and the like). */
  rawBody?: string;
  /** Sign with SigV4 (default true). */
  sign?: boolean;
}

/** A string compared exactly, or by regular expression. */
export type TextMatch = string | { pattern: string };

export type MessageExpectation =
  /** `N validation error(s) detected: ` + these clauses in any order. */
  | { clauses: TextMatch[] }
  | { equals: string }
  | { pattern: string }
  /** The body has no `message` key. */
  | { absent: true };

export interface Expectation {
  /** HTTP status. */
  status?: number;
  /** Listed headers must match (names case-insensitive); others are ignored. `null` = must be absent. */
  headers?: Record<string, TextMatch | null>;
  /** `__type` of an error answer; `null` = the answer must be a success. */
  errorType?: string | null;
  /**
   * Every listed key must be present and equal, recursively (arrays compared element by element). A value may be
   * a matcher instead (`{ $gt: "{{before}}" }`, see `Matcher`); placeholders are filled from saved values.
   */
  body?: unknown;
  /** The whole body must equal this, structurally. */
  bodyEquals?: unknown;
  /** Body keys (dotted paths) that must be absent. */
  bodyAbsent?: string[];
  message?: MessageExpectation;
  /**
   * "assert" (default): a message mismatch fails the case. "advisory": the evidence for the text is INFERRED or
   * UNKNOWN, so only the rest is asserted and a differing message is reported as a note, not a failure.
   */
  messageStrength?: "assert" | "advisory";
  /**
   * The request is valid: the answer must not be a refusal of its shape. Passes on success or on one of these
   * errors whose message is not a validation message (business errors such as ResourceNotFoundException).
   */
  accepted?: {
    /**
     * Refusals a target may answer instead of success, each with why. One with `unless` does not apply on a target
     * with that capability (the mock, which can give the context): there the request must succeed.
     * InvalidParameterException is never named (it would hide a validation bug).
     */
    refusals: { errorType: string; reason: string; unless?: string }[];
  };
}

/**
 * In place of an expected body value: `$eq` / `$ne` (a number also equals its text, so saved values compare),
 * `$gt` `$gte` `$lt` `$lte` (numbers), `$pattern` (a string matching the regular expression), `$contains` (a
 * string containing the text, or a list with an item matching the expectation), `$all` (a list with an item matching
 * each expectation listed, in any order), `$not` (the inner
 * expectation must fail). Several keys in one matcher must all hold.
 */
export type Matcher = { [K in "$eq" | "$ne" | "$gt" | "$gte" | "$lt" | "$lte" | "$pattern" | "$contains" | "$all" | "$not"]?: unknown };

export interface Step {
  request: RequestSpec;
  /** For a control step, checked against its answer as if it were a 200 JSON answer. */
  expect: Expectation;
  /** var name -> dotted path into the answer body (or the control answer), saved for later steps. */
  save?: Record<string, string>;
  /** Calls a target capability instead of sending a request (e.g. the mock's control API). */
  control?: { action: string; args?: unknown };
  /** Wait this long before the step, so time-stamped answers can differ (a service's clock has milliseconds). */
  waitMs?: number;
  /**
   * Computes client-side values instead of sending a request (harness/compute.ts: an SRP proof, a TOTP code). Runs
   * on every target; its results become `{{vars}}` and never appear in reports (they may be derived from secrets).
   */
  compute?: { fn: string; args?: unknown };
  /**
   * A target capability: on a target without it the step is skipped (with a note), not the case. For context a
   * target may or may not give (a sign-in, an id alias); the case's named refusals then cover the difference.
   */
  optional?: string;
  /**
   * The facts this step's expectation rests on (suites/evidence/facts.ts), when it asserts something the case's own
   * facts do not say. `[]`: no fact says it; then `evidence` says what supports it.
   */
  facts?: string[];
  /**
   * The step's label, when weaker than its facts allow or when it has none: INFERRED (asserted; `why` says why) or
   * UNKNOWN (never asserted: a mismatch is reported as a note). The case may be no stronger than its weakest step.
   */
  evidence?: Evidence;
  /** Why an INFERRED step without a fact is expected to hold. */
  why?: string;
}

export interface Case {
  /** Stable, unique, readable: `constraint/SetRiskConfiguration/UserPoolId/length-over-max`. */
  id: string;
  /** Groups cases in the report (constraint, protocol, behaviour...). */
  suite: string;
  operation: string;
  /** Member path as in the facts (`A.B`, `A[]`, `A{key}`); absent for operation-wide cases. */
  member?: string;
  /** What is checked, short and stable across members: `length-max-accepted`, `enum-refused`... */
  rule: string;
  title: string;
  sources: Source[];
  /**
   * Ids of the facts the expected answer rests on (suites/evidence/facts.ts, like test262's `esid`). The case's
   * `evidence` may be no stronger than the weakest of them; an exact message needs a CONFIRMED fact holding it.
   */
  facts?: string[];
  evidence: Evidence;
  /** Target capabilities the case needs (e.g. "control-api"); a target without one reports PRECONDITION_FAILED. */
  needs: string[];
  /**
   * Fixtures the case starts from. `set` names a group shared by the cases that name it ("shared", or one per
   * mutating operation); "fresh" gives the case its own. `names` are what the set must contain (pool, client...).
   */
  fixtures?: { set: string; names: string[] };
  /** One request, or several steps (scenarios). */
  request?: RequestSpec;
  expect?: Expectation;
  steps?: Step[];
  /** Free text shown in the report (why a value was chosen, what evidence is missing). */
  notes?: string[];
}
