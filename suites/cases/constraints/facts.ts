// The spec flattened to member facts (generated/spec-facts.json), and walking it by member path.
import { readFileSync } from "node:fs";
import type { ApiFacts, MemberFacts, OperationFacts } from "../../../scripts/lib/facts.ts";

export type { ApiFacts, MemberFacts, OperationFacts };

export const SPEC_FACTS_PATH = "generated/spec-facts.json";

let cached: ApiFacts | undefined;
export function loadFacts(): ApiFacts {
  cached ??= JSON.parse(readFileSync(new URL("../../../generated/spec-facts.json", import.meta.url), "utf8")) as ApiFacts;
  return cached;
}

/** Direct members of a structure (`""` = the input itself; `A[]` = the items of list A). */
export function childrenOf(op: OperationFacts, parent: string): string[] {
  const prefix = parent === "" ? "" : `${parent}.`;
  return Object.keys(op.input).filter((p) => p.startsWith(prefix) && !/[.{]|\[\]$/.test(p.slice(prefix.length)) && p !== parent);
}

export const isTopLevel = (path: string) => !/[.[{]/.test(path);
