// Property-based fuzzing of the HTTP server over raw sockets: the request generators of the dispatcher fuzz,
// framed honestly, chunked, or with a Content-Length longer than the body (the client then gives up). The
// server must answer each complete request with a well-formed AWS answer (never 5xx), may only drop a
// connection whose request never completed, must keep serving, and its state must keep its invariants.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OPERATIONS, OPERATION_BY_TARGET, type OperationName } from "../../../generated/operations.ts";
import { isReadOperation } from "../../faults/quotas.ts";
import type { KnownValues } from "./schema-arbitrary.ts";
import { startServer, type RunningServer } from "../../server/server.ts";
import { allowedErrors, answerProblems } from "./answer-checks.ts";
import { createBaseline } from "./baseline.ts";
import { COUNTS_FAILED_ATTEMPTS, formatOutcomes, HTTP_MINIMUMS, shortfalls } from "./outcome-minimums.ts";
import { addSignInState, fuzzClock, type Examples } from "./sign-in-state.ts";
import { exchange, requestBytes, type Framing } from "./raw-http.ts";
import { requestArbitrary, type GeneratedRequest } from "./request-arbitrary.ts";
import { HTTP_RUNS, SEED, fuzzParameters } from "./runs.ts";
import { stateViolations } from "./state-invariants.ts";
import { countOutcome, countStatus, formatTally, newTally, outcomeOf } from "./tally.ts";

const BODY_LIMIT = 256 * 1024;
const tally = newTally();
const internalErrors: unknown[] = [];
let server: RunningServer;
let known: KnownValues;
let examples: Examples;
let baseline: ReturnType<typeof structuredClone<RunningServer["mock"]["state"]>>;

beforeAll(async () => {
  const built = createBaseline(SEED, { clock: fuzzClock });
  known = built.known;
  ({ examples } = await addSignInState(built));
  baseline = structuredClone(built.mock.state);
  server = await startServer({ port: 0, seed: SEED, clock: fuzzClock, bodyLimit: BODY_LIMIT, requestTimeoutMs: 2_000, headersTimeoutMs: 2_000, onInternalError: (e) => void internalErrors.push(e) });
});
afterAll(async () => {
  console.log(formatTally(`http server (seed ${SEED})`, tally));
  console.log(formatOutcomes(`http server (seed ${SEED})`, tally.outcomes));
  if (process.env.FUZZ_OUTCOMES) writeFileSync(`${process.env.FUZZ_OUTCOMES}.http`, JSON.stringify(tally.outcomes, null, 1));
  await server?.close();
});

const framing = fc.oneof({ arbitrary: fc.constant<Framing>("exact"), weight: 8 }, { arbitrary: fc.constantFrom<Framing>("chunked", "short"), weight: 1 });

async function sendAndCheck(operation: OperationName, request: GeneratedRequest, how: Framing): Promise<string[]> {
  server.mock.restore(structuredClone(baseline), 0);
  const before = structuredClone(server.mock.state);
  const { answer, received } = await exchange(server.port, requestBytes(request.method, request.headers, request.body, how), { halfClose: how === "short" });
  const problems: string[] = [];
  countOutcome(tally, operation, outcomeOf(answer));
  if (!answer) {
    countStatus(tally, "closed");
    // Only a request whose body never arrived whole may go unanswered.
    if (how !== "short") problems.push(`no answer to a complete request (received ${JSON.stringify(received.slice(0, 200))})`);
  } else {
    countStatus(tally, answer.status);
    const target = request.headers.filter(([k]) => k.toLowerCase() === "x-amz-target").map(([, v]) => v).join(", ");
    problems.push(...answerProblems(answer, allowedErrors(target || undefined)));
    if (problems.length) tally.malformed++;
    const meta = OPERATION_BY_TARGET.get(target);
    const changed = meta !== undefined && ((answer.status === 200 && !isReadOperation(meta.name)) || COUNTS_FAILED_ATTEMPTS.has(meta.name));
    const violations = stateViolations(server.mock.state, { roundTrip: changed });
    if (!changed && !isDeepStrictEqual(server.mock.state, before)) violations.push("a refused request or a read changed the state");
    tally.invariantViolations += violations.length;
    problems.push(...violations);
  }
  if (internalErrors.length) problems.push(`internal error: ${String(internalErrors.splice(0)[0])}`);
  return problems.map((p) => `${p} (answer ${answer?.status} ${answer?.body.slice(0, 300)})`);
}

describe("HTTP server over raw sockets", () => {
  test.each(Object.keys(OPERATIONS) as OperationName[])("%s: raw requests never break the server", async (operation) => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary(operation, known, examples[operation]), framing, async (request, how) => {
        expect(await sendAndCheck(operation, request, how)).toEqual([]);
      }),
      fuzzParameters(HTTP_RUNS),
    );
    // Still serving: a plain health check answers.
    const health = await fetch(`${server.url}/_mock/health`);
    expect(health.status).toBe(200);
  });

  // After every operation's run: over raw sockets too, success paths and refusals were reached.
  test("every operation reached its minimum share of successes and of each expected error", () => {
    expect(shortfalls(tally.outcomes, HTTP_MINIMUMS)).toEqual([]);
  });
});
