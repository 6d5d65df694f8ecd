// The cases as vitest tests against the mock: one test per case, one file per operation so `vitest --shard`
// splits a run across machines (vitest shards by file). The CLI uses the same runner without vitest.
import { afterAll, describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import { NOT_APPLICABLE, type Case } from "../harness/case.ts";
import { runCase } from "../harness/runner.ts";
import { goldenComparer } from "../record/golden.ts";
import { asExpectedOfOurMock, mockTarget } from "../targets/mock.ts";

export function conformanceFile(title: string, select: (c: Case) => boolean): void {
  const cases = allCases().filter(select);
  const target = mockTarget();
  const afterCase = goldenComparer();
  afterAll(() => target.close());
  describe(title, () => {
    if (!cases.length) test.skip("no cases select this file", () => {});
    test.for(cases.map((c) => [c.id, c] as const))("%s", async ([, c], context) => {
      const result = await runCase(c, target, { afterCase });
      // Shown by vitest as skipped, with the reason (a capability the mock lacks, say), never as passed.
      // NOT_IMPLEMENTED only where the mock lists the operation as not emulated yet; anywhere else it fails below.
      if (NOT_APPLICABLE.has(result.status) && (result.status !== "NOT_IMPLEMENTED" || asExpectedOfOurMock(c, result))) {
        return context.skip(`${result.status}: ${result.reasons.join("; ")}`);
      }
      expect(result.status, `${c.title}\n${result.reasons.join("\n")}`).toBe("PASS");
      // On the mock an accepted case proves acceptance: it reached its success answer, never a named refusal.
      if (result.acceptedOn) expect(result.acceptedOn, c.id).toBe("success");
    });
  });
}

/** Operations with a file of their own; cases of any other operation run in other-1..4.test.ts. */
export const OPERATION_FILES = [
  "AdminCreateUser", "AdminDeleteUser", "AdminListUserAuthEvents", "AdminUpdateAuthEventFeedback", "CreateUserPool",
  "CreateUserPoolClient", "DeleteUserPool", "DeleteUserPoolClient", "DescribeRiskConfiguration", "DescribeUserPool",
  "SetRiskConfiguration", "UpdateAuthEventFeedback", "UpdateUserPool",
  // sign-in (issue 9)
  "InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge", "SignUp", "ConfirmSignUp",
  "AdminConfirmSignUp", "ResendConfirmationCode", "ForgotPassword", "ConfirmForgotPassword", "ChangePassword",
  "AdminSetUserPassword", "GetUser", "AdminGetUser", "AssociateSoftwareToken", "VerifySoftwareToken", "SetUserMFAPreference",
  "AdminSetUserMFAPreference", "SetUserPoolMfaConfig", "GetUserPoolMfaConfig", "GetTokensFromRefreshToken", "GlobalSignOut",
  "RevokeToken",
];

/**
 * The cases of the operations without a file of their own, split into `of` files by the operation's place in the
 * sorted list of operations, so that vitest (which runs and shards by file) spreads them over its workers.
 */
export function otherOperationsFile(part: number, of: number): void {
  const others = [...new Set(allCases().map((c) => c.operation))].filter((op) => !OPERATION_FILES.includes(op)).sort();
  const mine = new Set(others.filter((_, i) => i % of === part - 1));
  conformanceFile(`other operations (${part} of ${of})`, (c) => c.suite !== "protocol" && mine.has(c.operation));
}
