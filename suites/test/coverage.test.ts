// Issue 4's bar: every error the spec lists for an operation and every member constraint has a case, or is
// listed as not testable with the reason. A new spec error or member fails here until one of the two exists.
import { expect, test } from "vitest";
import { coverage } from "../cases/coverage.ts";
import { allCases } from "../cases/index.ts";

test("nothing in the coverage table is left without a case or a reason", () => {
  const rows = coverage(allCases());
  expect(rows.filter((r) => r.status === "no case yet").map((r) => `${r.operation}: ${r.what}`)).toEqual([]);
  expect(rows.filter((r) => r.status === "not testable" && !r.reason)).toEqual([]);
});
