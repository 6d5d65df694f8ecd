// The nightly drift check: every case against a real AWS account. Opt-in only (COGNITO_CONFORMANCE_LIVE=1, a region
// and credentials); otherwise vitest reports it skipped, with the reason, so a run without credentials never
// counts it as passed.
import { expect, test } from "vitest";
import { main as run } from "../cli/run.ts";
import { liveSettings } from "../targets/live.ts";

const live = await liveSettings(undefined);
const title = live.ok ? "every case against live AWS" : `every case against live AWS (skipped: ${live.reason})`;

test.skipIf(!live.ok)(title, async () => {
  expect(await run(["--target", "aws", "--quiet", "--report", "reports/aws"])).toBe(0);
}, 90 * 60_000);
