// Every boundary the spec states is held by the suite: for each mutant of boundary-mutants.ts (derived from the facts,
// one per minimum and maximum and direction) the member's case for that bound must FAIL, never error out.
// Boundaries no valid request can hold (listed by the derivation with the reason) have no accepted case to fail.
import { describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import { UNREACHABLE } from "../cases/constraints/derive.ts";
import type { Case } from "../harness/case.ts";
import { runCases } from "../harness/runner.ts";
import { loadFacts } from "../cases/constraints/facts.ts";
import { mapKeys } from "../cases/constraints/requests.ts";
import { conformingString } from "../cases/constraints/values.ts";
import { mockTarget } from "../targets/mock.ts";
import { boundaryMutants, breakAtBoundary } from "./boundary-mutants.ts";

const ACCEPTED_RULE = { min: /^(length|value)-min-accepted$/, max: /^(length|value)-max-accepted$/ };
const REFUSED_RULE = { min: /^(length|value)-under-min-refused$/, max: /^(length|value)-over-max-refused$/ };

/** Why no case holds the boundary: no string of that length fits the member's pattern. */
function unfit(m: { operation: string; path: string; limit: number }, own: Case[]): string | undefined {
  const facts = loadFacts().operations[m.operation].input[m.path];
  if (own.length || facts.kind !== "string" || conformingString(facts.pattern, m.limit) !== undefined) return undefined;
  return `no value of ${m.limit} characters fits the pattern ${facts.pattern}`;
}

/**
 * Why one past the bound cannot be told apart: the only value there breaks the pattern too, and the member's
 * message is advisory (nested paths are UNKNOWN), so the refusal shows no length clause of its own.
 */
function indistinct(own: Case[], bound: "min" | "max"): string | undefined {
  const refused = own.find((c) => REFUSED_RULE[bound].test(c.rule));
  const message = refused?.expect?.message;
  if (!refused || refused.expect?.messageStrength !== "advisory" || !message || !("clauses" in message)) return undefined;
  return message.clauses.length > 1 ? "past the bound no value fits the pattern, and the nested member's message is advisory: the length check does not show on its own" : undefined;
}

/** Why one past a map's max cannot be sent: its key pattern has fewer distinct words (Terms Links: 13 languages). */
function tooFewKeys(m: { operation: string; path: string; bound: "min" | "max"; limit: number }): string | undefined {
  const op = loadFacts().operations[m.operation];
  if (m.bound !== "max" || op.input[m.path]?.kind !== "map" || mapKeys(op, m.path, m.limit + 1)) return undefined;
  return `the key pattern allows no ${m.limit + 1} distinct keys, so no request holds one entry past the max`;
}

describe("boundary mutants derived from the spec facts", () => {
  const cases = allCases();
  const mutants = boundaryMutants();
  const unreachable = (operation: string, path: string, bound: "min" | "max") =>
    UNREACHABLE.find((u) => u.operation === operation && u.path === path && ACCEPTED_RULE[bound].test(u.rule));

  test("each is caught by the member's cases", async () => {
    const caught: string[] = [];
    const missed: string[] = [];
    const excused: string[] = [];
    for (const m of mutants) {
      // The cases meant to hold this bound: the accepted boundary (a refusing mutant) or the refusal one past it.
      const rule = (m.mode === "refuses" ? ACCEPTED_RULE : REFUSED_RULE)[m.bound];
      const own = cases.filter((c) => c.operation === m.operation && c.member === m.path && rule.test(c.rule));
      const target = mockTarget({ name: m.name, wrap: breakAtBoundary(m) });
      const run = await runCases(own, target);
      await target.close();
      const errors = run.results.filter((r) => r.status === "ERROR" || r.status === "TIMEOUT").map((r) => `${r.id}: ${r.reasons.join("; ")}`);
      expect(errors, m.name).toEqual([]);
      if (run.results.some((r) => r.status === "FAIL")) caught.push(m.name);
      else {
        const why = m.mode === "refuses" ? (unreachable(m.operation, m.path, m.bound)?.reason ?? unfit(m, own)) : (indistinct(own, m.bound) ?? tooFewKeys(m));
        (why ? excused : missed).push(why ? `${m.name} (${why})` : m.name);
      }
    }
    console.log(`boundary mutants: ${caught.length} of ${mutants.length} caught; ${excused.length} at boundaries no valid request holds:\n  ${excused.join("\n  ")}`);
    expect(missed, "boundary mutants no case caught").toEqual([]);
  }, 900_000);
});
