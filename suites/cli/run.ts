// `cognito-conformance run`: every case against one target, a progress line, a summary, the report files.
// Exit 0 only when every applicable case passed; 2 for usage errors.
import { parseArgs } from "node:util";
import { coverageAppendix } from "../cases/coverage.ts";
import { allCases, selectCases } from "../cases/index.ts";
import type { CaseResult } from "../harness/result.ts";
import { allApplicablePassed } from "../harness/result.ts";
import { runCases, skipAll, type RunOptions } from "../harness/runner.ts";
import type { Case } from "../harness/case.ts";
import { goldenComparer, recorder } from "../record/golden.ts";
import { acceptedCounts } from "../report/entries.ts";
import { STATUSES } from "../report/markdown.ts";
import { writeReport } from "../report/write.ts";
import { createTarget, TARGET_NAMES, type TargetName } from "../targets/index.ts";

const USAGE = `usage: cognito-conformance run [--target mock|endpoint|aws] [--endpoint URL] [--region R] [--report DIR] [--only PATTERN] [--record]

  --target    mock (default, in-process), endpoint (any URL), aws (opt-in: COGNITO_CONFORMANCE_LIVE=1)
  --endpoint  URL of the endpoint target, e.g. http://127.0.0.1:9229
  --region    region for signing (aws: where pools are created)
  --report    report directory (default reports/<target>)
  --only      regular expression (or substring) on case ids
  --record    aws only: write normalized golden answers under suites/golden/
  --quiet     no progress line`;

function progress(enabled: boolean) {
  const counts: Record<string, number> = {};
  let last = 0;
  return (r: CaseResult, done: number, total: number) => {
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    if (!enabled) return;
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    const line = `[${done}/${total}] ${STATUSES.filter((s) => counts[s]).map((s) => `${s} ${counts[s]}`).join("  ")}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
    if (done === total && process.stderr.isTTY) process.stderr.write("\n");
  };
}

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        target: { type: "string", default: "mock" },
        endpoint: { type: "string" },
        region: { type: "string" },
        report: { type: "string" },
        only: { type: "string" },
        record: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) return console.log(USAGE), 0;
  if (!TARGET_NAMES.includes(values.target as TargetName)) return console.error(`unknown target '${values.target}'\n\n${USAGE}`), 2;
  if (values.record && values.target !== "aws") return console.error("--record needs --target aws (golden answers come from the real service)"), 2;
  const name = values.target as TargetName;
  const cases = selectCases(allCases(), values.only);
  const reportDir = values.report ?? `reports/${name}`;
  const log = (line: string) => console.error(line);

  let chosen;
  try {
    chosen = await createTarget({ target: name, endpoint: values.endpoint, region: values.region, log });
  } catch (e) {
    return console.error((e as Error).message), 2;
  }
  let run;
  if ("skip" in chosen) {
    console.error(`SKIP: ${chosen.skip}`);
    run = skipAll(cases, name, chosen.skip);
  } else {
    const target = chosen.target;
    // Teardown on interrupt too: a live run must never leave pools behind.
    const onSignal = () => {
      console.error("\ninterrupted: tearing down");
      target.close().finally(() => process.exit(130));
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const hooks: ((c: Case, r: CaseResult) => void)[] = [values.record ? recorder(values.region ?? process.env.AWS_REGION ?? "") : goldenComparer()];
    const options: RunOptions = { onResult: progress(!values.quiet), afterCase: (c, r) => hooks.forEach((h) => h(c, r)) };
    try {
      run = await runCases(cases, target, options);
    } finally {
      await target.close();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  }
  const report = writeReport(run, reportDir, [coverageAppendix(cases)]);
  const s = report.summary;
  const accepted = acceptedCounts(report.entries);
  console.log(`${name}: ${s.total} cases, ${STATUSES.filter((k) => s[k]).map((k) => `${s[k]} ${k}`).join(", ")} (${(run.durationMs / 1000).toFixed(1)} s). Report: ${reportDir}/report.html`);
  console.log(`accepted cases: ${accepted.success} passed on success, ${accepted.namedRefusal} on a named refusal`);
  return allApplicablePassed(run.results) && s.total > 0 ? 0 : 1;
}
