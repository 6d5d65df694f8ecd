// docs/evidence.md is the registry as a reader sees it: produced only by scripts/generate-evidence.ts, never stale,
// and holding every fact a case cites (a report's fact links land on it).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { allCases } from "../../suites/cases/index.ts";
import { FACTS } from "../../suites/evidence/facts.ts";
import { skipAll } from "../../suites/harness/runner.ts";
import { writeReport } from "../../suites/report/write.ts";
import { EVIDENCE_PAGE_PATH, renderEvidence } from "../generate-evidence.ts";

const committed = readFileSync(EVIDENCE_PAGE_PATH, "utf8");
const anchors = (page: string) => [...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);

test("docs/evidence.md is what the registry renders (run `npm run generate:evidence` if this fails)", () => {
  expect(committed === renderEvidence(), "docs/evidence.md is stale or edited by hand").toBe(true);
});

test("every fact a case cites has its entry on the page", () => {
  const onPage = new Set(anchors(committed));
  const missing = [...new Set(allCases().flatMap((c) => c.facts ?? []))].filter((id) => !onPage.has(id));
  expect(missing, "cases cite facts docs/evidence.md lacks").toEqual([]);
});

test("one entry per fact, with its label and every verbatim text", () => {
  const ids = anchors(committed).filter((a) => a.includes("."));
  expect(ids).toEqual(Object.keys(FACTS));
  for (const [id, f] of Object.entries(FACTS)) {
    const entry = committed.slice(committed.indexOf(`<a id="${id}">`)).split("\n- ")[0];
    expect(entry).toContain(` · ${f.label} · `);
    for (const t of "text" in f ? f.text : []) expect(entry).toContain(t);
  }
});

test("a report's fact ids link to their entries on the page, from wherever the report is written", () => {
  const dir = mkdtempSync(join(tmpdir(), "cognito-conformance-evidence-"));
  try {
    const c = allCases().find((x) => x.facts?.length)!;
    writeReport(skipAll([c], "mock", "not run: only the report is tested"), dir);
    const links = [...readFileSync(join(dir, "report.html"), "utf8").matchAll(/<a href="([^"#]+)#([^"]+)"><code>/g)];
    expect(links.map((m) => m[2])).toEqual(c.facts);
    for (const [, path, id] of links) {
      expect(resolve(dir, path)).toBe(EVIDENCE_PAGE_PATH);
      expect(anchors(committed)).toContain(id);
    }
    expect(readFileSync(join(dir, "report.md"), "utf8")).toMatch(/\[the evidence registry\]\([^)]*docs\/evidence\.md\)/);
    expect(existsSync(resolve(dir, links[0][1]))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
