// The comparison page: one self-contained HTML file (inline style and script, the data as embedded JSON, no
// external assets). It opens on the summary (as wpt.fyi does): a row of status counts per implementation, then
// operations × implementations with the pass count and percentage, each cell linking to that operation's cases
// filtered to that implementation. Below, the cases grouped by operation and rule, a column per implementation,
// each cell its status with the first difference on hover and, on click, expected and actual; filters by operation,
// rule, evidence label, status and implementation. The summary is static HTML, so it paints before the case rows
// are built from the embedded data.
import { STATUSES } from "./markdown.ts";
import type { Comparison } from "./compare.ts";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** JSON inside <script>: no `</script>` or `<!--` can end it early. */
const embed = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

const STYLE = `
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
.summary td.n,.by-op td.n{text-align:right}
.by-op td.pct{padding:0}.by-op td.pct a{display:block;padding:3px 8px;color:#222;text-decoration:none;text-align:right}
.by-op tfoot th,.by-op tfoot td{font-weight:bold}
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
    if (!cell) return tr.append(h("td", { className: "cell c" + i, textContent: "\\u2013" }));
    const mark = cell.golden ? (cell.golden.matched ? " \\u2713AWS" : " \\u2260AWS") : "";
    const button = h("button", { className: "st-" + cell.status, textContent: cell.status + mark, title: cell.first || cell.status });
    button.addEventListener("click", () => toggle(tr, row, i));
    tr.append(h("td", { className: "cell c" + i }, button));
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
  const op = pick("f-op"), rule = pick("f-rule"), ev = pick("f-ev"), st = pick("f-st"), impl = pick("f-impl");
  // One implementation: the other columns are hidden and the status filter reads that column only.
  const col = impl === "" ? -1 : data.columns.findIndex((c) => c.name === impl);
  document.getElementById("colstyle").textContent = col < 0 ? "" : data.columns.map((c, i) => (i === col ? "" : ".cases .c" + i + "{display:none}")).join("");
  let shown = 0, lastGroup = null, groupShown = false;
  const closeGroup = () => { if (lastGroup) lastGroup.hidden = !groupShown; };
  for (const tr of body.children) {
    if (tr.classList.contains("group")) { closeGroup(); lastGroup = tr; groupShown = false; continue; }
    if (tr.classList.contains("detail")) { tr.hidden = tr.previousElementSibling.hidden; continue; }
    const all = tr.dataset.st.split(" ");
    const statuses = (col < 0 ? all : [all[col]]).filter(Boolean);
    if (col >= 0 && !statuses.length) { tr.hidden = true; continue; }
    const stOk = !st || (st === "differs" ? new Set(statuses).size > 1 : st === "not-pass" ? statuses.some((s) => s !== "PASS") : statuses.includes(st));
    const ok = (!op || tr.dataset.op === op) && (!rule || tr.dataset.rule === rule) && (!ev || tr.dataset.ev === ev) && stOk;
    tr.hidden = !ok;
    if (ok) shown++, (groupShown = true);
  }
  closeGroup();
  document.getElementById("shown").textContent = shown + " of " + data.rows.length + " cases shown";
}
for (const id of ["f-op", "f-rule", "f-ev", "f-st", "f-impl"]) document.getElementById(id).addEventListener("change", apply);
// A summary cell's link (#op=...&impl=...) sets the filters it names and shows the cases.
function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("op") && !params.has("impl")) return false;
  for (const [key, id] of [["op", "f-op"], ["rule", "f-rule"], ["ev", "f-ev"], ["st", "f-st"], ["impl", "f-impl"]]) document.getElementById(id).value = params.get(key) || "";
  apply();
  document.getElementById("filters").scrollIntoView();
  return true;
}
window.addEventListener("hashchange", fromHash);
if (!fromHash()) apply();
document.body.dataset.ready = "1";`;

function select(id: string, label: string, values: string[], extra: [string, string][] = []): string {
  const options = [["", "all"], ...extra, ...values.map((v) => [v, v])].map(([v, t]) => `<option value="${esc(v)}">${esc(t)}</option>`);
  return `<label>${label} <select id="${id}">${options.join("")}</select></label>`;
}

/** Per operation and implementation: how many of its cases that implementation ran, and passed. */
function passCounts(comparison: Comparison): Map<string, { ran: number; passed: number; statuses: Record<string, number> }[]> {
  const out = new Map<string, { ran: number; passed: number; statuses: Record<string, number> }[]>();
  for (const row of comparison.rows) {
    let counts = out.get(row.operation);
    if (!counts) out.set(row.operation, (counts = comparison.columns.map(() => ({ ran: 0, passed: 0, statuses: {} }))));
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const c = counts![i];
      c.ran++;
      if (cell.status === "PASS") c.passed++;
      c.statuses[cell.status] = (c.statuses[cell.status] ?? 0) + 1;
    });
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

const percent = (passed: number, ran: number) => (ran ? Math.floor((passed / ran) * 1000) / 10 : 0);
/** Green only at 100 %; below, from yellow (99 %) to red (0 %), so one failing case shows. Pale enough for dark text. */
const shade = (pct: number) => `hsl(${pct === 100 ? 120 : Math.round(pct * 0.55)},65%,82%)`;

/** Operations × implementations: `passed / ran (pct %)`, each cell a link to those cases in that column. */
function operationTable(comparison: Comparison): string {
  const counts = passCounts(comparison);
  const cell = (op: string, name: string, c: { ran: number; passed: number; statuses: Record<string, number> }) => {
    if (!c.ran) return `<td class="pct">\u2013</td>`;
    const pct = percent(c.passed, c.ran);
    const title = `${name} on ${op}: ${STATUSES.filter((s) => c.statuses[s]).map((s) => `${c.statuses[s]} ${s}`).join(", ")}`;
    const href = `#${new URLSearchParams(op ? { op, impl: name } : { impl: name }).toString()}`;
    return `<td class="pct" style="background:${shade(pct)}"><a href="${esc(href)}" title="${esc(title)}">${c.passed} / ${c.ran} (${pct}%)</a></td>`;
  };
  const rows = [...counts].map(([op, cs]) => `<tr><th>${esc(op === "*" ? "* (any operation)" : op)}</th><td class="n">${Math.max(...cs.map((c) => c.ran))}</td>${cs.map((c, i) => cell(op, comparison.columns[i].name, c)).join("")}</tr>`);
  const totals = comparison.columns.map((_, i) => [...counts.values()].reduce((t, cs) => ({ ran: t.ran + cs[i].ran, passed: t.passed + cs[i].passed, statuses: Object.fromEntries(STATUSES.map((s) => [s, (t.statuses[s] ?? 0) + (cs[i].statuses[s] ?? 0)])) }), { ran: 0, passed: 0, statuses: {} as Record<string, number> }));
  return `<table class="by-op"><thead><tr><th>operation</th><th>cases</th>${comparison.columns.map((c) => `<th>${esc(c.name)}</th>`).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
<tfoot><tr><th>all operations</th><td class="n">${comparison.rows.length}</td>${totals.map((c, i) => cell("", comparison.columns[i].name, c)).join("")}</tr></tfoot></table>`;
}

export function renderComparison(comparison: Comparison, title = "cognito-conformance: implementations compared"): string {
  const uniq = (f: (r: Comparison["rows"][number]) => string) => [...new Set(comparison.rows.map(f))].sort();
  const summary = comparison.columns
    .map((c) => `<tr><th>${esc(c.name)}</th><td>${esc(c.startedAt)}</td>${STATUSES.map((s) => `<td class="n">${c.summary[s] ?? 0}</td>`).join("")}<td class="n">${c.summary.total}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style><style id="colstyle"></style></head>
<body>
<h1>${esc(title)}</h1>
<table class="summary"><thead><tr><th>implementation</th><th>run started</th>${STATUSES.map((s) => `<th>${s}</th>`).join("")}<th>total</th></tr></thead>
<tbody>
${summary}
</tbody></table>
<h2>Cases passed, per operation</h2>
<p>Each cell: the cases of that operation the implementation passed, of those it ran; it links to them.</p>
${operationTable(comparison)}
<h2>Cases</h2>
<div id="filters">
${select("f-op", "operation", uniq((r) => r.operation))}
${select("f-rule", "rule", uniq((r) => r.ruleFamily))}
${select("f-ev", "evidence", uniq((r) => r.evidence))}
${select("f-st", "status", [...STATUSES], [["not-pass", "any not PASS"], ["differs", "implementations differ"]])}
${select("f-impl", "implementation", comparison.columns.map((c) => c.name))}
<span id="shown"></span>
</div>
<table class="cases"><thead><tr><th>case</th><th>evidence</th>${comparison.columns.map((c, i) => `<th class="c${i}">${esc(c.name)}</th>`).join("")}</tr></thead>
<tbody id="rows"></tbody></table>
<script type="application/json" id="data">${embed(comparison)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
