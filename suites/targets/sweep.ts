// Deletes leftovers of earlier live runs: pools whose name has the run prefix AND that carry the run tag, older
// than a given age. Anything else is never touched, whatever its name.
import { call, deletePool, type Send } from "../fixtures/fixtures.ts";
import { LIVE_PREFIX, LIVE_TAG } from "./live.ts";

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `30m`, `2h`, `7d` -> milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text.trim());
  if (!m) throw new Error(`not a duration: '${text}' (use e.g. 90s, 30m, 2h, 7d)`);
  return Number(m[1]) * UNITS[m[2]];
}

export interface SweepResult {
  deleted: string[];
  /** Prefixed pools left alone, with why (too young, no tag, deletion failed). */
  kept: { id: string; name: string; reason: string }[];
}

export async function sweep(send: Send, options: { olderThanMs: number; now?: number; dryRun?: boolean }): Promise<SweepResult> {
  const now = options.now ?? Date.now();
  const result: SweepResult = { deleted: [], kept: [] };
  const candidates: { Id: string; Name: string; CreationDate?: number }[] = [];
  let NextToken: string | undefined;
  do {
    const page = await call(send, "ListUserPools", { MaxResults: 60, ...(NextToken && { NextToken }) });
    candidates.push(...(page.UserPools ?? []).filter((p: { Name?: string }) => p.Name?.startsWith(LIVE_PREFIX)));
    NextToken = page.NextToken;
  } while (NextToken);
  for (const pool of candidates) {
    const ageMs = now - (pool.CreationDate ?? now / 1000) * 1000;
    if (ageMs < options.olderThanMs) {
      result.kept.push({ id: pool.Id, name: pool.Name, reason: `younger than the limit (${Math.round(ageMs / 60_000)} min)` });
      continue;
    }
    const described = await call(send, "DescribeUserPool", { UserPoolId: pool.Id });
    if (described.UserPool?.UserPoolTags?.[LIVE_TAG] !== "true") {
      result.kept.push({ id: pool.Id, name: pool.Name, reason: `no ${LIVE_TAG} tag: not ours` });
      continue;
    }
    if (options.dryRun) {
      result.kept.push({ id: pool.Id, name: pool.Name, reason: "dry run: would delete" });
      continue;
    }
    try {
      await deletePool(send, pool.Id);
      result.deleted.push(pool.Id);
    } catch (e) {
      result.kept.push({ id: pool.Id, name: pool.Name, reason: `delete failed: ${(e as Error).message}` });
    }
  }
  return result;
}
