// Labels never outrank their evidence: every case cites registry facts, is no stronger than the weakest, and asserts
// an exact message only where a CONFIRMED fact holds it verbatim. The check itself is shown to fail on bad cases.
import { describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import type { Case, Step } from "../harness/case.ts";
import { evidenceProblems, uncitedSteps } from "../evidence/check.ts";
import { FACTS } from "../evidence/facts.ts";

const base: Case = {
  id: "test/evidence",
  suite: "test",
  operation: "DescribeUserPool",
  rule: "r",
  title: "t",
  sources: [],
  facts: ["s4.pool-not-found"],
  evidence: "CONFIRMED",
  needs: [],
  request: { headers: {} },
  expect: { status: 400, errorType: "ResourceNotFoundException", message: { equals: "User pool us-east-1_x does not exist." } },
};

describe("the evidence registry", () => {
  test("every case cites facts it may rest on", () => {
    const problems = allCases().flatMap((c) => evidenceProblems(c).map((p) => `${c.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  test("every CONFIRMED fact with a message has its verbatim text; no other fact has one", () => {
    for (const [id, f] of Object.entries(FACTS)) {
      if ("text" in f) expect(f.label, `${id} holds a text`).toBe("CONFIRMED");
      expect(f.source, id).not.toBe("");
    }
  });

  // Asserted steps of a scenario that rest on the case's facts without citing their own. New scenarios cite a fact per
  // asserted step (build.ts: citing / inferred), so this number only goes down; lower it as steps gain citations.
  // 194 from the sign-in and threat-protection scenarios, and 105 from issue 17's DOC and INFERRED management
  // scenarios (app clients, users, groups, tags), written in parallel with this rule; their CONFIRMED ones cite per step.
  const UNCITED_STEPS_AT_MOST = 194 + 105;
  test(`no more than ${UNCITED_STEPS_AT_MOST} asserted scenario steps rest on their case's facts without citing their own`, () => {
    const uncited = allCases().reduce((n, c) => n + uncitedSteps(c).length, 0);
    expect(uncited).toBeLessThanOrEqual(UNCITED_STEPS_AT_MOST);
  });

  describe("the check fails where it should", () => {
    test("a sound case passes", () => expect(evidenceProblems(base)).toEqual([]));
    test("a case citing no facts", () => expect(evidenceProblems({ ...base, facts: [] })).toEqual(["cites no facts"]));
    test("an unknown fact id", () => expect(evidenceProblems({ ...base, facts: ["s4.no-such-fact", "s4.pool-not-found"] })[0]).toMatch(/registry does not have/));
    test("a label stronger than the weakest fact", () => {
      expect(evidenceProblems({ ...base, facts: ["s4.pool-not-found", "s7.feedback-unknown-pool"] }).join()).toMatch(/labelled CONFIRMED, stronger than its facts' \(s7.feedback-unknown-pool: INFERRED\)/);
    });
    test("an exact message no CONFIRMED fact holds", () => {
      const c = { ...base, expect: { ...base.expect!, message: { equals: "User account already exists" } } };
      expect(evidenceProblems(c).join()).toMatch(/no cited CONFIRMED fact holds verbatim/);
    });
    test("an exact message resting on an INFERRED fact", () => {
      const c: Case = { ...base, evidence: "INFERRED", facts: ["s7.feedback-unknown-pool"] };
      expect(evidenceProblems(c).join()).toMatch(/no cited CONFIRMED fact holds verbatim/);
    });
    test("the same message as advisory is fine on an INFERRED fact", () => {
      const c: Case = { ...base, evidence: "INFERRED", facts: ["s7.feedback-unknown-pool"], expect: { ...base.expect!, messageStrength: "advisory" } };
      expect(evidenceProblems(c)).toEqual([]);
    });
    test("a message pattern that matches no CONFIRMED text", () => {
      const c = { ...base, expect: { ...base.expect!, message: { pattern: "^User pool client \\S+ does not exist\\.$" } } };
      expect(evidenceProblems(c).join()).toMatch(/matches no cited CONFIRMED fact's text/);
    });
    describe("steps", () => {
      const refusal: Step = { request: { headers: {} }, expect: { status: 400, errorType: "ResourceNotFoundException" } };
      const scenario = (...steps: Step[]): Case => ({ ...base, expect: undefined, request: undefined, steps });
      test("a step citing its own facts is checked against them, and the case may be no stronger than the step", () => {
        expect(evidenceProblems(scenario({ ...refusal, facts: ["s4.pool-not-found"] }))).toEqual([]);
        expect(evidenceProblems(scenario({ ...refusal, facts: ["s7.feedback-unknown-pool"] })).join()).toMatch(/labelled CONFIRMED, stronger than step 1 \(INFERRED\)/);
        expect(evidenceProblems({ ...scenario({ ...refusal, facts: ["s7.feedback-unknown-pool"] }), evidence: "INFERRED" })).toEqual([]);
      });
      test("a step with no fact must be INFERRED with a why, or UNKNOWN", () => {
        expect(evidenceProblems(scenario({ ...refusal, facts: [] })).join()).toMatch(/step 1 cites no fact: label it INFERRED/);
        expect(evidenceProblems({ ...scenario({ ...refusal, facts: [], evidence: "INFERRED" }), evidence: "INFERRED" }).join()).toMatch(/INFERRED without a fact and says no why/);
        expect(evidenceProblems({ ...scenario({ ...refusal, facts: [], evidence: "INFERRED", why: "because" }), evidence: "INFERRED" })).toEqual([]);
        // UNKNOWN is never asserted (the runner reports a mismatch as a note), so it does not weaken the case.
        expect(evidenceProblems(scenario({ ...refusal, facts: [], evidence: "UNKNOWN" }))).toEqual([]);
      });
      test("a step's label may be no stronger than its own facts, and its message needs one of their CONFIRMED texts", () => {
        expect(evidenceProblems(scenario({ ...refusal, facts: ["s7.feedback-unknown-pool"], evidence: "CONFIRMED" })).join()).toMatch(/step 1 labelled CONFIRMED, stronger than its facts' \(INFERRED\)/);
        const message = { ...refusal, expect: { ...refusal.expect, message: { equals: "User pool us-east-1_x does not exist." } } };
        expect(evidenceProblems(scenario({ ...message, facts: ["s4.client-not-found"] })).join()).toMatch(/step 1 asserts the exact message/);
      });
      test("a CONFIRMED scenario asserting several steps cites facts for each", () => {
        expect(evidenceProblems(scenario(refusal, { ...refusal, facts: ["s4.pool-not-found"] }))).toEqual(["step 1 of a CONFIRMED scenario asserts without citing its own facts"]);
        expect(evidenceProblems({ ...scenario(refusal, refusal), evidence: "DOC", facts: ["s5.scope"] })).toEqual([]);
      });
      test("in a scenario asserting several steps, each one that cites nothing of its own is counted", () => {
        expect(uncitedSteps(scenario(refusal, { ...refusal, facts: ["s4.pool-not-found"] }))).toEqual([0]);
        expect(uncitedSteps(scenario(refusal))).toEqual([]);
        expect(uncitedSteps(scenario({ request: { headers: {} }, expect: { status: 200 } }, refusal))).toEqual([]);
      });
    });
    test("a step of a scenario is checked like a single request", () => {
      const c: Case = { ...base, expect: undefined, request: undefined, steps: [{ request: { headers: {} }, expect: { message: { equals: "Rate exceeded" } } }] };
      expect(evidenceProblems(c).join()).toMatch(/^step 1 asserts the exact message "Rate exceeded"/);
    });
  });
});
