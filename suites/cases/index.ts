// Every case family. A new family (behaviour scenarios, peer expectations) adds one line here.
import type { Case } from "../harness/case.ts";
import { behaviourCases } from "./behaviour/index.ts";
import { deriveMemberCases } from "./constraints/derive.ts";
import { deriveMultiViolationCases } from "./constraints/multi.ts";
import { protocolCases } from "./protocol/protocol.ts";

export const CASE_FAMILIES: Record<string, () => Case[]> = {
  protocol: protocolCases,
  constraint: () => [...deriveMemberCases(), ...deriveMultiViolationCases()],
  behaviour: () => behaviourCases,
};

let cached: Case[] | undefined;
export function allCases(): Case[] {
  if (!cached) {
    cached = Object.values(CASE_FAMILIES).flatMap((family) => family());
    const seen = new Set<string>();
    for (const c of cached) {
      if (seen.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
      seen.add(c.id);
    }
  }
  return cached;
}

/** `--only`: a regular expression on case ids (a plain substring works too). */
export function selectCases(cases: readonly Case[], only?: string): Case[] {
  if (!only) return [...cases];
  const re = new RegExp(only);
  return cases.filter((c) => re.test(c.id) || c.id.includes(only));
}
