// The suites from code (the package's "cognito-conformance/suites" entry): every case, or those --only selects,
// against one target, with the report files written when a directory is given. `cognito-conformance run` is this
// plus argument parsing, a progress display and signal handling.
import { coverageAppendix } from "./cases/coverage.ts";
import { allCases, selectCases } from "./cases/index.ts";
import type { Case } from "./harness/case.ts";
import { allApplicablePassed, type CaseResult, type RunResult } from "./harness/result.ts";
import { runCases, skipAll } from "./harness/runner.ts";
import type { Target } from "./harness/target.ts";
import { goldenComparer, recorder } from "./record/golden.ts";
import { buildReport, type Report } from "./report/entries.ts";
import { writeReport } from "./report/write.ts";
import { createTarget, type TargetName } from "./targets/index.ts";

export interface ConformanceOptions {
  /** mock (default: in-process), endpoint (any URL), aws (opt-in: COGNITO_CONFORMANCE_LIVE=1 and credentials). */
  target?: TargetName;
  /** The endpoint target's URL, e.g. http://127.0.0.1:9229. */
  endpoint?: string;
  /** The endpoint runs the conformance trigger functions (an emulator where they are deployed); our serve is probed. */
  conformanceTriggers?: boolean;
  region?: string;
  /** Regular expression (or substring) on case ids. */
  only?: string;
  /** Writes report.json, report.md, report.html and junit.xml here. */
  reportDir?: string;
  /** aws only: write normalized golden answers. */
  record?: boolean;
  /** Once the cases are chosen, before the target starts: what will run (a progress display's plan). */
  onStart?: (cases: readonly Case[]) => void;
  /** After each case: the result, how many are done, how many there are. */
  onResult?: (result: CaseResult, done: number, total: number) => void;
  /** Once the target is up; the returned function runs after it is closed (the CLI tears down on signals here). */
  onTarget?: (target: Target) => (() => void) | void;
  log?: (line: string) => void;
}

export interface ConformanceRun {
  run: RunResult;
  /** Set when the target could not run at all (a live run without its opt-in); every case is then SKIP. */
  skipped?: string;
  /** Built (and written when reportDir is set): summary, entries, appendices. */
  report: Report;
  /** Every applicable case passed (SKIP and PRECONDITION_FAILED do not count against it) and there was a case. */
  passed: boolean;
}

export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceRun> {
  const name = options.target ?? "mock";
  if (options.record && name !== "aws") throw new Error("record needs the aws target (golden answers come from the real service)");
  const cases = selectCases(allCases(), options.only);
  options.onStart?.(cases);
  const chosen = await createTarget({ target: name, endpoint: options.endpoint, region: options.region, log: options.log, ...(options.conformanceTriggers && { conformanceTriggers: true }) });
  let run: RunResult;
  let skipped: string | undefined;
  if ("skip" in chosen) {
    skipped = chosen.skip;
    run = skipAll(cases, name, chosen.skip);
  } else {
    const target = chosen.target;
    const cleanup = options.onTarget?.(target);
    const golden = options.record ? recorder(options.region ?? process.env.AWS_REGION ?? "") : goldenComparer();
    try {
      run = await runCases(cases, target, { onResult: options.onResult, afterCase: (c: Case, r: CaseResult) => golden(c, r) });
    } finally {
      await target.close();
      cleanup?.();
    }
  }
  const appendices = [coverageAppendix(cases)];
  const report = options.reportDir ? writeReport(run, options.reportDir, appendices) : buildReport(run, appendices);
  return { run, skipped, report, passed: allApplicablePassed(run.results) && run.results.length > 0 };
}

export { allCases, selectCases } from "./cases/index.ts";
export { TARGET_NAMES, type TargetName } from "./targets/index.ts";
export type { Case, Status } from "./harness/case.ts";
export type { CaseResult, RunResult } from "./harness/result.ts";
export type { Report } from "./report/entries.ts";
