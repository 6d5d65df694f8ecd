// How much of a refusal message the evidence supports, per member path (aws-behavior.md §2).
import type { Evidence } from "../../harness/case.ts";
import type { MemberFacts } from "./facts.ts";
import { isTopLevel } from "./facts.ts";
import type { FactId } from "../../evidence/facts.ts";

/** Sensitive members whose value-less clause was seen on the real service. */
const CONFIRMED_SENSITIVE = new Set(["Username", "Password"]);

export interface MessageEvidence {
  evidence: Evidence;
  /** Assert the clause text (only when CONFIRMED). */
  assert: boolean;
  why?: string;
  /** The registry facts the message rests on (suites/evidence/facts.ts). */
  facts: FactId[];
}

export function messageEvidence(path: string, facts: MemberFacts): MessageEvidence {
  if (/\[\]|\{/.test(path)) return { evidence: "INFERRED", assert: false, facts: ["s2.container-clauses"], why: "list items, lists of structures and map entries: the container form of the clause is INFERRED (Coral)" };
  if (!isTopLevel(path)) return { evidence: "UNKNOWN", assert: false, facts: ["s2.nested-paths"], why: "nested member paths are UNKNOWN for Cognito (dotted lowerCamelCase is the natural choice)" };
  if (/^[A-Z]{2}/.test(path)) return { evidence: "INFERRED", assert: false, facts: ["s2.acronym-names"], why: "lowerCamelCase of a name starting with an acronym is INFERRED" };
  if (facts.sensitive && !CONFIRMED_SENSITIVE.has(path)) return { evidence: "INFERRED", assert: false, facts: ["s2.sensitive-others"], why: "the value-less clause is CONFIRMED for username/password only" };
  return { evidence: "CONFIRMED", assert: true, facts: facts.sensitive ? ["s2.member-names", "s2.sensitive-username-password"] : ["s2.member-names"] };
}

/** The clause facts of the constraint texts a refusal produces. */
export function clauseFacts(texts: readonly string[]): FactId[] {
  const out = new Set<FactId>();
  for (const t of texts) {
    if (/must not be null/.test(t)) out.add("s2.clause-required");
    if (/must have length/.test(t)) out.add("s2.clause-length");
    if (/must have value/.test(t)) out.add("s2.clause-value");
    if (/regular expression pattern/.test(t)) out.add("s2.clause-pattern");
    if (/enum value set/.test(t)) out.add("s2.clause-enum");
  }
  return [...out];
}
