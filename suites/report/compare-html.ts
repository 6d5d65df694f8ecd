// The comparison page: one self-contained HTML file (inline style and script, the data as embedded JSON, no
// external assets). A summary row per implementation; cases grouped by operation and rule, a column per
// implementation, each cell its status with the first difference on hover and, on click, expected and actual;
// filters by operation, rule, evidence label and status.
import { STATUSES } from "./markdown.ts";
import type { Comparison } from "./compare.ts";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** JSON inside <script>: no `</script>` or `<!--` can end it early. */
const embed = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

const STYLE = `
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
.summary td.n{text-align:right}
#filters{margin:1em 0;display:flex;gap:1em;flex-wrap:wrap;align-items:center}
tr.group th{background:#f3f3f3}
td.cell button{border:0;border-radius:3px;color:#fff;cursor:pointer;font:inherit;padding:1px 6px}
.st-PASS{background:#2e7d32}.st-FAIL{background:#c62828}.st-ERROR{background:#6a1b9a}.st-TIMEOUT{background:#ef6c00}
.st-SKIP{background:#757575}.st-PRECONDITION_FAILED{background:#9e9d24}.st-NOT_IMPLEMENTED{background:#5d4037}
tr.detail td{background:#fafafa}pre{white-space:pre-wrap;max-height:24em;overflow:auto;margin:.3em 0}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1em}code{font-size:12px}.ev{font-size:11px;color:#555}`;

// Runs in the page: builds the rows from the embedded data and applies the filters.
const SCRIPT = `
const data = JSON.parse(document.getElementById("data").textContent);
const body = document.getElementById("rows");
const pick = (id) => document.getElementById(id).value;
const h = (tag, props = {}, ...kids) => { const n = Object.assign(document.createElement(tag), props); n.append(...kids); return n; };
let group = null;
for (const row of data.rows) {
  const key = row.operation + " \\u203a " + row.ruleFamily;
  if (key !== group) {
    group = key;
    body.append(h("tr", { className: "group" }, h("th", { colSpan: 2 + data.columns.length, textContent: key })));
    body.lastChild.dataset.op = row.operation; body.lastChild.dataset.rule = row.ruleFamily;
  }
  const tr = h("tr", { className: "case" }, h("td", {}, h("code", { textContent: row.id }), h("div", { textContent: row.title })), h("td", { className: "ev", textContent: row.evidence }));
  Object.assign(tr.dataset, { id: row.id, op: row.operation, rule: row.ruleFamily, ev: row.evidence, st: row.cells.map((c) => (c ? c.status : "")).join(" ") });
  row.cells.forEach((cell, i) => {
    if (!cell) return tr.append(h("td", { className: "cell", textContent: "\\u2013" }));
    const mark = cell.golden ? (cell.golden.matched ? " \\u2713AWS" : " \\u2260AWS") : "";
    const button = h("button", { className: "st-" + cell.status, textContent: cell.status + mark, title: cell.first || cell.status });
    button.addEventListener("click", () => toggle(tr, row, i));
    tr.append(h("td", { className: "cell" }, button));
  });
  body.append(tr);
}
function toggle(tr, row, i) {
  const open = tr.nextElementSibling && tr.nextElementSibling.classList.contains("detail") ? tr.nextElementSibling : null;
  if (open) { open.remove(); if (open.dataset.col === String(i)) return; }
  const cell = row.cells[i];
  const pre = (cls, v) => h("pre", { className: cls, textContent: JSON.stringify(v, null, 1) });
  const td = h("td", { colSpan: 2 + data.columns.length },
    h("div", {}, h("b", { textContent: data.columns[i].name + ": " + cell.status })),
    cell.first ? h("div", { className: "first", textContent: cell.first }) : "",
    h("div", { className: "cols" }, h("div", {}, h("b", { textContent: "expected" }), pre("expected", row.expected)), h("div", {}, h("b", { textContent: "actual" }), pre("actual", cell.actual || "as expected"))));
  const detail = h("tr", { className: "detail" }, td);
  detail.dataset.col = String(i);
  tr.after(detail);
}
function apply() {
  const op = pick("f-op"), rule = pick("f-rule"), ev = pick("f-ev"), st = pick("f-st");
  let shown = 0, lastGroup = null, groupShown = false;
  const closeGroup = () => { if (lastGroup) lastGroup.hidden = !groupShown; };
  for (const tr of body.children) {
    if (tr.classList.contains("group")) { closeGroup(); lastGroup = tr; groupShown = false; continue; }
    if (tr.classList.contains("detail")) { tr.hidden = tr.previousElementSibling.hidden; continue; }
    const statuses = tr.dataset.st.split(" ").filter(Boolean);
    const stOk = !st || (st === "differs" ? new Set(statuses).size > 1 : st === "not-pass" ? statuses.some((s) => s !== "PASS") : statuses.includes(st));
    const ok = (!op || tr.dataset.op === op) && (!rule || tr.dataset.rule === rule) && (!ev || tr.dataset.ev === ev) && stOk;
    tr.hidden = !ok;
    if (ok) shown++, (groupShown = true);
  }
  closeGroup();
  document.getElementById("shown").textContent = shown + " of " + data.rows.length + " cases shown";
}
for (const id of ["f-op", "f-rule", "f-ev", "f-st"]) document.getElementById(id).addEventListener("change", apply);
apply();`;

function select(id: string, label: string, values: string[], extra: [string, string][] = []): string {
  const options = [["", "all"], ...extra, ...values.map((v) => [v, v])].map(([v, t]) => `<option value="${esc(v)}">${esc(t)}</option>`);
  return `<label>${label} <select id="${id}">${options.join("")}</select></label>`;
}

export function renderComparison(comparison: Comparison, title = "cognito-conformance: implementations compared"): string {
  const uniq = (f: (r: Comparison["rows"][number]) => string) => [...new Set(comparison.rows.map(f))].sort();
  const summary = comparison.columns
    .map((c) => `<tr><th>${esc(c.name)}</th><td>${esc(c.startedAt)}</td>${STATUSES.map((s) => `<td class="n">${c.summary[s] ?? 0}</td>`).join("")}<td class="n">${c.summary.total}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
<table class="summary"><thead><tr><th>implementation</th><th>run started</th>${STATUSES.map((s) => `<th>${s}</th>`).join("")}<th>total</th></tr></thead>
<tbody>
${summary}
</tbody></table>
<div id="filters">
${select("f-op", "operation", uniq((r) => r.operation))}
${select("f-rule", "rule", uniq((r) => r.ruleFamily))}
${select("f-ev", "evidence", uniq((r) => r.evidence))}
${select("f-st", "status", [...STATUSES], [["not-pass", "any not PASS"], ["differs", "implementations differ"]])}
<span id="shown"></span>
</div>
<table class="cases"><thead><tr><th>case</th><th>evidence</th>${comparison.columns.map((c) => `<th>${esc(c.name)}</th>`).join("")}</tr></thead>
<tbody id="rows"></tbody></table>
<script type="application/json" id="data">${embed(comparison)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
