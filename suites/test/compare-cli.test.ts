// `cognito-conformance report --compare`: names of the columns, the page written where asked, usage errors.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { main } from "../cli/report.ts";
import type { Report } from "../report/entries.ts";

const dir = mkdtempSync(join(tmpdir(), "cognito-conformance-compare-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reportAt(folder: string, target: string, status: "PASS" | "FAIL"): string {
  const entry = { id: "protocol/x", suite: "protocol", operation: "*", rule: "r", ruleFamily: "r", title: "t", evidence: "DOC", sources: [], facts: [], status, reasons: status === "FAIL" ? ["__type differs"] : [], notes: [], durationMs: 1, expected: { status: 400 }, exchanges: [] };
  const report: Report = { target, startedAt: "2026-01-01T00:00:00.000Z", durationMs: 1, summary: { PASS: 0, FAIL: 0, ERROR: 0, TIMEOUT: 0, SKIP: 0, PRECONDITION_FAILED: 0, NOT_IMPLEMENTED: 0, [status]: 1, total: 1 }, entries: [entry as Report["entries"][number]], appendices: [] };
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, "report.json"), JSON.stringify(report));
  return join(dir, folder, "report.json");
}

test("columns take the target's name, the folder's where two targets share one, or the name given", () => {
  const a = reportAt("local-a", "endpoint", "PASS");
  const b = reportAt("local-b", "endpoint", "FAIL");
  const m = reportAt("mock", "mock", "PASS");
  const out = join(dir, "out", "page.html");
  vi.spyOn(console, "log").mockImplementation(() => {});
  expect(main(["--compare", a, b, `ours=${m}`, "--out", out])).toBe(0);
  const html = readFileSync(out, "utf8");
  for (const name of ["local-a", "local-b", "ours"]) expect(html).toContain(`<th>${name}</th>`);
  expect(html).not.toMatch(/<script src=|<link /);
});

test("usage errors exit 2", () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  expect(main([])).toBe(2);
  expect(main(["--compare"])).toBe(2);
  expect(main(["--compare", join(dir, "missing.json")])).toBe(2);
});
