// The comparison page in a real browser (Debian's chromium through playwright-core): our mock beside a broken
// variant of it (mutants.ts) over the cases of three operations. The page must open on the summary (operations ×
// implementations, pass counts and percentages) whose cells link to their cases, the filters must change what is
// shown and a failing cell must show the first difference, the expected and the actual answer. At 10,000 cases the
// page is measured (first paint, rows built) and must still work. Skipped, visibly, without chromium.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import { runCases } from "../harness/runner.ts";
import { renderComparison } from "../report/compare-html.ts";
import { compareReports, type Comparison } from "../report/compare.ts";
import { buildReport } from "../report/entries.ts";
import { mockTarget, type MockTargetOptions } from "../targets/mock.ts";
import { breakMock, MUTANTS } from "./mutants.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const MUTANT = "answers ValidationException instead of InvalidParameterException";
const OPERATIONS = ["DescribeUserPool", "UpdateUserPool", "DeleteUserPool"];

let dir: string;
let browser: Browser;
let page: Page;
let comparison: Comparison;

async function report(name: string, wrap?: MockTargetOptions["wrap"]) {
  const target = mockTarget({ name, wrap });
  try {
    return buildReport(await runCases(allCases().filter((c) => OPERATIONS.includes(c.operation)), target));
  } finally {
    await target.close();
  }
}
const visible = (p = page) => p.locator("tr.case:visible");
const choose = (id: string, value: string) => page.selectOption(`#${id}`, value);

describe.skipIf(!existsSync(CHROMIUM))(`the comparison page in chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    const reports = [
      { name: "mock", report: await report("mock") },
      { name: "broken", report: await report("broken", breakMock(MUTANTS[MUTANT])) },
    ];
    comparison = compareReports(reports);
    dir = mkdtempSync(join(tmpdir(), "cognito-conformance-compare-"));
    writeFileSync(join(dir, "compare.html"), renderComparison(comparison));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage();
    // Self-contained: nothing but the file itself may be requested.
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`file://${join(dir, "compare.html")}`);
    expect(requested).toEqual([`file://${join(dir, "compare.html")}`]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a summary row per implementation, and every case shown at first", async () => {
    expect(await page.locator("table.summary tbody tr th").allTextContents()).toEqual(["mock", "broken"]);
    expect(await visible().count()).toBe(comparison.rows.length);
    await expect.poll(() => page.textContent("#shown")).toBe(`${comparison.rows.length} of ${comparison.rows.length} cases shown`);
  });

  test("the page opens on the summary: per operation, each implementation's passed cases, of those it ran, and the percentage", async () => {
    const ops = [...new Set(comparison.rows.map((r) => r.operation))].sort();
    expect(await page.locator("table.by-op tbody tr th").allTextContents()).toEqual(ops);
    expect(await page.locator("table.by-op thead th").allTextContents()).toEqual(["operation", "cases", "mock", "broken"]);
    for (const [i, op] of ops.entries()) {
      const cells = comparison.rows.filter((r) => r.operation === op).map((r) => r.cells[1]!);
      const passed = cells.filter((c) => c.status === "PASS").length;
      const pct = Math.floor((passed / cells.length) * 1000) / 10;
      expect(await page.locator(`table.by-op tbody tr:nth-child(${i + 1}) td:nth-child(4)`).textContent()).toBe(`${passed} / ${cells.length} (${pct}%)`);
    }
    // It is what the first screen shows, above the case matrix.
    const box = (await page.locator("table.by-op").boundingBox())!;
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
    expect(box.y).toBeLessThan((await page.locator("table.cases").boundingBox())!.y);
  });

  test("a summary cell links to that operation's cases, filtered to that implementation", async () => {
    const op = comparison.rows.find((r) => r.cells[1]?.status === "FAIL")!.operation;
    const ops = [...new Set(comparison.rows.map((r) => r.operation))].sort();
    await page.locator(`table.by-op tbody tr:nth-child(${ops.indexOf(op) + 1}) td:nth-child(4) a`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#op=${op}&impl=broken`);
    expect(await page.inputValue("#f-op")).toBe(op);
    expect(await page.inputValue("#f-impl")).toBe("broken");
    const cases = comparison.rows.filter((r) => r.operation === op);
    expect(await visible().count()).toBe(cases.length);
    // Only the broken column is shown, with its statuses.
    expect(await page.locator("table.cases .c0:visible").count()).toBe(0);
    expect(await page.locator("table.cases th.c1").isVisible()).toBe(true);
    const statuses = await page.locator("tr.case:visible td.c1 button").evaluateAll((bs) => bs.map((b) => b.className.replace("st-", "")));
    expect(statuses).toEqual(cases.map((r) => r.cells[1]!.status));
    // Back to everything, for the tests that follow.
    await page.evaluate(() => (location.hash = ""));
    for (const id of ["f-op", "f-impl"]) await choose(id, "");
    expect(await page.locator("table.cases .c0:visible").count()).toBeGreaterThan(0);
    expect(await visible().count()).toBe(comparison.rows.length);
  });

  test("the operation, rule, evidence and status filters change what is shown", async () => {
    await choose("f-op", "UpdateUserPool");
    const updates = comparison.rows.filter((r) => r.operation === "UpdateUserPool").length;
    expect(await visible().count()).toBe(updates);
    expect(new Set(await visible().evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.op)))).toEqual(new Set(["UpdateUserPool"]));
    expect(await page.locator("tr.group:visible").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^UpdateUserPool › /)]));

    const rule = comparison.rows.find((r) => r.operation === "UpdateUserPool")!.ruleFamily;
    await choose("f-rule", rule);
    expect(await visible().count()).toBe(comparison.rows.filter((r) => r.operation === "UpdateUserPool" && r.ruleFamily === rule).length);
    await choose("f-rule", "");
    await choose("f-op", "");

    const evidence = comparison.rows[0].evidence;
    await choose("f-ev", evidence);
    const withEvidence = comparison.rows.filter((r) => r.evidence === evidence).length;
    expect(withEvidence).toBeLessThan(comparison.rows.length);
    expect(await visible().count()).toBe(withEvidence);
    await choose("f-ev", "");

    await choose("f-st", "FAIL");
    const failing = comparison.rows.filter((r) => r.cells.some((c) => c?.status === "FAIL"));
    expect(failing.length).toBeGreaterThan(0);
    expect(await visible().count()).toBe(failing.length);
    await choose("f-st", "differs");
    expect(await visible().count()).toBe(failing.length);
    await choose("f-st", "");
    expect(await visible().count()).toBe(comparison.rows.length);
  });

  test("a failing cell shows the first difference on hover and expected and actual when opened", async () => {
    const row = comparison.rows.find((r) => r.cells[1]?.status === "FAIL")!;
    const cell = row.cells[1]!;
    await choose("f-st", "FAIL");
    // The broken variant's cell: the fourth column (case, evidence, mock, broken).
    const button = page.locator(`tr.case[data-id="${row.id}"] td:nth-child(4) button`);
    expect(await button.getAttribute("title")).toBe(cell.first);
    await button.click();
    const detail = page.locator("tr.detail:visible");
    expect(await detail.count()).toBe(1);
    expect(await detail.locator(".first").textContent()).toBe(cell.first);
    expect(JSON.parse((await detail.locator("pre.expected").textContent())!)).toEqual(row.expected);
    const actual = JSON.parse((await detail.locator("pre.actual").textContent())!);
    expect(actual).toEqual(cell.actual);
    expect(JSON.stringify(actual)).toContain("ValidationException");
    await button.click();
    expect(await page.locator("tr.detail").count()).toBe(0);
  });

  test("at 10,000 cases the summary paints first, and the rows, the summary and its links still work", async ({ annotate }) => {
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const r = comparison.rows[i % comparison.rows.length];
      return { ...r, id: `${r.id}#${Math.floor(i / comparison.rows.length)}` };
    });
    const html = renderComparison({ ...comparison, rows });
    writeFileSync(join(dir, "compare-10k.html"), html);
    const big = await browser.newPage();
    try {
      await big.goto(`file://${join(dir, "compare-10k.html")}`);
      await big.waitForSelector("body[data-ready]");
      const [paint, built] = await big.evaluate(() => [
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
      ]);
      // A measurement, not a bound (timing belongs in bench/): reported with the test.
      await annotate(`10,000 cases, ${(html.length / 1e6).toFixed(1)} MB: first contentful paint ${Math.round(paint)} ms, every row built by ${Math.round(built)} ms`);
      // The static summary paints while the case rows are still being built from the embedded data.
      expect(paint).toBeGreaterThan(0);
      expect(paint).toBeLessThan(built);
      expect(await big.locator("tr.case").count()).toBe(10_000);
      const op = rows.find((r) => r.cells[1]?.status === "FAIL")!.operation;
      const ops = [...new Set(rows.map((r) => r.operation))].sort();
      await big.locator(`table.by-op tbody tr:nth-child(${ops.indexOf(op) + 1}) td:nth-child(4) a`).click();
      await expect.poll(() => visible(big).count()).toBe(rows.filter((r) => r.operation === op).length);
    } finally {
      await big.close();
    }
  }, 60_000);
});
