// `cognito-conformance run`: every case against one target, a progress line, a summary, the report files.
// Exit 0 only when every applicable case passed; 2 for usage errors.
import { parseArgs } from "node:util";
import { runConformance } from "../index.ts";
import { acceptedCounts } from "../report/entries.ts";
import { STATUSES } from "../report/markdown.ts";
import { TARGET_NAMES, type TargetName } from "../targets/index.ts";
import { createProgress } from "./progress.ts";

const USAGE = `usage: cognito-conformance run [--target mock|endpoint|aws] [--endpoint URL] [--region R] [--report DIR] [--only PATTERN] [--record] [--conformance-triggers]

  --target    mock (default, in-process), endpoint (any URL), aws (opt-in: COGNITO_CONFORMANCE_LIVE=1)
  --endpoint  URL of the endpoint target, e.g. http://127.0.0.1:9229
  --region    region for signing (aws: where pools are created)
  --report    report directory (default reports/<target>)
  --only      regular expression (or substring) on case ids
  --record    aws only: write normalized golden answers under suites/golden/
  --conformance-triggers
              endpoint only: it runs the conformance trigger functions (deployed in a Lambda emulator); our own
              serve started with --triggers <conformance-triggers module> is detected without it
  --quiet     no progress line`;

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
        "conformance-triggers": { type: "boolean", default: false },
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
  if (values["conformance-triggers"] && values.target !== "endpoint") return console.error("--conformance-triggers needs --target endpoint"), 2;
  const name = values.target as TargetName;
  const reportDir = values.report ?? `reports/${name}`;
  const progress = createProgress(!values.quiet);

  let result;
  try {
    result = await runConformance({
      target: name,
      endpoint: values.endpoint,
      region: values.region,
      only: values.only,
      record: values.record,
      ...(values["conformance-triggers"] && { conformanceTriggers: true }),
      reportDir,
      log: (line) => console.error(line),
      onStart: (cases) => progress.start(name, cases),
      onResult: progress.onResult,
      // Teardown on interrupt too: a live run must never leave pools behind.
      onTarget(target) {
        const onSignal = () => {
          progress.stop();
          console.error("\ninterrupted: tearing down");
          target.close().finally(() => process.exit(130));
        };
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
        return () => {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
        };
      },
    });
  } catch (e) {
    return console.error((e as Error).message), 2;
  } finally {
    progress.stop();
  }
  if (result.skipped) console.error(`SKIP: ${result.skipped}`);
  const s = result.report.summary;
  console.log(`${name}: ${s.total} cases, ${STATUSES.filter((k) => s[k]).map((k) => `${s[k]} ${k}`).join(", ")} (${(result.run.durationMs / 1000).toFixed(1)} s). Report: ${reportDir}/report.html`);
  const accepted = acceptedCounts(result.report.entries);
  console.log(`accepted cases: ${accepted.success} passed on success, ${accepted.namedRefusal} on a named refusal`);
  return result.passed ? 0 : 1;
}
