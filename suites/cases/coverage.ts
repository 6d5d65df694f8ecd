// What the cases cover, and what they cannot: every error the spec lists for an operation and every constraint
// of every member either has a case or is listed here with the reason.
import { NOT_EMULATED } from "../../mocks/operations/index.ts";
import type { Case } from "../harness/case.ts";
import { loadFacts } from "./constraints/facts.ts";
import { UNREACHABLE } from "./constraints/derive.ts";

/**
 * Errors no request of a conformance run can provoke deterministically, with why. `Operation:Error` keys say
 * why for one operation only (the error may be covered on others).
 */
const DOMAIN_TIER = "no documented trigger in the evidence (which managed login setting a tier refuses is UNKNOWN); the mock models no tier gate for domains";
const PROVIDER_UNSUPPORTED = "no documented trigger in the evidence (which provider AWS refuses to change or delete is UNKNOWN); the mock never answers it";
const NOT_TESTABLE: Record<string, string> = {
  // Issue 18 §2 (managed login, terms, import, replicas, limits).
  "CreateUserImportJob:PreconditionNotMetException": "AWS documents no trigger for CreateUserImportJob's precondition, and no report shows one; the mock never answers it",
  "CreateUserPoolReplica:FeatureUnavailableInTierException": "no documented tier gate for replicas (UNKNOWN); the mock models none",
  "GetProvisionedLimit:ResourceNotFoundException": "testable, and tested through SDK v3 in mocks/test/pool-extras.test.ts; no suite scenario yet (issue 18 \u00a72, left for the next pass)",
  "UpdateProvisionedLimit:ResourceNotFoundException": "testable, and tested through SDK v3 in mocks/test/pool-extras.test.ts; no suite scenario yet (issue 18 \u00a72, left for the next pass)",
  "UpdateProvisionedLimit:ServiceQuotaExceededException": "testable, and tested through SDK v3 in mocks/test/pool-extras.test.ts; no suite scenario yet (issue 18 \u00a72, left for the next pass); the account maximum is a mock choice (10 \u00d7 the default)",
  "UpdateTerms:TermsExistsException": "testable, and tested through SDK v3 in mocks/test/pool-extras.test.ts; no suite scenario yet (issue 18 \u00a72, left for the next pass)",
  "StartUserImportJob:PreconditionNotMetException": "testable, and tested through SDK v3 in mocks/test/pool-extras.test.ts; no suite scenario yet (issue 18 \u00a72, left for the next pass)",
  "StopUserImportJob:PreconditionNotMetException": "testable, and tested through SDK v3 in mocks/test/pool-extras.test.ts; no suite scenario yet (issue 18 \u00a72, left for the next pass)",
  // Managed login configuration (issue 18 §2): the other errors have scenarios in behaviour/managed-login-config.ts.
  "CreateUserPoolDomain:FeatureUnavailableInTierException": DOMAIN_TIER,
  "DeleteIdentityProvider:UnsupportedIdentityProviderException": PROVIDER_UNSUPPORTED,
  "DescribeUserPoolDomain:ResourceNotFoundException": "DescribeUserPoolDomain names no pool, and a domain nobody holds answers an empty description (s12.domain.unknown-empty, behaviour/CreateUserPoolDomain/one-domain-per-pool); no request known to provoke it",
  "UpdateIdentityProvider:UnsupportedIdentityProviderException": PROVIDER_UNSUPPORTED,
  "UpdateUserPoolDomain:FeatureUnavailableInTierException": DOMAIN_TIER,
  "AdminCreateUser:UnsupportedUserStateException":
    "RESEND refuses a user no longer in FORCE_CHANGE_PASSWORD, and no operation in scope moves a user out of it (that needs a sign-in or AdminSetUserPassword)",
  "AdminCreateUser:PreconditionNotMetException": "AWS documents no trigger for AdminCreateUser (\"a precondition is not met\"), and no report shows one",
  "CreateUserPool:TierChangeNotAllowedException": "no documented trigger: a new pool has no tier to change, and the measured changes LITE→ESSENTIALS→PLUS→LITE were accepted (aws-behavior.md §6)",
  "UpdateUserPool:TierChangeNotAllowedException": "no documented trigger: the measured tier changes LITE→ESSENTIALS→PLUS→LITE were all accepted (aws-behavior.md §6)",
  "CreateUserPoolClient:FeatureUnavailableInTierException":
    "no documented app-client setting that a tier refuses (threat protection, the documented gate, is a pool setting); the mock models none",
  InternalErrorException: "a service fault: no request provokes it (the mock's fault injection covers clients' handling)",
  InternalServerException: "a service fault (the newer operations' shape of InternalErrorException): no request provokes it",
  AccessDeniedException: "needs a principal without permission (live account setup)",
  "UpdateUserPoolClient:FeatureUnavailableInTierException":
    "no documented app-client setting that a tier refuses (threat protection, the documented gate, is a pool setting); the mock models none",
  TooManyRequestsException: "needs the account quota exceeded; the mock's fault injection (mocks/test) covers it",
  NotAuthorizedException: "for IAM-signed operations it needs a principal without permission (live account setup)",
  OperationNotEnabledException: "depends on account-level enablement, not on the request",
  CodeDeliveryFailureException: "needs SES/SNS delivery to fail",
  InvalidEmailRoleAccessPolicyException: "needs a misconfigured SES role",
  InvalidSmsRoleAccessPolicyException: "needs a misconfigured SNS role",
  InvalidSmsRoleTrustRelationshipException: "needs a misconfigured SNS role trust policy",
  // Lambda triggers (issue 20): behaviour/trigger-errors.ts covers every operation that runs a trigger.
  "ConfirmDevice:InvalidLambdaResponseException": "the model lists it, but no documented trigger runs on ConfirmDevice (aws-behavior.md §14.2): no request known to provoke it",
  LimitExceededException: "needs the pool or client quota (1,000) reached",
  UserImportInProgressException: "needs a running user import job",
  ConcurrentModificationException: "a race between concurrent writes: not reproducible deterministically",
  UserPoolTaggingException: "needs tagging denied by IAM",
  // Sign-in (issue 9).
  ForbiddenException: "needs an AWS WAF web ACL on the pool that blocks the request",
  InvalidUserPoolConfigurationException: "needs a pool configuration that cannot serve the flow (e.g. SMS MFA without an SNS role); the mock models no such misconfiguration",
  PasswordHistoryPolicyViolationException: "needs PasswordHistorySize, a PLUS feature the mock does not emulate (mocks/README.md, Not emulated)",
  AliasExistsException: "needs sign-in alias attributes, which the mock does not emulate (mocks/README.md, Not emulated)",
  TooManyFailedAttemptsException: "needs wrong codes past a threshold AWS does not document",
  MFAMethodNotFoundException: "needs a user whose chosen MFA method was removed in the middle of a sign-in: no documented trigger",
  UnsupportedOperationException: "AWS documents no request of these flows that provokes it, and no transcript shows one",
  UnauthorizedException: "AWS documents no RevokeToken request that provokes it, and no transcript shows one",
  UnsupportedTokenTypeException: "aws-behavior.md has no evidence of RevokeToken's answer to a token of another kind: no expected answer to assert",
  RefreshTokenReuseException: "needs refresh-token rotation with its grace period; aws-behavior.md has no evidence of the reuse answer",
  "SetLogDeliveryConfiguration:FeatureUnavailableInTierException":
    "what Set with userAuthEvents answers on a LITE or ESSENTIALS pool is UNKNOWN (aws-behavior.md §13.1, open question 1): the mock's choice is tested in mocks/test/log-export.test.ts, never asserted as AWS's",
  "SetUserPoolMfaConfig:FeatureUnavailableInTierException": "the tier rules for MFA methods are not emulated (mocks/README.md, Not emulated), and aws-behavior.md has no evidence of the answer",
  "VerifySoftwareToken:CodeMismatchException": "VerifySoftwareToken answers a wrong code with EnableSoftwareTokenMFAException (CONFIRMED, behaviour/VerifySoftwareToken/verify-software-token-wrong-code)",
  "AdminRespondToAuthChallenge:CodeMismatchException": "covered on RespondToAuthChallenge (behaviour/RespondToAuthChallenge/software-token-mfa-wrong-code); the admin entry point's wrong-code answer is not separately in the evidence",
  "AssociateSoftwareToken:SoftwareTokenMFANotFoundException": "AWS documents no AssociateSoftwareToken request that provokes it (association creates the token)",
  "RespondToAuthChallenge:SoftwareTokenMFANotFoundException": "needs a SOFTWARE_TOKEN_MFA challenge for a user whose token is gone: no operation in scope removes one mid-sign-in",
  "AdminRespondToAuthChallenge:SoftwareTokenMFANotFoundException": "needs a SOFTWARE_TOKEN_MFA challenge for a user whose token is gone: no operation in scope removes one mid-sign-in",
  "ConfirmSignUp:ExpiredCodeException": "codes live 24 h (DOC): a run cannot wait, and the suites do not move a target's clock (the mock's fuzz properties do, in-process)",
  "ConfirmForgotPassword:ExpiredCodeException": "codes live 24 h (DOC): a run cannot wait, and the suites do not move a target's clock",
  "RespondToAuthChallenge:ExpiredCodeException": "an MFA code expires with its session's minutes: a run does not wait, and the suites do not move a target's clock",
  "AdminRespondToAuthChallenge:ExpiredCodeException": "an MFA code expires with its session's minutes: a run does not wait, and the suites do not move a target's clock",
  "ConfirmForgotPassword:InvalidPasswordException": "the new password is checked with the mailed code; covered on AdminSetUserPassword, ChangePassword and the challenges (same pool policy)",
};

const TOKEN_OPS = ["AssociateSoftwareToken", "ChangePassword", "GetUser", "GlobalSignOut", "SetUserMFAPreference", "VerifySoftwareToken", "GetTokensFromRefreshToken"];
const CHALLENGE_OPS = ["RespondToAuthChallenge", "AdminRespondToAuthChallenge"];
for (const op of TOKEN_OPS) {
  NOT_TESTABLE[`${op}:UserNotConfirmedException`] = "an unconfirmed user never gets tokens, so no token-authorized request names one";
  NOT_TESTABLE[`${op}:UserNotFoundException`] = "needs a token of a user deleted after sign-in; AWS's answer to one is not in the evidence";
  NOT_TESTABLE[`${op}:ResourceNotFoundException`] ??= "needs a token of a pool deleted after sign-in; AWS's answer to one is not in the evidence";
}
for (const op of CHALLENGE_OPS) {
  NOT_TESTABLE[`${op}:UserNotConfirmedException`] = "an unconfirmed user gets no challenge (InitiateAuth refuses it first, behaviour/InitiateAuth/unconfirmed-user)";
  NOT_TESTABLE[`${op}:UserNotFoundException`] = "needs a user deleted in the middle of a challenge; AWS's answer is not in the evidence";
}
for (const op of [...TOKEN_OPS, "AdminSetUserMFAPreference"]) NOT_TESTABLE[`${op}:PasswordResetRequiredException`] = "a RESET_REQUIRED user gets no tokens, and AWS's answer on this operation is not in the evidence";
for (const op of ["InitiateAuth", "AdminInitiateAuth", ...CHALLENGE_OPS]) {
  NOT_TESTABLE[`${op}:PasswordResetRequiredException`] =
    "needs a RESET_REQUIRED user: AdminResetUserPassword is not in scope, and the compromised-credentials block that sets it is issue 10's (threat protection on sign-in)";
}
// Users and attributes (issue 17 §2): the access-token operations, as TOKEN_OPS above.
for (const op of ["DeleteUser", "DeleteUserAttributes", "GetUserAttributeVerificationCode", "GetUserAuthFactors", "SetUserSettings", "UpdateUserAttributes", "VerifyUserAttribute"]) {
  NOT_TESTABLE[`${op}:UserNotConfirmedException`] = "an unconfirmed user never gets tokens, so no token-authorized request names one";
  NOT_TESTABLE[`${op}:UserNotFoundException`] = "needs a token of a user deleted after sign-in; AWS's answer to one is UNKNOWN (aws-behavior.md §12.2)";
  NOT_TESTABLE[`${op}:ResourceNotFoundException`] = "needs a token of a pool deleted after sign-in; AWS's answer to one is not in the evidence";
  NOT_TESTABLE[`${op}:PasswordResetRequiredException`] = "a RESET_REQUIRED user gets no tokens, and AWS's answer on this operation is not in the evidence";
}
NOT_TESTABLE["UpdateUserAttributes:CodeMismatchException"] = "UpdateUserAttributes takes no code: AWS documents no request of it that provokes one";
NOT_TESTABLE["UpdateUserAttributes:ExpiredCodeException"] = "UpdateUserAttributes takes no code: AWS documents no request of it that provokes one";
NOT_TESTABLE["VerifyUserAttribute:ExpiredCodeException"] = "codes live 24 h (DOC): a run cannot wait, and the suites do not move a target's clock (mocks/test/users-manage.test.ts moves the mock's)";
// Passkeys (§15.9–§15.11): what needs an authenticator's attestation, or a user the suites cannot make.
for (const op of ["StartWebAuthnRegistration", "CompleteWebAuthnRegistration", "ListWebAuthnCredentials", "DeleteWebAuthnCredential"]) {
  NOT_TESTABLE[`${op}:PasswordResetRequiredException`] = "a RESET_REQUIRED user gets no tokens, and AWS's answer on this operation is not in the evidence";
}
NOT_TESTABLE["CompleteWebAuthnRegistration:WebAuthnRelyingPartyMismatchException"] =
  "needs an attestation whose authenticator data is bound to another RP id, which only an authenticator makes (the mock maps the verification library's RP ID check to it, mocks/signin/passkeys.ts)";
NOT_TESTABLE["CompleteWebAuthnRegistration:WebAuthnCredentialNotSupportedException"] =
  "an authenticator or credential provider the service does not support (DOC meaning, §15.11): no request without such a device provokes it, and the mock never raises it";
NOT_TESTABLE["AdminInitiateAuth:UserNotConfirmedException"] = "covered on InitiateAuth (behaviour/InitiateAuth/unconfirmed-user); the admin entry point's answer is not separately in the evidence";
NOT_TESTABLE["AdminSetUserMFAPreference:UserNotConfirmedException"] = "AWS's answer for an unconfirmed user here is not in the evidence";
NOT_TESTABLE["ConfirmForgotPassword:UserNotConfirmedException"] = "ForgotPassword's answer for an unconfirmed user is not in the evidence, so no code reaches this step";

// Devices (issue 19): the device operations authorized by an access token, as TOKEN_OPS above.
for (const op of ["ConfirmDevice", "GetDevice", "ListDevices", "ForgetDevice", "UpdateDeviceStatus"]) {
  NOT_TESTABLE[`${op}:UserNotConfirmedException`] = "an unconfirmed user never gets tokens, so no token-authorized request names one";
  NOT_TESTABLE[`${op}:UserNotFoundException`] = "needs a token of a user deleted after sign-in; AWS's answer to one is not in the evidence";
  NOT_TESTABLE[`${op}:PasswordResetRequiredException`] = "a RESET_REQUIRED user gets no tokens, and AWS's answer on this operation is not in the evidence";
}
NOT_TESTABLE["ListDevices:ResourceNotFoundException"] = "ListDevices names no device: it needs a token of a pool deleted after sign-in, and AWS's answer to one is not in the evidence";
NOT_TESTABLE["ConfirmDevice:ResourceNotFoundException"] =
  "a key the service will not track answers InvalidParameterException (CONFIRMED s15.invalid-device-key); otherwise it needs a token of a pool deleted after sign-in, whose answer is not in the evidence";
NOT_TESTABLE["ConfirmDevice:InvalidPasswordException"] = "ConfirmDevice takes a verifier, not a password: AWS documents no request of it that provokes one (the verifier is not checked, s15.verifier-not-checked)";
NOT_TESTABLE["ConfirmDevice:UsernameExistsException"] = "ConfirmDevice names no username to create: AWS documents no request of it that provokes one";

export interface CoverageRow {
  operation: string;
  what: string;
  /** "not emulated yet": an error only a scenario can provoke, of an operation the mock does not emulate yet (its
   * scenarios come with the issue that takes it, mocks/operations/index.ts). */
  status: "covered" | "not testable" | "no case yet" | "not emulated yet";
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
      else if (operation in NOT_EMULATED) {
        rows.push({ operation, what: `error ${error}`, status: "not emulated yet", reason: `a behaviour scenario comes with ${NOT_EMULATED[operation as keyof typeof NOT_EMULATED]}` });
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
