// `run`'s progress: a bar with an ETA on a terminal, a CI log elsewhere, nothing with --quiet.
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { createProgress } from "../cli/progress.ts";
import type { CaseResult } from "../harness/result.ts";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const s = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }) as Writable & { isTTY: boolean; columns: number };
  Object.assign(s, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { s: s as unknown as NodeJS.WriteStream, text: () => chunks.join("") };
}
const result = (status: CaseResult["status"]) => ({ id: "x", status, reasons: [], notes: [], exchanges: [], durationMs: 1 }) as CaseResult;

test("on a terminal: a bar with the counts and an estimate of the time left", () => {
  const out = stream(true);
  const p = createProgress(true, out.s);
  p.onResult(result("PASS"), 1, 3);
  p.onResult(result("FAIL"), 2, 3);
  p.onResult(result("PASS"), 3, 3);
  p.stop();
  expect(out.text()).toMatch(/3\/3 {2}ETA \d+s {2}PASS 2 {2}FAIL 1/);
});

test("off a terminal: a start line, each failure with its first difference, a line per operation, nothing per passing case", () => {
  const out = stream(false);
  const p = createProgress(true, out.s);
  const cases = [
    { id: "a/1", operation: "A" },
    { id: "b/1", operation: "B" },
    { id: "a/2", operation: "A" },
    { id: "b/2", operation: "B" },
  ];
  p.start("endpoint", cases);
  const r = (id: string, status: CaseResult["status"], reasons: string[] = []) => ({ ...result(status), id, reasons, durationMs: 250 });
  p.onResult(r("a/1", "PASS"), 1, 4);
  p.onResult(r("b/1", "FAIL", ["status: expected 400, got 200\nand more", "second"]), 2, 4);
  p.onResult(r("a/2", "PASS"), 3, 4);
  p.onResult(r("b/2", "ERROR", ["Session AYABeSECRET leaked"]), 4, 4);
  p.stop();
  expect(out.text().split("\n")).toEqual([
    "run: target endpoint, 4 cases over 2 operations",
    "FAIL b/1: status: expected 400, got 200 and more",
    "ok     A: 2/2 passed (0.5 s)",
    "ERROR b/2: Session <session> leaked",
    "FAILED B: 0/2 passed, 1 FAIL, 1 ERROR (0.5 s)",
    "",
  ]);
  expect(out.text()).not.toContain("ETA");
});

test("quiet: nothing", () => {
  const out = stream(false);
  createProgress(false, out.s).onResult(result("PASS"), 1, 1);
  expect(out.text()).toBe("");
});
