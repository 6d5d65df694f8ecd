// report.html: self-contained (no scripts, no external assets). A matrix of operation x rule, each cell linking to
// its cases; each case expands to show evidence, sources, expected and actual answers.
import type { Status } from "../harness/case.ts";
import type { Report, ReportEntry } from "./entries.ts";
import { STATUSES } from "./markdown.ts";

/** For text content; attributes (`escAttr`) also need their quotes escaped. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escAttr = (s: string) => esc(s).replace(/"/g, "&quot;");
const COLOR: Record<Status, string> = { PASS: "#2e7d32", FAIL: "#c62828", ERROR: "#6a1b9a", TIMEOUT: "#ef6c00", SKIP: "#757575", PRECONDITION_FAILED: "#9e9d24", NOT_IMPLEMENTED: "#5d4037" };
/** The cell shows its worst status. */
const SEVERITY: Status[] = ["FAIL", "ERROR", "TIMEOUT", "PRECONDITION_FAILED", "NOT_IMPLEMENTED", "SKIP", "PASS"];
const anchor = (op: string, rule: string) => `c-${op}-${rule}`.replace(/[^A-Za-z0-9-]/g, "_");

/** A fact id, linked to its entry on docs/evidence.md when the report knows where that page is. */
const factId = (id: string, page?: string) => (page ? `<a href="${escAttr(`${page}#${id}`)}"><code>${esc(id)}</code></a>` : `<code>${esc(id)}</code>`);

function caseBlock(e: ReportEntry, evidencePage?: string): string {
  // One space per level: the report holds thousands of these blocks.
  const json = (v: unknown) => `<pre>${esc(JSON.stringify(v, null, 1))}</pre>`;
  const advisory = e.notes.some((n) => n.includes("message differs"));
  return `<details class="case"><summary><b style="color:${COLOR[e.status]}">${e.status}</b>${advisory ? ' <span class="adv" title="message differs where evidence is below CONFIRMED">≠ msg</span>' : ""} <code>${esc(e.id)}</code> <span class="ev ev-${e.evidence}">${e.evidence}</span></summary>
<p>${esc(e.title)}</p>
${e.reasons.length ? `<p><b>why</b></p><ul>${e.reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : ""}
${e.notes.length ? `<p><b>notes</b></p><ul>${e.notes.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : ""}
<p><b>facts</b></p><ul>${e.facts.map((f) => `<li>${factId(f.id, evidencePage)} <span class="ev ev-${f.label}">${f.label}</span> ${esc(f.says)} (${esc(f.source)})</li>`).join("")}</ul>
<p><b>sources</b>: ${e.sources.map((s) => `${s.kind}: ${esc(s.ref)}`).join("; ")}</p>
<div class="cols"><div><b>expected</b>${json(e.expected)}</div><div><b>actual</b>${json(e.exchanges)}</div></div>
</details>`;
}

/** `evidencePage`: docs/evidence.md's address from where the report is written (evidence-link.ts). */
export function renderHtml(report: Report, evidencePage?: string): string {
  const ops = [...new Set(report.entries.map((e) => e.operation))].sort();
  const rules = [...new Set(report.entries.map((e) => e.ruleFamily))].sort();
  const cells = new Map<string, ReportEntry[]>();
  for (const e of report.entries) cells.set(anchor(e.operation, e.ruleFamily), [...(cells.get(anchor(e.operation, e.ruleFamily)) ?? []), e]);
  const matrix = ops
    .map((op) => {
      const tds = rules.map((rule) => {
        const list = cells.get(anchor(op, rule));
        if (!list) return "<td></td>";
        const worst = SEVERITY.find((s) => list.some((e) => e.status === s))!;
        const passed = list.filter((e) => e.status === "PASS").length;
        return `<td><a href="#${anchor(op, rule)}" style="background:${COLOR[worst]}" title="${escAttr(`${op} ${rule}: ${passed}/${list.length} passed`)}">${passed}/${list.length}</a></td>`;
      });
      return `<tr><th>${esc(op)}</th>${tds.join("")}</tr>`;
    })
    .join("\n");
  const sections = [...cells]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, list]) => `<section id="${id}"><h3>${esc(list[0].operation)} · ${esc(list[0].ruleFamily)}</h3>${list.map((e) => caseBlock(e, evidencePage)).join("\n")}</section>`)
    .join("\n");
  const summary = STATUSES.map((s) => `<span style="color:${COLOR[s]}">${s} ${report.summary[s]}</span>`).join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Conformance: ${esc(report.target)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:2px 4px;text-align:center}
th.rule{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;font-size:12px}
td a{display:block;color:#fff;text-decoration:none;border-radius:3px;padding:1px 4px;font-size:12px}
tbody th{text-align:left}
pre{background:#f6f6f6;padding:6px;overflow:auto;max-height:24em;font-size:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em}
.ev{font-size:11px;border:1px solid #999;border-radius:3px;padding:0 3px}.ev-CONFIRMED{border-color:#2e7d32}.ev-UNKNOWN{border-color:#c62828}
.adv{font-size:11px;background:#fff3cd;padding:0 3px}
details.case{margin:2px 0}section{margin-top:1.5em}
</style></head><body>
<h1>Conformance report: ${esc(report.target)}</h1>
<p>${esc(report.startedAt)} · ${report.summary.total} cases · ${(report.durationMs / 1000).toFixed(1)} s</p>
<p>${summary}</p>
<table><thead><tr><th></th>${rules.map((r) => `<th class="rule">${esc(r)}</th>`).join("")}</tr></thead><tbody>
${matrix}
</tbody></table>
${sections}
${report.appendices.map((a) => `<h2>${esc(a.title)}</h2><table><tr>${a.columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr>${a.rows.map((r) => `<tr>${r.map((c) => `<td style="text-align:left">${esc(c)}</td>`).join("")}</tr>`).join("")}</table>`).join("\n")}
</body></html>
`;
}
