// Several violations in one request: the message is `N validation errors detected:` and the clauses compare as a
// set (their order is not stable on AWS). Only members whose clause is CONFIRMED take part.
import type { Case, TextMatch } from "../../harness/case.ts";
import { request } from "./derive.ts";
import { probesOf, refusalClauses } from "./derive.ts";
import { clauseFacts, messageEvidence } from "./evidence.ts";
import { isTopLevel, loadFacts, SPEC_FACTS_PATH, type OperationFacts } from "./facts.ts";
import { ABSENT, baseRequest } from "./requests.ts";

interface Violation {
  path: string;
  value: unknown;
  clauses: TextMatch[];
}

/** One violation per confirmed top-level member: the first refused probe that is not a type error. */
function violationsOf(op: OperationFacts): Violation[] {
  const out: Violation[] = [];
  for (const [path, facts] of Object.entries(op.input)) {
    if (!isTopLevel(path) || !messageEvidence(path, facts).assert) continue;
    const probe = probesOf(op, path, facts).find((p) => !p.accepted && !p.serialization && p.value !== ABSENT);
    if (probe) out.push({ path, value: probe.value, clauses: refusalClauses(path, facts, probe.value) });
  }
  return out;
}

function multiCase(name: string, op: OperationFacts, rule: string, violations: Violation[], missing: string[] = []): Case {
  const body: Record<string, unknown> = baseRequest(op, "stand-ins");
  for (const v of violations) body[v.path] = v.value;
  for (const m of missing) delete body[m];
  const clauses = [...violations.flatMap((v) => v.clauses), ...missing.flatMap((m) => refusalClauses(m, op.input[m], ABSENT))];
  const members = [...violations.map((v) => v.path), ...missing];
  return {
    id: `constraint/${name}/*/${rule}`,
    suite: "constraint",
    operation: name,
    member: members.join(","),
    rule,
    title: `${name}: ${clauses.length} violations (${members.join(", ")}) give one clause each, in any order`,
    sources: members.map((m) => ({ kind: "spec" as const, ref: `${SPEC_FACTS_PATH}#${name}.input.${m}` })),
    facts: [...new Set(["s2.several", "s2.invalid-parameter", ...members.flatMap((m) => messageEvidence(m, op.input[m]).facts), ...clauseFacts(clauses.map((c) => (typeof c === "string" ? c : c.pattern)))])],
    evidence: "CONFIRMED",
    needs: [],
    request: request(name, op.target, body),
    expect: { status: 400, errorType: "InvalidParameterException", message: { clauses } },
  };
}

export function deriveMultiViolationCases(): Case[] {
  const cases: Case[] = [];
  for (const [name, op] of Object.entries(loadFacts().operations)) {
    const violations = violationsOf(op);
    const required = Object.keys(op.input).filter((p) => isTopLevel(p) && op.input[p].required && messageEvidence(p, op.input[p]).assert);
    if (violations.length >= 2) cases.push(multiCase(name, op, "multi-all-members-refused", violations));
    for (let i = 0; i + 1 < violations.length; i++) cases.push(multiCase(name, op, `multi-pair-${i + 1}-refused`, violations.slice(i, i + 2)));
    if (required.length >= 2) cases.push(multiCase(name, op, "multi-all-required-missing", [], required));
    const optional = violations.find((v) => !op.input[v.path].required);
    if (optional && required.length) cases.push(multiCase(name, op, "multi-missing-and-invalid", [optional], [required[0]]));
  }
  return cases;
}
