// Change tracking against every operation: the whole conformance suite runs against `serve --state-file` in the
// mode that compares the state file with the state after every request, so a change the tracker missed (in any
// operation, today's or a future one the suite covers) fails a case; then a restart loads exactly that state.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { allCases } from "../../suites/cases/index.ts";
import { runCases } from "../../suites/harness/runner.ts";
import { createEndpointTarget } from "../../suites/targets/endpoint.ts";
import { unexpectedOnOurMock } from "../../suites/targets/mock.ts";
import { readDatabase } from "../persistence/store.ts";
import { startServer } from "../server/server.ts";

test("every case passes against `serve --state-file` with the file checked after each request, and the state reloads", async () => {
  const stateFile = join(mkdtempSync(join(tmpdir(), "cc-suite-")), "state.db");
  const errors: unknown[] = [];
  const server = await startServer({ port: 0, seed: 1, stateFile, checkStateFile: true, onInternalError: (e) => errors.push(e) });
  try {
    const target = await createEndpointTarget({ endpoint: server.url });
    const run = await runCases(allCases(), target);
    await target.close();
    expect(unexpectedOnOurMock(run)).toEqual([]);
    expect(errors).toEqual([]);
    expect(readDatabase(stateFile).state).toEqual(server.mock.state);
  } finally {
    await server.close();
  }
}, 900_000); // every case of all 129 operations, the state file compared after each request: minutes on a loaded machine
