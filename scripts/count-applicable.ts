// How many behaviour scenarios a target without the mock's control API (live AWS, other emulators) can run: the
// runner's own rule (a case needing a capability the target lacks is PRECONDITION_FAILED), counted without running.
//   npx tsx scripts/count-applicable.ts
import { pathToFileURL } from "node:url";
import type { Case } from "../suites/harness/case.ts";
import { behaviourCases } from "../suites/cases/behaviour/index.ts";

/** Before threat protection decided real sign-ins (issue 10): 120 behaviour scenarios, 28 of them control-only. */
export const BEFORE_REAL_SIGN_INS = { total: 120, notApplicable: 28 } as const;

export function applicability(cases: readonly Case[] = behaviourCases, capabilities: ReadonlySet<string> = new Set()) {
  const notApplicable = cases.filter((c) => c.needs.some((n) => !capabilities.has(n)) || c.steps?.some((s) => s.control)).length;
  return { total: cases.length, applicable: cases.length - notApplicable, notApplicable };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const now = applicability();
  const before = BEFORE_REAL_SIGN_INS;
  console.log(`behaviour scenarios on a target without the control API (aws): ${now.applicable}/${now.total} applicable, ${now.notApplicable} need the control API`);
  console.log(`before issue 10: ${before.total - before.notApplicable}/${before.total} applicable, ${before.notApplicable} needed the control API`);
}
