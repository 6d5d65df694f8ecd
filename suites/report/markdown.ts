// report.md: the summary, cases per operation and status, then every case that did not pass.
import type { Status } from "../harness/case.ts";
import { acceptedCounts, type Report } from "./entries.ts";
import { LABELS } from "../evidence/check.ts";

export const STATUSES: Status[] = ["PASS", "FAIL", "ERROR", "TIMEOUT", "SKIP", "PRECONDITION_FAILED", "NOT_IMPLEMENTED"];

export function perOperation(report: Report): Map<string, Record<Status, number>> {
  const rows = new Map<string, Record<Status, number>>();
  for (const e of report.entries) {
    const row = rows.get(e.operation) ?? (Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>);
    row[e.status]++;
    rows.set(e.operation, row);
  }
  return new Map([...rows].sort(([a], [b]) => a.localeCompare(b)));
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** `evidencePage`: docs/evidence.md's address from where the report is written (evidence-link.ts). */
export function renderMarkdown(report: Report, evidencePage?: string): string {
  const lines = [
    `# Conformance report: ${report.target}`,
    "",
    `Run ${report.startedAt}, ${report.summary.total} cases in ${(report.durationMs / 1000).toFixed(1)} s.`,
    "",
    `| ${STATUSES.join(" | ")} |`,
    `|${STATUSES.map(() => "---:").join("|")}|`,
    `| ${STATUSES.map((s) => report.summary[s]).join(" | ")} |`,
    "",
    "## Per operation",
    "",
    `| operation | ${STATUSES.join(" | ")} |`,
    `|---|${STATUSES.map(() => "---:").join("|")}|`,
    ...[...perOperation(report)].map(([op, row]) => `| ${op} | ${STATUSES.map((s) => row[s]).join(" | ")} |`),
    "",
    `Accepted cases passed on success: ${acceptedCounts(report.entries).success}; on a named refusal: ${acceptedCounts(report.entries).namedRefusal} (allowed only off the mock).`,
    "",
    "## Cases per evidence label",
    "",
    `A case is as strong as the weakest fact it cites (${evidencePage ? `[the evidence registry](${evidencePage})` : "suites/evidence/facts.ts"}); each case's facts are in report.json and report.html.`,
    "",
    `| ${LABELS.join(" | ")} |`,
    `|${LABELS.map(() => "---:").join("|")}|`,
    `| ${LABELS.map((l) => report.entries.filter((e) => e.evidence === l).length).join(" | ")} |`,
    "",
  ];
  const notPassed = report.entries.filter((e) => e.status !== "PASS");
  if (notPassed.length) {
    lines.push("## Not passed", "", "| status | case | evidence | why |", "|---|---|---|---|");
    for (const e of notPassed) lines.push(`| ${e.status} | \`${cell(e.id)}\` | ${e.evidence} | ${cell(e.reasons.join("; "))} |`);
    lines.push("");
  }
  const advisory = report.entries.filter((e) => e.notes.some((n) => n.includes("message differs")));
  if (advisory.length) {
    lines.push("## Messages that differ where evidence is INFERRED or UNKNOWN (not failures)", "");
    for (const e of advisory) lines.push(`- \`${e.id}\` (${e.evidence}): ${cell(e.notes.filter((n) => n.includes("message differs")).join("; "))}`);
    lines.push("");
  }
  for (const a of report.appendices) {
    lines.push(`## ${a.title}`, "", `| ${a.columns.join(" | ")} |`, `|${a.columns.map(() => "---").join("|")}|`, ...a.rows.map((r) => `| ${r.map(cell).join(" | ")} |`), "");
  }
  return lines.join("\n");
}
