// The suite must catch a wrong mock: each variant in mutants.ts breaks our own mock in one way, and the run must
// fail every case named for it (and never error out), while the unbroken mock passes the same cases.
import { describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import { runCases } from "../harness/runner.ts";
import { mockTarget } from "../targets/mock.ts";
import { breakMock, MUTANTS } from "./mutants.ts";

describe("mutations of our mock are caught", () => {
  // The named cases, plus the protocol suite so that a variant's wire answers never make the harness error out.
  const named = new Set(Object.values(MUTANTS).flatMap((m) => m.caught));
  const cases = allCases().filter((c) => c.suite === "protocol" || named.has(c.id));
  // Each variant runs its own named cases and the protocol suite: the unbroken run below covers all of them, and
  // 30-odd variants times every named case took minutes on a loaded machine.
  for (const [name, mutant] of Object.entries(MUTANTS)) {
    test(name, { timeout: 120_000 }, async () => {
      for (const id of mutant.caught) expect(cases.some((c) => c.id === id), `case ${id} exists`).toBe(true);
      const target = mockTarget({ name, wrap: breakMock(mutant) });
      const run = await runCases(cases.filter((c) => c.suite === "protocol" || mutant.caught.includes(c.id)), target);
      await target.close();
      const failed = new Set(run.results.filter((r) => r.status === "FAIL").map((r) => r.id));
      expect(mutant.caught.filter((id) => !failed.has(id)), "named cases that did not catch it").toEqual([]);
      expect(run.results.filter((r) => r.status === "ERROR" || r.status === "TIMEOUT").map((r) => `${r.id}: ${r.reasons.join("; ")}`)).toEqual([]);
    });
  }

  test("the unbroken mock passes the same cases", { timeout: 120_000 }, async () => {
    const target = mockTarget();
    const run = await runCases(cases, target);
    await target.close();
    expect(run.results.filter((r) => r.status !== "PASS").map((r) => `${r.id}: ${r.reasons.join("; ")}`)).toEqual([]);
  });
});
