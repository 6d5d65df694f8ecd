// What a fuzz run must have reached, per operation: a minimum share of successes (the fuzz builds live state and
// mutates valid requests on it, so a run that never succeeds tests nothing past validation) and of each refusal the
// operation's input makes expected. Operations the mock does not emulate yet (mocks/operations/index.ts's
// `NOT_EMULATED`) are exempt from the success minimum and listed as such.
import { OPERATIONS, type OperationName } from "../../../generated/operations.ts";
import { notImplementedOperations } from "../../operations/index.ts";

/** Operations whose refusals change the state by design: they count failed attempts (lockout, code attempts). */
export const COUNTS_FAILED_ATTEMPTS: ReadonlySet<string> = new Set([
  "InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge", "ConfirmSignUp",
  "ConfirmForgotPassword", "ChangePassword", "VerifySoftwareToken", "VerifyUserAttribute",
]);

/** Read from one place: the implementations' own list of operations answered with the not-implemented error. */
export const notImplemented: ReadonlySet<string> = notImplementedOperations;

export interface Minimums {
  success: number;
  error: number;
}

/** Shares of an operation's requests. The default run sends 100 per operation through the dispatcher, 20 over HTTP. */
export const DISPATCH_MINIMUMS: Minimums = { success: 0.1, error: 0.01 };
/** Over HTTP fewer requests per operation, so only the success minimum (a share of 20 is too coarse for each error). */
export const HTTP_MINIMUMS: Minimums = { success: 0.1, error: 0 };

/** The refusals every run must reach for an operation, derived from its input and its listed errors. */
export function expectedErrors(operation: OperationName): string[] {
  const meta = OPERATIONS[operation];
  const schema = meta.inputSchema as { properties?: Record<string, unknown>; required?: string[] };
  const members = new Set(Object.keys(schema.properties ?? {}));
  const listed = new Set<string>(meta.errors);
  const out = ["SerializationException"];
  if (schema.required?.length) out.push("InvalidParameterException");
  if (meta.auth === "sigv4") out.push("MissingAuthenticationTokenException");
  // Not emulated yet: past validation the answer is the typed 501, so the lookups' refusals cannot come.
  if (notImplemented.has(operation)) return [...out, "NotImplementedException"];
  if ((members.has("UserPoolId") || members.has("ClientId")) && listed.has("ResourceNotFoundException")) out.push("ResourceNotFoundException");
  if (members.has("AccessToken") && listed.has("NotAuthorizedException")) out.push("NotAuthorizedException");
  return out;
}

/** Where a run fell short, one line per operation and outcome; empty when every minimum held. */
export function shortfalls(outcomes: Record<string, Record<string, number>>, minimums: Minimums, names: readonly OperationName[] = Object.keys(OPERATIONS) as OperationName[]): string[] {
  const found: string[] = [];
  for (const operation of names) {
    const counts = outcomes[operation];
    const total = Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
    if (!total) {
      found.push(`${operation}: no requests counted`);
      continue;
    }
    const share = (outcome: string) => (counts[outcome] ?? 0) / total;
    if (!notImplemented.has(operation) && share("200") < minimums.success) found.push(`${operation}: ${counts["200"] ?? 0} of ${total} succeeded, under ${minimums.success * 100}%`);
    for (const error of expectedErrors(operation)) {
      if (share(error) < minimums.error) found.push(`${operation}: ${counts[error] ?? 0} of ${total} answered ${error}, under ${minimums.error * 100}%`);
    }
  }
  return found;
}

/** One line per operation for the run's log: its share of successes and of each outcome. */
export function formatOutcomes(label: string, outcomes: Record<string, Record<string, number>>): string {
  const lines = Object.entries(outcomes).map(([operation, counts]) => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const exempt = notImplemented.has(operation) ? " (not implemented: exempt from the success minimum)" : "";
    return `  ${operation}: ${counts["200"] ?? 0}/${total} succeeded${exempt}; ${JSON.stringify(counts)}`;
  });
  return [`[fuzz] ${label}, outcomes per operation:`, ...lines].join("\n");
}
