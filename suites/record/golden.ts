// Golden answers: `--record` on the aws target writes the normalized answers of each case under suites/golden/;
// later runs on any target compare with them, and a case that matches is reported CONFIRMED.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Case } from "../harness/case.ts";
import { clauseSetDiff, jsonEqual } from "../harness/compare.ts";
import type { CaseResult } from "../harness/result.ts";
import { NormalizeContext, normalizeBody } from "./normalizers.ts";

export const GOLDEN_DIR = new URL("../golden/", import.meta.url).pathname;

interface GoldenAnswer {
  status: number;
  errorType?: string;
  body: unknown;
}
interface GoldenFile {
  caseId: string;
  recordedAt: string;
  region: string;
  answers: GoldenAnswer[];
}

const fileOf = (dir: string, id: string) => join(dir, `${id.replace(/[^A-Za-z0-9._-]+/g, "_")}.json`);

function normalized(result: CaseResult): GoldenAnswer[] {
  const ctx = new NormalizeContext();
  return result.exchanges
    .filter((x) => x.answer)
    .map((x) => ({ status: x.answer!.status, errorType: x.answer!.headers["x-amzn-errortype"]?.split(":")[0], body: normalizeBody(x.answer!.body, ctx) }));
}

/**
 * A case with optional steps answers according to the context a target can give (the mock aliases an id, AWS
 * cannot): its answers are not one service's, so they are not recorded.
 */
export const recordable = (c: Case) => !c.steps?.some((s) => s.optional);

export function recorder(region: string, dir = GOLDEN_DIR) {
  return (c: Case, result: CaseResult) => {
    if (!recordable(c) || result.status === "ERROR" || result.status === "TIMEOUT" || !result.exchanges.length) return;
    mkdirSync(dir, { recursive: true });
    const file: GoldenFile = { caseId: c.id, recordedAt: new Date().toISOString(), region, answers: normalized(result) };
    writeFileSync(fileOf(dir, c.id), JSON.stringify(file, null, 1) + "\n");
  };
}

const VALIDATION = /^\d+ validation errors? detected: /;

function answerDiff(want: GoldenAnswer, got: GoldenAnswer): string[] {
  if (want.status !== got.status) return [`status ${got.status}, AWS answered ${want.status}`];
  const w = want.body as any;
  const g = got.body as any;
  const wm = typeof w?.message === "string" ? w.message : undefined;
  const gm = typeof g?.message === "string" ? g.message : undefined;
  const strip = (b: any) => (b && typeof b === "object" ? { ...b, message: undefined } : b);
  const out: string[] = [];
  if (!jsonEqual(JSON.parse(JSON.stringify(strip(w)) ?? "null"), JSON.parse(JSON.stringify(strip(g)) ?? "null"))) out.push(`body differs from AWS: ${JSON.stringify(strip(w))}`);
  if (wm !== undefined && gm !== undefined && VALIDATION.test(wm)) out.push(...clauseSetDiff(wm.replace(VALIDATION, "").split("; "), gm));
  else if (wm !== gm) out.push(`message ${JSON.stringify(gm)}, AWS answered ${JSON.stringify(wm)}`);
  return out;
}

/** A runner hook comparing each case that has a golden file with the recorded answers. */
export function goldenComparer(dir = GOLDEN_DIR) {
  return (c: Case, result: CaseResult) => {
    const path = fileOf(dir, c.id);
    if (!existsSync(path) || result.status !== "PASS") return;
    const golden = JSON.parse(readFileSync(path, "utf8")) as GoldenFile;
    const got = normalized(result);
    const diffs = golden.answers.flatMap((want, i) => (got[i] ? answerDiff(want, got[i]) : [`no answer ${i + 1}`]));
    result.golden = { recordedAt: golden.recordedAt, matched: diffs.length === 0 };
    if (diffs.length) {
      result.status = "FAIL";
      result.reasons.push(...diffs.map((d) => `golden (AWS ${golden.recordedAt}): ${d}`));
    }
  };
}
