// The comparison page in a real browser (Debian's chromium through playwright-core): our mock beside a broken
// variant of it (mutants.ts) over the cases of three operations; the filters must change what is shown and a
// failing cell must show the first difference, the expected and the actual answer. Skipped, visibly, without chromium.
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
const visible = () => page.locator("tr.case:visible");
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
});
