// --record then compare: answers recorded through the aws target (pointed at our mock) are normalized, and a later
// run matches them (CONFIRMED in the report) or fails with the difference.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { createCognitoMock } from "../../mocks/index.ts";
import { allCases } from "../cases/index.ts";
import { runCases } from "../harness/runner.ts";
import { goldenComparer, recordable, recorder } from "../record/golden.ts";
import { buildReport } from "../report/entries.ts";
import { awsTarget } from "../targets/aws.ts";
import { mockTarget } from "../targets/mock.ts";
import { TEST_CREDENTIALS } from "../targets/signing.ts";
import { inProcessTransport } from "./in-process.ts";

test("recorded answers are normalized, matched, and a differing answer fails", async () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-"));
  const cases = allCases().filter((c) => /^protocol\/(success|error|empty-output)/.test(c.id) || c.id.startsWith("constraint/DescribeUserPool/UserPoolId/"));
  const live = awsTarget({ region: "us-east-1", credentials: TEST_CREDENTIALS, transport: inProcessTransport(createCognitoMock({ seed: 9 })).transport, requestsPerSecond: 1000 });
  await runCases(cases, live, { afterCase: recorder("us-east-1", dir) });
  await live.close();
  const files = readdirSync(dir);
  // Cases with optional steps (context only the mock can give) are not recorded.
  expect(cases.some((c) => !recordable(c))).toBe(true);
  expect(files.length).toBe(cases.filter(recordable).length);
  const success = readFileSync(join(dir, files.find((f) => f.startsWith("protocol_success"))!), "utf8");
  expect(success).toContain("<user-pool-id:1>");
  expect(success).toContain('"<date>"');
  expect(success).not.toMatch(/us-east-1_[0-9A-Za-z]{6,}|cognito-conformance-[0-9a-z]{6,}/);

  const mock = mockTarget({ seed: 2 });
  const run = await runCases(cases, mock, { afterCase: goldenComparer(dir) });
  await mock.close();
  expect(run.results.filter((r) => r.status !== "PASS").map((r) => `${r.id}: ${r.reasons.join("; ")}`)).toEqual([]);
  const recorded = run.results.filter((r) => recordable(cases.find((c) => c.id === r.id)!));
  expect(recorded.every((r) => r.golden?.matched)).toBe(true);
  expect(buildReport({ ...run, results: recorded }).entries.every((e) => e.evidence === "CONFIRMED")).toBe(true);

  const broken = mockTarget({ wrap: (dispatch) => async (r, n) => {
    const answer = await dispatch(r, n);
    return { ...answer, body: answer.body.replace("does not exist.", "was not found.") };
  } });
  const differing = await runCases(cases.filter((c) => c.id === "protocol/error/shape"), broken, { afterCase: goldenComparer(dir) });
  await broken.close();
  expect(differing.results[0].status).toBe("FAIL");
});
