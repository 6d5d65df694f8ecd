// Writes the four report files of a run into one directory.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunResult } from "../harness/result.ts";
import { evidencePageFrom } from "./evidence-link.ts";
import { buildReport, type Appendix, type Report } from "./entries.ts";
import { renderHtml } from "./html.ts";
import { renderJunit } from "./junit.ts";
import { renderMarkdown } from "./markdown.ts";

export function writeReport(run: RunResult, dir: string, appendices: Appendix[] = []): Report {
  const report = buildReport(run, appendices);
  mkdirSync(dir, { recursive: true });
  const evidencePage = evidencePageFrom(dir);
  writeFileSync(join(dir, "report.json"), JSON.stringify(report, null, 1) + "\n");
  writeFileSync(join(dir, "report.md"), renderMarkdown(report, evidencePage));
  writeFileSync(join(dir, "report.html"), renderHtml(report, evidencePage));
  writeFileSync(join(dir, "junit.xml"), renderJunit(report));
  return report;
}
