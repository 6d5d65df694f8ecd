// The operation table: target, authentication, error list and typed input/output of each operation.
import { operationsOf, type OpenApiDoc } from "./spec.ts";

export function emitOperations(doc: OpenApiDoc): string {
  const ops = operationsOf(doc);
  const service = doc["x-aws-service"];
  const out: string[] = [];
  out.push(`import { createRequire } from "node:module";`);
  out.push(`import type { ErrorObject } from "ajv";`);
  out.push(`import type { components } from "./types.ts";`);
  out.push(``);
  out.push(`export interface InputValidator {`);
  out.push(`  (data: unknown): boolean;`);
  out.push(`  errors?: ErrorObject[] | null;`);
  out.push(`}`);
  out.push(`/** An operation's validators.<Operation>.cjs, required on its first request rather than at start. */`);
  out.push(`const loaded = new Map<string, { validate: InputValidator; schema: Record<string, any> }>();`);
  out.push(`const requireHere = createRequire(import.meta.url);`);
  out.push(`function validatorOf(name: string): { validate: InputValidator; schema: Record<string, any> } {`);
  out.push(`  let v = loaded.get(name);`);
  out.push(`  if (!v) loaded.set(name, (v = requireHere(\`./validators.\${name}.cjs\`)));`);
  out.push(`  return v!;`);
  out.push(`}`);
  out.push(``);
  out.push(`export const SERVICE = ${JSON.stringify(service)} as const;`);
  out.push(`/** Errors any operation may answer, from the protocol rather than the operation. */`);
  out.push(`export const PROTOCOL_ERRORS = ${JSON.stringify(doc["x-aws-protocol-errors"])} as const;`);
  out.push(``);
  out.push(`export interface OperationIO {`);
  for (const op of ops) {
    const output = op.output ? `components["schemas"]["${op.output}"]` : `Record<string, never>`;
    out.push(`  ${op.name}: { input: components["schemas"]["${op.input}"]; output: ${output} };`);
  }
  out.push(`}`);
  out.push(`export type OperationName = keyof OperationIO;`);
  out.push(`export type InputOf<O extends OperationName> = OperationIO[O]["input"];`);
  out.push(`export type OutputOf<O extends OperationName> = OperationIO[O]["output"];`);
  out.push(``);
  out.push(`export interface OperationMeta {`);
  out.push(`  name: OperationName;`);
  out.push(`  target: string;`);
  out.push(`  /** "none" for operations AWS serves without a SigV4 signature; "access-token" for those a user's access token`);
  out.push(`   * in the input authorizes (unsigned at the HTTP level too: the operation verifies the token). */`);
  out.push(`  auth: "sigv4" | "none" | "access-token";`);
  out.push(`  /** The input member carrying the access token, for "access-token" operations. */`);
  out.push(`  accessTokenMember?: string;`);
  out.push(`  /** The errors the AWS model lists for the operation. */`);
  out.push(`  errors: readonly string[];`);
  out.push(`  hasOutput: boolean;`);
  out.push(`  validate: InputValidator;`);
  out.push(`  /** The schema \`validate\` was compiled from. */`);
  out.push(`  inputSchema: Record<string, any>;`);
  out.push(`}`);
  out.push(``);
  out.push(`export const OPERATIONS: { readonly [O in OperationName]: OperationMeta & { name: O } } = {`);
  for (const op of ops) {
    out.push(`  ${op.name}: {`);
    out.push(`    name: "${op.name}",`);
    out.push(`    target: "${op.target}",`);
    out.push(`    auth: "${op.auth}",`);
    if (op.accessTokenMember) out.push(`    accessTokenMember: "${op.accessTokenMember}",`);
    out.push(`    errors: ${JSON.stringify(op.errors)},`);
    out.push(`    hasOutput: ${op.output !== undefined},`);
    out.push(`    get validate() { return validatorOf("${op.name}").validate; },`);
    out.push(`    get inputSchema() { return validatorOf("${op.name}").schema; },`);
    out.push(`  },`);
  }
  out.push(`};`);
  out.push(``);
  out.push(`/** X-Amz-Target header value -> operation. */`);
  out.push(`export const OPERATION_BY_TARGET: ReadonlyMap<string, OperationMeta> = new Map(`);
  out.push(`  Object.values(OPERATIONS).map((op) => [op.target, op as OperationMeta]),`);
  out.push(`);`);
  return out.join("\n") + "\n";
}
