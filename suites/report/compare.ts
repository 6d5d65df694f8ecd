// Several runs' report.json side by side (our mock, cognito-local, moto, any endpoint, a live AWS run): one row per
// case, one column per implementation, the cells as compact as the page needs them. compare-html.ts renders it.
import type { Status } from "../harness/case.ts";
import type { Report, ReportEntry } from "./entries.ts";

export interface CompareColumn {
  name: string;
  startedAt: string;
  summary: Report["summary"];
}

export interface CompareCell {
  status: Status;
  /** The first difference (the first reason), for a cell that did not pass. */
  first?: string;
  /** What came back, for a cell that did not pass: each exchange's status and body. */
  actual?: unknown[];
  /** A recorded AWS answer backs this case: did this implementation match it. */
  golden?: { recordedAt: string; matched: boolean };
}

export interface CompareRow {
  id: string;
  operation: string;
  rule: string;
  ruleFamily: string;
  evidence: ReportEntry["evidence"];
  title: string;
  /** What the case expects (the same for every column). */
  expected: unknown;
  /** One per column; absent when that run did not have the case. */
  cells: (CompareCell | null)[];
}

export interface Comparison {
  columns: CompareColumn[];
  rows: CompareRow[];
}

export interface NamedReport {
  name: string;
  report: Report;
}

/** Names each report by its target, or, where two share one (two `endpoint` runs), by the name given with it. */
export function compareReports(reports: readonly NamedReport[]): Comparison {
  const columns = reports.map(({ name, report }) => ({ name, startedAt: report.startedAt, summary: report.summary }));
  const byId = new Map<string, CompareRow>();
  reports.forEach(({ report }, column) => {
    for (const e of report.entries) {
      let row = byId.get(e.id);
      if (!row) {
        row = { id: e.id, operation: e.operation, rule: e.rule, ruleFamily: e.ruleFamily, evidence: e.evidence, title: e.title, expected: e.expected, cells: reports.map(() => null) };
        byId.set(e.id, row);
      }
      row.cells[column] = cellOf(e);
    }
  });
  const rows = [...byId.values()].sort((a, b) => a.operation.localeCompare(b.operation) || a.ruleFamily.localeCompare(b.ruleFamily) || a.id.localeCompare(b.id));
  return { columns, rows };
}

function cellOf(e: ReportEntry): CompareCell {
  const cell: CompareCell = { status: e.status };
  if (e.golden) cell.golden = e.golden;
  if (e.status === "PASS") return cell;
  cell.first = e.reasons[0] ?? e.notes[0];
  cell.actual = e.exchanges.map((x) => (x.answer ? { status: x.answer.status, body: x.answer.body } : { status: "no answer" }));
  return cell;
}

/** `name=path` or `path`; unnamed reports take their target's name, then their folder's when that repeats. */
export function nameReports(inputs: readonly { name?: string; path: string; report: Report }[]): NamedReport[] {
  const targets = inputs.map((i) => i.report.target);
  return inputs.map((i) => {
    if (i.name) return { name: i.name, report: i.report };
    const shared = targets.filter((t) => t === i.report.target).length > 1;
    const folder = i.path.split(/[\\/]/).slice(-2, -1)[0];
    return { name: shared && folder ? folder : i.report.target, report: i.report };
  });
}
