// The suite proven on peers: each emulator is started on a loopback port, the full suite runs against it through
// the endpoint target, and the run must complete with a report. Peers are expected to fail many cases, so only
// completeness is asserted. A peer that can't be installed or started is skipped with the reason.
// Not part of `npm test` (moto alone takes minutes): `npx vitest run --config suites/peers/vitest.config.ts`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, test } from "vitest";
import { allCases } from "../cases/index.ts";
import { PEERS, type PeerName } from "./emulators.ts";
import { writeComparison } from "../cli/report.ts";
import { mockTarget } from "../targets/mock.ts";
import { runSuiteOn, runSuiteOnEndpoint } from "./run-peer.ts";

const REPORT_ROOT = process.env.COGNITO_CONFORMANCE_PEER_REPORTS ?? join("reports", "peers");
const PEER_TIMEOUT_MS = 15 * 60_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

describe.each(Object.keys(PEERS) as PeerName[])("the suite against %s", (name) => {
  test("runs every case to a status and writes its report", { timeout: PEER_TIMEOUT_MS }, async (ctx) => {
    const start = await PEERS[name]();
    if ("skipped" in start) {
      console.warn(`SKIPPED ${name}: ${start.skipped}`);
      ctx.skip(start.skipped);
    }
    const { peer } = start as Exclude<typeof start, { skipped: string }>;
    const dir = join(REPORT_ROOT, name);
    try {
      const { run, report } = await runSuiteOnEndpoint(name, peer.endpoint, dir);
      console.info(`${name} ${peer.version}: ${JSON.stringify(report.summary)}`);
      expect(run.results.length).toBe(allCases().length);
      expect(report.summary.total).toBe(allCases().length);
      // A peer lacks the mock's control API: those cases are precondition failures, never passes or failures.
      const controlCases = new Set(allCases().filter((c) => c.needs.includes("control-api")).map((c) => c.id));
      expect(run.results.filter((r) => controlCases.has(r.id)).every((r) => r.status === "PRECONDITION_FAILED")).toBe(true);
      for (const file of ["report.json", "report.md", "report.html", "junit.xml"]) expect(existsSync(join(dir, file)), file).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).entries).toHaveLength(allCases().length);
    } finally {
      await peer.stop();
    }
  });
});

// After the peers: our mock's run beside theirs on one page (report --compare), with a live AWS run's report too
// when one was written under reports/aws/.
test("the comparison page: our mock and every peer that ran", { timeout: PEER_TIMEOUT_MS }, async () => {
  await runSuiteOn(mockTarget(), join(REPORT_ROOT, "mock"));
  const ran = ["mock", ...Object.keys(PEERS)].filter((name) => existsSync(join(REPORT_ROOT, name, "report.json")));
  const inputs = ran.map((name) => `${name}=${join(REPORT_ROOT, name, "report.json")}`);
  if (existsSync(join("reports", "aws", "report.json"))) inputs.push(`aws=${join("reports", "aws", "report.json")}`);
  const page = writeComparison(inputs, join(REPORT_ROOT, "compare.html"));
  console.info(`comparison page: ${page} (${inputs.length} implementations)`);
  const html = readFileSync(page, "utf8");
  for (const name of ran) expect(html).toContain(`<th>${name}</th>`);
  // Looked at in the browser (as suites/test/compare-page.test.ts checks the page in detail): it renders every case,
  // one summary row per implementation, and the status filter narrows it.
  if (!existsSync(CHROMIUM)) return console.warn(`comparison page not opened: no chromium at ${CHROMIUM}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const tab = await browser.newPage();
    await tab.goto(`file://${resolve(page)}`);
    expect(await tab.locator("table.summary tbody tr").count()).toBe(inputs.length);
    const all = await tab.locator("tr.case").count();
    expect(all).toBe(allCases().length);
    await tab.selectOption("#f-st", "differs");
    const differing = await tab.locator("tr.case:visible").count();
    console.info(`comparison page: ${differing} of ${all} cases differ between implementations`);
    expect(differing).toBeLessThan(all);
  } finally {
    await browser.close();
  }
});
