// Trigger variants of our mock for the mutation check (issue 20): each makes the mock mishandle a function in one
// way, emulated from outside while one call runs: the conformance functions the mock target runs
// (suites/fixtures/conformance-triggers.ts) are swapped for versions whose effect is what the broken mock would
// produce (an answer it ignores is an answer without its response; an event it builds without callerContext is an
// event that lacks it), or the pool's record is swapped for what a broken mock would read. Restored after each call.
import type { Dispatch } from "../../generated/handlers.ts";
import { CONFORMANCE_FUNCTIONS as FN, conformanceTriggers } from "../fixtures/conformance-triggers.ts";
import type { Mutant } from "./mutants.ts";

type Handler = (event: any) => unknown;

/** While each call runs, the named conformance functions are replaced by `change(original)`. */
const swappingFunctions = (names: readonly string[], change: (original: Handler) => Handler) => (dispatch: Dispatch): Dispatch => async (request, name) => {
  const originals = new Map(names.map((n) => [n, conformanceTriggers[n]!]));
  for (const [n, original] of originals) conformanceTriggers[n] = change(original);
  try {
    return await dispatch(request, name);
  } finally {
    for (const [n, original] of originals) conformanceTriggers[n] = original;
  }
};

/** The function's answer with its response members reset: what a mock that ignores the answer acts on. */
const answerIgnored = (reset: Record<string, unknown>) => (original: Handler): Handler => async (event) => {
  const answer = (await original(event)) as { response?: object };
  return { ...answer, response: { ...answer.response, ...reset } };
};

export const TRIGGER_MUTANTS: Record<string, Mutant> = {
  "ignores pre sign-up's autoConfirmUser and autoVerifyEmail": {
    wrap: swappingFunctions([FN.autoConfirm], answerIgnored({ autoConfirmUser: false, autoVerifyEmail: false })),
    caught: ["behaviour/SignUp/pre-sign-up-auto-confirm"],
  },
  "drops pre token generation's claims": {
    wrap: swappingFunctions([FN.claimsV1, FN.claimsV2], answerIgnored({ claimsOverrideDetails: null, claimsAndScopeOverrideDetails: null })),
    caught: ["behaviour/InitiateAuth/pre-token-v1-claims", "behaviour/InitiateAuth/pre-token-v2-claims", "behaviour/RespondToAuthChallenge/pre-token-new-password"],
  },
  "ignores verify's answerCorrect": {
    wrap: swappingFunctions([FN.verify], answerIgnored({ answerCorrect: false })),
    caught: ["behaviour/RespondToAuthChallenge/custom-auth-right-answer", "behaviour/RespondToAuthChallenge/custom-auth-with-srp"],
  },
  "ignores migrate user's answer": {
    wrap: swappingFunctions([FN.migrate], answerIgnored({ userAttributes: null })),
    caught: ["behaviour/InitiateAuth/migrate-user", "behaviour/ForgotPassword/migrate-user-forgot-password"],
  },
  "builds events without callerContext": {
    wrap: swappingFunctions(Object.values(FN), (original) => ({ callerContext: _dropped, ...event }) => original(event)),
    caught: ["behaviour/SignUp/pre-sign-up-event", "behaviour/InitiateAuth/pre-authentication-event", "behaviour/AdminInitiateAuth/post-authentication-event", "behaviour/ConfirmForgotPassword/post-confirmation-forgot-password"],
  },
  "skips threat protection on custom sign-ins under CustomAuthMode ENFORCED": {
    // A mock that never applies risk to CUSTOM_AUTH acts as one whose pool says AUDIT, where nothing is refused.
    wrap: (dispatch, mock) => async (request, name) => {
      const restore: (() => void)[] = [];
      for (const pool of mock.state.pools.values()) {
        const addOns = pool.pool.UserPoolAddOns;
        if (addOns?.AdvancedSecurityAdditionalFlows?.CustomAuthMode !== "ENFORCED") continue;
        const before = pool.pool;
        pool.pool = { ...before, UserPoolAddOns: { ...addOns, AdvancedSecurityAdditionalFlows: { CustomAuthMode: "AUDIT" } } };
        restore.push(() => (pool.pool = before));
      }
      try {
        return await dispatch(request, name);
      } finally {
        for (const undo of restore) undo();
      }
    },
    caught: ["behaviour/AdminRespondToAuthChallenge/custom-auth-enforced-blocked-ip"],
  },
};
