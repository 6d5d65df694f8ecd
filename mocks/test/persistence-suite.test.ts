// Change tracking against every operation: the whole conformance suite runs against `serve --state-file` in the
// mode that compares the state file with the state after every request, so a change the tracker missed (in any
// operation, today's or a future one the suite covers) fails a case; then a restart loads exactly that state. The server
// runs the conformance trigger functions (as `serve --triggers suites/fixtures/conformance-triggers.ts` does), so the
// trigger scenarios run too.
// The cases run in shards, each against a server and state file of its own: the comparison reads the whole state, so
// one server for all ~5,400 cases costs time growing with the square of the cases (8 minutes on a loaded machine).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { allCases } from "../../suites/cases/index.ts";
import { conformanceTriggers } from "../../suites/fixtures/conformance-triggers.ts";
import { runCases } from "../../suites/harness/runner.ts";
import { createEndpointTarget } from "../../suites/targets/endpoint.ts";
import { unexpectedOnOurMock } from "../../suites/targets/mock.ts";
import { readDatabase } from "../persistence/store.ts";
import { startServer } from "../server/server.ts";

const SHARDS = 6;
const cases = allCases();
const size = Math.ceil(cases.length / SHARDS);

test("the shards cover every case once", () => {
  const ids = Array.from({ length: SHARDS }, (_, i) => cases.slice(i * size, (i + 1) * size)).flat().map((c) => c.id);
  expect(ids).toEqual(cases.map((c) => c.id));
});

for (let shard = 0; shard < SHARDS; shard++) {
  const own = cases.slice(shard * size, (shard + 1) * size);
  test(`shard ${shard + 1}/${SHARDS} (${own.length} cases from ${own[0]?.id}): every case passes against \`serve --state-file\` with the file checked after each request, and the state reloads`, async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), "cc-suite-")), "state.db");
    const errors: unknown[] = [];
    const server = await startServer({ port: 0, seed: 1, stateFile, checkStateFile: true, onInternalError: (e) => errors.push(e), triggers: conformanceTriggers });
    try {
      const target = await createEndpointTarget({ endpoint: server.url });
      const run = await runCases(own, target);
      await target.close();
      expect(run.results).toHaveLength(own.length);
      expect(unexpectedOnOurMock(run)).toEqual([]);
      expect(errors).toEqual([]);
      expect(readDatabase(stateFile).state).toEqual(server.mock.state);
    } finally {
      await server.close();
    }
  }, 600_000); // a sixth of every case, the state file compared after each request: a minute or two on a loaded machine
}
