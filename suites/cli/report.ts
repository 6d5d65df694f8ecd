// `cognito-conformance report --compare [name=]a/report.json [name=]b/report.json ... [--out FILE]`: one
// self-contained HTML page comparing the runs (suites/report/compare-html.ts). Exit 2 for usage errors.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { renderComparison } from "../report/compare-html.ts";
import { compareReports, nameReports } from "../report/compare.ts";
import type { Report } from "../report/entries.ts";

const USAGE = `usage: cognito-conformance report --compare [NAME=]REPORT.json [NAME=]REPORT.json ... [--out FILE]

  --compare  the report.json files of earlier runs (run --report DIR writes DIR/report.json); NAME= labels a column
  --out      where the page goes (default reports/compare.html)`;

/** Reads the reports and writes the page; returns its path. */
export function writeComparison(inputs: readonly string[], out: string): string {
  const reports = inputs.map((arg) => {
    const at = arg.indexOf("=");
    const [name, path] = at > 0 && !arg.slice(0, at).includes("/") ? [arg.slice(0, at), arg.slice(at + 1)] : [undefined, arg];
    return { name, path, report: JSON.parse(readFileSync(path, "utf8")) as Report };
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderComparison(compareReports(nameReports(reports))));
  return out;
}

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { compare: { type: "boolean", default: false }, out: { type: "string", default: "reports/compare.html" }, help: { type: "boolean", short: "h", default: false } } });
  } catch (e) {
    return console.error(`${(e as Error).message}\n\n${USAGE}`), 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE), 0;
  if (!values.compare || positionals.length === 0) return console.error(USAGE), 2;
  try {
    console.log(`comparison of ${positionals.length} runs: ${writeComparison(positionals, values.out!)}`);
  } catch (e) {
    return console.error(`cognito-conformance report: ${(e as Error).message}`), 2;
  }
  return 0;
}
