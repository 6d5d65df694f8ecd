// Shared by the validator tests: a member's facts from the generated spec facts, and the generated validator's
// answer for an input (undefined when valid), as the dispatcher would send it.
import facts from "../../generated/spec-facts.json" with { type: "json" };
import { OPERATIONS, type OperationName } from "../../generated/operations.ts";
import { validationError } from "../../mocks/protocol/validation.ts";

export const POOL = "us-east-1_AbCdEf123";

export const fact = (op: OperationName, path: string) => {
  const f = (facts.operations as Record<string, { input: Record<string, any> }>)[op].input[path];
  if (!f) throw new Error(`${op} has no input member ${path}`);
  return f as { min?: number; max?: number; pattern?: string; enum?: string[]; sensitive?: true };
};

export const check = (op: OperationName, input: unknown) => validationError(OPERATIONS[op].validate, OPERATIONS[op].inputSchema, input);

/** `<type>: <message>`, or "valid". */
export const message = (op: OperationName, input: unknown) => {
  const e = check(op, input);
  return e ? `${e.type}: ${e.awsMessage ?? ""}` : "valid";
};
