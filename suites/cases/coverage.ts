// What the cases cover, and what they cannot: every error the spec lists for an operation and every constraint
// of every member either has a case or is listed here with the reason.
import type { Case } from "../harness/case.ts";
import { loadFacts } from "./constraints/facts.ts";
import { UNREACHABLE } from "./constraints/derive.ts";

/**
 * Errors no request of a conformance run can provoke deterministically, with why. `Operation:Error` keys say
 * why for one operation only (the error may be covered on others).
 */
const NOT_TESTABLE: Record<string, string> = {
  "AdminCreateUser:UnsupportedUserStateException":
    "RESEND refuses a user no longer in FORCE_CHANGE_PASSWORD, and no operation in scope moves a user out of it (that needs a sign-in or AdminSetUserPassword)",
  "AdminCreateUser:PreconditionNotMetException": "AWS documents no trigger for AdminCreateUser (\"a precondition is not met\"), and no report shows one",
  "CreateUserPool:TierChangeNotAllowedException": "no documented trigger: a new pool has no tier to change, and the measured changes LITE→ESSENTIALS→PLUS→LITE were accepted (aws-behavior.md §6)",
  "UpdateUserPool:TierChangeNotAllowedException": "no documented trigger: the measured tier changes LITE→ESSENTIALS→PLUS→LITE were all accepted (aws-behavior.md §6)",
  "CreateUserPoolClient:FeatureUnavailableInTierException":
    "no documented app-client setting that a tier refuses (threat protection, the documented gate, is a pool setting); the mock models none",
  InternalErrorException: "a service fault: no request provokes it (the mock's fault injection covers clients' handling)",
  TooManyRequestsException: "needs the account quota exceeded; the mock's fault injection (mocks/test) covers it",
  NotAuthorizedException: "for IAM-signed operations it needs a principal without permission (live account setup)",
  OperationNotEnabledException: "depends on account-level enablement, not on the request",
  CodeDeliveryFailureException: "needs SES/SNS delivery to fail",
  InvalidEmailRoleAccessPolicyException: "needs a misconfigured SES role",
  InvalidSmsRoleAccessPolicyException: "needs a misconfigured SNS role",
  InvalidSmsRoleTrustRelationshipException: "needs a misconfigured SNS role trust policy",
  InvalidLambdaResponseException: "needs a Lambda trigger",
  UnexpectedLambdaException: "needs a Lambda trigger",
  UserLambdaValidationException: "needs a Lambda trigger",
  LimitExceededException: "needs the pool or client quota (1,000) reached",
  UserImportInProgressException: "needs a running user import job",
  ConcurrentModificationException: "a race between concurrent writes: not reproducible deterministically",
  UserPoolTaggingException: "needs tagging denied by IAM",
};

export interface CoverageRow {
  operation: string;
  what: string;
  status: "covered" | "not testable" | "no case yet";
  reason?: string;
}

function expectedErrors(c: Case): string[] {
  const expects = c.steps ? c.steps.map((s) => s.expect) : c.expect ? [c.expect] : [];
  return expects.flatMap((e) => (e?.errorType ? [e.errorType] : []));
}

const CONSTRAINT_RULES: Record<string, { rules: RegExp; reason: string }> = {
  min: { rules: /^(length|value)-(min-accepted|under-min-refused)$/, reason: "no value at the boundary fits the pattern, or min is 0" },
  max: { rules: /^(length|value)-(max-accepted|over-max-refused)$/, reason: "no value at the boundary fits the pattern" },
  pattern: { rules: /^pattern-refused$/, reason: "the pattern accepts every candidate tried (e.g. `(?s).*`)" },
  enum: { rules: /^enum-/, reason: "no case" },
  required: { rules: /^required-missing-refused$/, reason: "no case" },
};

export function coverage(cases: readonly Case[]): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const [operation, op] of Object.entries(loadFacts().operations)) {
    const ofOp = cases.filter((c) => c.operation === operation);
    const errors = new Set(ofOp.flatMap(expectedErrors));
    for (const error of op.errors) {
      if (errors.has(error)) rows.push({ operation, what: `error ${error}`, status: "covered" });
      else if (NOT_TESTABLE[`${operation}:${error}`] ?? NOT_TESTABLE[error]) {
        rows.push({ operation, what: `error ${error}`, status: "not testable", reason: NOT_TESTABLE[`${operation}:${error}`] ?? NOT_TESTABLE[error] });
      }
      else rows.push({ operation, what: `error ${error}`, status: "no case yet", reason: "testable by a behaviour scenario; none expects it yet" });
    }
    for (const [path, facts] of Object.entries(op.input)) {
      const rules = ofOp.filter((c) => c.member === path).map((c) => c.rule);
      for (const [key, { rules: re, reason }] of Object.entries(CONSTRAINT_RULES)) {
        if (facts[key as keyof typeof facts] === undefined) continue;
        const covered = rules.filter((r) => re.test(r));
        const what = `${path} ${key}`;
        if (covered.length) rows.push({ operation, what, status: "covered" });
        else if (key === "min" && facts.min === 0) rows.push({ operation, what, status: "not testable", reason: "min is 0: nothing is shorter" });
        else if (key === "pattern" && facts.pattern === "(?s).*") rows.push({ operation, what, status: "not testable", reason: "`(?s).*` accepts every string" });
        else rows.push({ operation, what, status: "no case yet", reason });
      }
    }
    // Accepted boundaries no valid request can hold (the derivation records them with the reason).
    for (const u of UNREACHABLE.filter((u) => u.operation === operation)) {
      rows.push({ operation, what: `${u.path} ${u.rule}`, status: "not testable", reason: u.reason });
    }
  }
  return rows;
}

/** The rows a report shows: what is not covered, with the reason (covered rows are only counted). */
export function coverageAppendix(cases: readonly Case[]) {
  const rows = coverage(cases);
  const covered = rows.filter((r) => r.status === "covered").length;
  return {
    title: `Coverage: ${covered} of ${rows.length} errors and constraints have a case; the rest, with the reason`,
    columns: ["operation", "what", "status", "reason"],
    rows: rows.filter((r) => r.status !== "covered").map((r) => [r.operation, r.what, r.status, r.reason ?? ""]),
  };
}
