// What every answer must be: never 5xx; awsJson1_1 headers; a success is a JSON object; an error is exactly
// {"__type","message"?} with a matching x-amzn-ErrorType and a `__type` the operation (or the protocol) lists.
import type { WireResponse } from "../../../generated/handlers.ts";
import { OPERATIONS, OPERATION_BY_TARGET, PROTOCOL_ERRORS } from "../../../generated/operations.ts";
import { notImplementedOperations } from "../../operations/index.ts";

/** The error types an answer to a request with this X-Amz-Target may carry. */
export function allowedErrors(target: string | undefined, extra: readonly string[] = []): Set<string> {
  const meta = OPERATION_BY_TARGET.get(target ?? "");
  // NotImplementedException (501) is a protocol error of the spec, but only operations not emulated yet may send it.
  const notEmulated = meta !== undefined && notImplementedOperations.has(meta.name);
  const protocol = PROTOCOL_ERRORS.filter((e) => e !== NOT_IMPLEMENTED || notEmulated);
  return new Set([...protocol, ...(meta ? OPERATIONS[meta.name].errors : []), ...extra]);
}

const NOT_IMPLEMENTED = "NotImplementedException";

/** The problems with an answer (empty when it is well-formed). */
export function answerProblems(response: Pick<WireResponse, "status" | "body"> & { headers: Record<string, string | undefined> }, allowed: Set<string>): string[] {
  const problems: string[] = [];
  const header = (name: string) => Object.entries(response.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  // The one 5xx allowed: 501 NotImplementedException from an operation the mock lists as not emulated yet.
  const notEmulated = response.status === 501 && allowed.has(NOT_IMPLEMENTED) && response.body.includes(`"${NOT_IMPLEMENTED}"`);
  if (response.status >= 500 && !notEmulated) problems.push(`status ${response.status}`);
  if (header("content-type") !== "application/x-amz-json-1.1") problems.push(`content-type ${header("content-type")}`);
  if (!header("x-amzn-requestid")) problems.push("no x-amzn-RequestId");
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return [...problems, `body is not JSON: ${response.body.slice(0, 200)}`];
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return [...problems, "body is not a JSON object"];
  if (response.status === 200) return problems;
  if (response.status !== 400 && response.status !== 413 && !notEmulated) problems.push(`error status ${response.status}`);
  const { __type, message, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length) problems.push(`extra error members ${Object.keys(rest).join(",")}`);
  if (typeof __type !== "string" || !allowed.has(__type)) problems.push(`__type ${String(__type)} not in the operation's list`);
  if (message !== undefined && typeof message !== "string") problems.push("message is not a string");
  if (header("x-amzn-errortype") !== `${String(__type)}:`) problems.push(`x-amzn-ErrorType ${header("x-amzn-errortype")}`);
  const headerMessage = header("x-amzn-errormessage");
  if ((headerMessage === undefined) !== (message === undefined)) problems.push("x-amzn-ErrorMessage and message disagree");
  if (headerMessage !== undefined && !/^[\x20-\x7e]*$/.test(headerMessage)) problems.push("x-amzn-ErrorMessage is not visible ASCII");
  return problems;
}
