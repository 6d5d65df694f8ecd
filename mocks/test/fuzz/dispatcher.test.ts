// Property-based fuzzing of the in-process dispatcher, per operation and over mixed sequences. Every request
// starts from the baseline state; properties: no throw, no 5xx, every answer well-formed with a listed
// `__type`, a refused request (or a read) changes nothing, and the state's invariants hold afterwards.
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { isReadOperation } from "../../faults/quotas.ts";
import { allowedErrors, answerProblems } from "./answer-checks.ts";
import { createBaseline } from "./baseline.ts";
import { requestArbitrary, type GeneratedRequest } from "./request-arbitrary.ts";
import { DISPATCH_RUNS, SEED, SEQUENCE_RUNS, fuzzParameters } from "./runs.ts";
import { stateViolations } from "./state-invariants.ts";
import { countStatus, formatTally, newTally } from "./tally.ts";
import { toWireRequest } from "./to-wire.ts";

const internalErrors: unknown[] = [];
const { mock, known } = createBaseline(SEED, { onInternalError: (e) => void internalErrors.push(e) });
const baseline = structuredClone(mock.state);
const tally = newTally();
let dirty = false;

/**
 * Sign-in attempts record their failures (lockout counts, spent sessions, failed-event records), as AWS does: a
 * refusal of these may change the state. Every other refusal, and every read, must leave it as it was.
 */
const ATTEMPTS = new Set<string>(["InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge", "ConfirmSignUp", "ConfirmForgotPassword", "ChangePassword", "VerifySoftwareToken"]);

/** Sends one request and checks every property; returns the problems found (empty: all held). */
async function sendAndCheck(request: GeneratedRequest): Promise<string[]> {
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
  const problems = answerProblems(response, allowedErrors(wire.headers["x-amz-target"]));
  if (problems.length) tally.malformed++;
  const meta = Object.values(OPERATIONS).find((o) => o.target === wire.headers["x-amz-target"]);
  const mayChange = meta !== undefined && ((response.status === 200 && !isReadOperation(meta.name)) || ATTEMPTS.has(meta.name));
  dirty = mayChange;
  const violations = stateViolations(mock.state, { roundTrip: mayChange });
  if (!mayChange && !isDeepStrictEqual(mock.state, before)) violations.push("a refused request or a read changed the state");
  tally.invariantViolations += violations.length;
  if (internalErrors.length) problems.push(`internal error: ${String(internalErrors.splice(0)[0])}`);
  return [...problems, ...violations].map((p) => `${p} (answer ${response.status} ${response.body.slice(0, 300)})`);
}

afterAll(() => console.log(formatTally(`dispatcher (seed ${SEED})`, tally)));

describe("in-process dispatcher", () => {
  test.each(Object.keys(OPERATIONS) as OperationName[])("%s: generated requests never break the mock", async (operation) => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary(operation, known), async (request) => {
        expect(await sendAndCheck(request)).toEqual([]);
      }),
      fuzzParameters(DISPATCH_RUNS),
    );
  });

  test("mixed sequences against an evolving state", async () => {
    const any = fc.constantFrom(...(Object.keys(OPERATIONS) as OperationName[])).chain((op) => requestArbitrary(op, known));
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
