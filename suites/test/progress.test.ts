// `run`'s progress: a bar with an ETA on a terminal, plain lines elsewhere, nothing with --quiet.
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

test("off a terminal: plain lines, the last one complete", () => {
  const out = stream(false);
  const p = createProgress(true, out.s);
  for (let i = 1; i <= 3; i++) p.onResult(result("PASS"), i, 3);
  expect(out.text().trim().split("\n").at(-1)).toBe("[3/3] PASS 3");
  expect(out.text()).not.toContain("ETA");
});

test("quiet: nothing", () => {
  const out = stream(false);
  createProgress(false, out.s).onResult(result("PASS"), 1, 1);
  expect(out.text()).toBe("");
});
