// The endpoint target against our own HTTP server: every case must pass over the wire too. The server runs the
// conformance trigger functions (as `serve --triggers suites/fixtures/conformance-triggers.ts` does), so the trigger
// scenarios run; a server without them gives those scenarios PRECONDITION_FAILED, as live AWS does.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../../mocks/server/server.ts";
import { allCases } from "../cases/index.ts";
import { CONFORMANCE_TRIGGERS_CAPABILITY, conformanceTriggers } from "../fixtures/conformance-triggers.ts";
import { runCases } from "../harness/runner.ts";
import { createEndpointTarget } from "../targets/endpoint.ts";
import { unexpectedOnOurMock } from "../targets/mock.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 1, onInternalError: () => {}, triggers: conformanceTriggers });
});
afterAll(() => server?.close());

test("every case passes against `serve` through the endpoint target", async () => {
  const target = await createEndpointTarget({ endpoint: server.url });
  expect(target.capabilities.has("control-api")).toBe(true);
  expect(target.capabilities.has(CONFORMANCE_TRIGGERS_CAPABILITY)).toBe(true);
  const run = await runCases(allCases(), target);
  await target.close();
  expect(unexpectedOnOurMock(run)).toEqual([]);
}, 600_000);

test("without the conformance functions the trigger scenarios are PRECONDITION_FAILED, naming what is missing", async () => {
  const bare = await startServer({ port: 0, seed: 1, onInternalError: () => {} });
  try {
    const target = await createEndpointTarget({ endpoint: bare.url });
    expect(target.capabilities.has(CONFORMANCE_TRIGGERS_CAPABILITY)).toBe(false);
    const triggerCases = allCases().filter((c) => c.needs.includes(CONFORMANCE_TRIGGERS_CAPABILITY));
    expect(triggerCases.length).toBeGreaterThan(20);
    const run = await runCases(triggerCases, target);
    await target.close();
    expect(run.results.filter((r) => r.status !== "PRECONDITION_FAILED" || !r.reasons.join().includes(CONFORMANCE_TRIGGERS_CAPABILITY)).map((r) => r.id)).toEqual([]);
  } finally {
    await bare.close();
  }
}, 120_000);

test("the trigger scenarios pass over the wire when the server runs the functions", async () => {
  const target = await createEndpointTarget({ endpoint: server.url });
  const run = await runCases(allCases().filter((c) => c.needs.includes(CONFORMANCE_TRIGGERS_CAPABILITY)), target);
  await target.close();
  expect(run.results.filter((r) => r.status !== "PASS").map((r) => `${r.id} ${r.status}: ${r.reasons.join("; ")}`)).toEqual([]);
}, 120_000);
