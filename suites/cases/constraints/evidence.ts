// How much of a refusal message the evidence supports, per member path (aws-behavior.md §2).
import type { Evidence } from "../../harness/case.ts";
import type { MemberFacts } from "./facts.ts";
import { isTopLevel } from "./facts.ts";

/** Sensitive members whose value-less clause was seen on the real service. */
const CONFIRMED_SENSITIVE = new Set(["Username", "Password"]);

export interface MessageEvidence {
  evidence: Evidence;
  /** Assert the clause text (only when CONFIRMED). */
  assert: boolean;
  why?: string;
}

export function messageEvidence(path: string, facts: MemberFacts): MessageEvidence {
  if (/\[\]|\{/.test(path)) return { evidence: "INFERRED", assert: false, why: "list items, lists of structures and map entries: the container form of the clause is INFERRED (Coral)" };
  if (!isTopLevel(path)) return { evidence: "UNKNOWN", assert: false, why: "nested member paths are UNKNOWN for Cognito (dotted lowerCamelCase is the natural choice)" };
  if (/^[A-Z]{2}/.test(path)) return { evidence: "INFERRED", assert: false, why: "lowerCamelCase of a name starting with an acronym is INFERRED" };
  if (facts.sensitive && !CONFIRMED_SENSITIVE.has(path)) return { evidence: "INFERRED", assert: false, why: "the value-less clause is CONFIRMED for username/password only" };
  return { evidence: "CONFIRMED", assert: true };
}
