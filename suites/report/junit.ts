// junit.xml for CI systems: one testsuite per operation, one testcase per case.
import type { Report } from "./entries.ts";
import { NOT_APPLICABLE, type Status } from "../harness/case.ts";

const xml = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "?").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderJunit(report: Report): string {
  const suites = new Map<string, typeof report.entries>();
  for (const e of report.entries) suites.set(e.operation, [...(suites.get(e.operation) ?? []), e]);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="cognito-conformance ${xml(report.target)}" tests="${report.entries.length}">`];
  for (const [op, entries] of suites) {
    const count = (f: (s: Status) => boolean) => entries.filter((e) => f(e.status)).length;
    out.push(
      `  <testsuite name="${xml(op)}" tests="${entries.length}" failures="${count((s) => s === "FAIL")}" errors="${count((s) => s === "ERROR" || s === "TIMEOUT")}" skipped="${count((s) => NOT_APPLICABLE.has(s))}">`,
    );
    for (const e of entries) {
      const why = xml(e.reasons.join("\n"));
      const head = `    <testcase classname="${xml(`${report.target}.${op}`)}" name="${xml(e.id)}" time="${(e.durationMs / 1000).toFixed(3)}"`;
      if (e.status === "PASS") out.push(`${head}/>`);
      else if (e.status === "FAIL") out.push(`${head}><failure message="${why.split("\n")[0]}">${why}</failure></testcase>`);
      else if (e.status === "ERROR" || e.status === "TIMEOUT") out.push(`${head}><error type="${e.status}" message="${why.split("\n")[0]}">${why}</error></testcase>`);
      else out.push(`${head}><skipped message="${e.status}: ${why.split("\n")[0]}"/></testcase>`);
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>", "");
  return out.join("\n");
}
