// CI's skip list (scripts/skipped-reporter.ts): every skipped test appears with its file, its full name and the note
// it gave; passed and failed tests do not.
import { expect, test } from "vitest";
import { skippedLines } from "../skipped-reporter.ts";

const testCase = (fullName: string, result: { state: string; note?: string }) => ({ fullName, result: () => result });
const moduleOf = (relativeModuleId: string, tests: ReturnType<typeof testCase>[]) =>
  ({
    relativeModuleId,
    children: { *allTests(state?: string) { for (const t of tests) if (!state || t.result().state === state) yield t; } },
  }) as unknown as Parameters<typeof skippedLines>[0][number];

test("each skipped test is listed with its note, or its title alone when it gave none", () => {
  const modules = [
    moduleOf("mocks/test/a.test.ts", [testCase("boto3 > signs in (needs python3 with boto3)", { state: "skipped" }), testCase("runs", { state: "passed" })]),
    moduleOf("suites/vitest/live.test.ts", [testCase("live", { state: "skipped", note: "COGNITO_CONFORMANCE_LIVE is not 1" }), testCase("broken", { state: "failed" })]),
  ];
  expect(skippedLines(modules)).toEqual(["mocks/test/a.test.ts > boto3 > signs in (needs python3 with boto3)", "suites/vitest/live.test.ts > live: COGNITO_CONFORMANCE_LIVE is not 1"]);
});
