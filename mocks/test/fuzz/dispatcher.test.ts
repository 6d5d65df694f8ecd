// Property-based fuzzing of the in-process dispatcher, per operation and over mixed sequences. Every request
// starts from the baseline state; properties: no throw, no 5xx, every answer well-formed with a listed
// `__type`, a refused request (or a read) changes nothing, and the state's invariants hold afterwards.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { isReadOperation } from "../../faults/quotas.ts";
import { allowedErrors, answerProblems } from "./answer-checks.ts";
import { createBaseline } from "./baseline.ts";
import { COUNTS_FAILED_ATTEMPTS, DISPATCH_MINIMUMS, formatOutcomes, notImplemented, shortfalls } from "./outcome-minimums.ts";
import { addSignInState, fuzzClock } from "./sign-in-state.ts";
import { requestArbitrary, type GeneratedRequest } from "./request-arbitrary.ts";
import { DISPATCH_RUNS, SEED, SEQUENCE_RUNS, fuzzParameters } from "./runs.ts";
import { shows } from "./secrets.ts";
import { stateViolations } from "./state-invariants.ts";
import { countOutcome, countStatus, formatTally, newTally, outcomeOf } from "./tally.ts";
import { toWireRequest } from "./to-wire.ts";

const internalErrors: unknown[] = [];
const built = createBaseline(SEED, { clock: fuzzClock, onInternalError: (e) => void internalErrors.push(e) });
const { mock, known } = built;
const { examples, secrets } = await addSignInState(built);
const baseline = structuredClone(mock.state);
const tally = newTally();
let dirty = false;

/**
 * Sign-in attempts record their failures (lockout counts, spent sessions, failed-event records), as AWS does: a
 * refusal of these may change the state. Every other refusal, and every read, must leave it as it was.
 */

/** Sends one request and checks every property; returns the problems found (empty: all held). */
async function sendAndCheck(request: GeneratedRequest, operation?: OperationName): Promise<string[]> {
  if (dirty) mock.restore(structuredClone(baseline), 0);
  const wire = toWireRequest(request);
  const before = structuredClone(mock.state);
  let response;
  try {
    response = (await mock.respond(wire)).response; // token operations answer asynchronously
  } catch (e) {
    tally.crashes++;
    return [`threw ${(e as Error).stack}`];
  }
  countStatus(tally, response.status);
  if (operation) countOutcome(tally, operation, outcomeOf(response));
  const problems = answerProblems(response, allowedErrors(wire.headers["x-amz-target"]));
  // A refusal's message never shows a password, session, token or code of the state it ran on.
  if (response.status !== 200 && secrets.some((secret) => shows(response.body, secret))) problems.push("an error answer shows a secret of the state");
  if (problems.length) tally.malformed++;
  const meta = Object.values(OPERATIONS).find((o) => o.target === wire.headers["x-amz-target"]);
  const mayChange = meta !== undefined && ((response.status === 200 && !isReadOperation(meta.name)) || COUNTS_FAILED_ATTEMPTS.has(meta.name));
  dirty = mayChange;
  const violations = stateViolations(mock.state, { roundTrip: mayChange });
  if (!mayChange && !isDeepStrictEqual(mock.state, before)) violations.push("a refused request or a read changed the state");
  tally.invariantViolations += violations.length;
  if (internalErrors.length) problems.push(`internal error: ${String(internalErrors.splice(0)[0])}`);
  return [...problems, ...violations].map((p) => `${p} (answer ${response.status} ${response.body.slice(0, 300)})`);
}

afterAll(() => {
  console.log(formatTally(`dispatcher (seed ${SEED})`, tally));
  console.log(formatOutcomes(`dispatcher (seed ${SEED})`, tally.outcomes));
  if (process.env.FUZZ_OUTCOMES) writeFileSync(process.env.FUZZ_OUTCOMES, JSON.stringify(tally.outcomes, null, 1));
});

describe("in-process dispatcher", () => {
  test.each(Object.keys(OPERATIONS) as OperationName[])("%s: generated requests never break the mock", async (operation) => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary(operation, known, examples[operation]), async (request) => {
        expect(await sendAndCheck(request, operation)).toEqual([]);
      }),
      fuzzParameters(DISPATCH_RUNS),
    );
  });

  // After every operation's run (tests in a file run in order): the fuzz reached each success path and refusal.
  test("every operation reached its minimum share of successes and of each expected error", () => {
    if (notImplemented.size) console.log(`[fuzz] not implemented (exempt from the success minimum): ${[...notImplemented].join(", ")}`);
    expect(shortfalls(tally.outcomes, DISPATCH_MINIMUMS)).toEqual([]);
  });

  test("mixed sequences against an evolving state", async () => {
    const any = fc.constantFrom(...(Object.keys(OPERATIONS) as OperationName[])).chain((op) => requestArbitrary(op, known, examples[op]));
    await fc.assert(
      fc.asyncProperty(fc.array(any, { minLength: 2, maxLength: 6 }), async (requests) => {
        mock.restore(structuredClone(baseline), 0);
        for (const request of requests) {
          dirty = false; // the sequence keeps its own state
          expect(await sendAndCheck(request)).toEqual([]);
        }
        dirty = true;
      }),
      fuzzParameters(SEQUENCE_RUNS),
    );
  });
});
