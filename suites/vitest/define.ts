// The cases as vitest tests against the mock: one test per case, one file per operation so `vitest --shard`
// splits a run across machines (vitest shards by file). The CLI uses the same runner without vitest.
import { afterAll, describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import type { Case } from "../harness/case.ts";
import { runCase } from "../harness/runner.ts";
import { goldenComparer } from "../record/golden.ts";
import { mockTarget } from "../targets/mock.ts";

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
      if (result.status === "SKIP" || result.status === "PRECONDITION_FAILED") return context.skip(`${result.status}: ${result.reasons.join("; ")}`);
      expect(result.status, `${c.title}\n${result.reasons.join("\n")}`).toBe("PASS");
      // On the mock an accepted case proves acceptance: it reached its success answer, never a named refusal.
      if (result.acceptedOn) expect(result.acceptedOn, c.id).toBe("success");
    });
  });
}

/** Operations with a file of their own; cases of any other operation run in other.test.ts. */
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
