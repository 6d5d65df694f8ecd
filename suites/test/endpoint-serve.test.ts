// The endpoint target against our own HTTP server: every case must pass over the wire too.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../../mocks/server/server.ts";
import { allCases } from "../cases/index.ts";
import { runCases } from "../harness/runner.ts";
import { createEndpointTarget } from "../targets/endpoint.ts";
import { unexpectedOnOurMock } from "../targets/mock.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 1, onInternalError: () => {} });
});
afterAll(() => server?.close());

test("every case passes against `serve` through the endpoint target", async () => {
  const target = await createEndpointTarget({ endpoint: server.url });
  expect(target.capabilities.has("control-api")).toBe(true);
  const run = await runCases(allCases(), target);
  await target.close();
  expect(unexpectedOnOurMock(run)).toEqual([]);
}, 600_000);
