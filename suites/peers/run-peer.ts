// Runs the whole suite against one running implementation through the endpoint target and writes its report.
// Peers are expected to fail many cases: a run counts as done when every case got a status and the report exists.
import { allCases } from "../cases/index.ts";
import type { Case } from "../harness/case.ts";
import { runCases } from "../harness/runner.ts";
import type { RunResult } from "../harness/result.ts";
import type { Target } from "../harness/target.ts";
import { writeReport } from "../report/write.ts";
import type { Report } from "../report/entries.ts";
import { createEndpointTarget } from "../targets/endpoint.ts";

export interface PeerRun {
  run: RunResult;
  report: Report;
}

/** Per case: peers may hang on what they don't implement, and there are many cases. */
const PEER_CASE_TIMEOUT_MS = 10_000;

export async function runSuiteOn(target: Target, reportDir: string, cases: readonly Case[] = allCases()): Promise<PeerRun> {
  try {
    const run = await runCases(cases, target, { timeoutMs: PEER_CASE_TIMEOUT_MS });
    return { run, report: writeReport(run, reportDir) };
  } finally {
    await target.close();
  }
}

export async function runSuiteOnEndpoint(name: string, endpoint: string, reportDir: string, cases?: readonly Case[]): Promise<PeerRun> {
  return runSuiteOn(await createEndpointTarget({ endpoint, name }), reportDir, cases);
}
