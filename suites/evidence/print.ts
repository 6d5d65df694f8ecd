// `npx tsx suites/evidence/print.ts [--facts]`: cases per evidence label, and (--facts) every registry fact with
// its label and the number of cases citing it, so unused or overused evidence shows.
import { allCases } from "../cases/index.ts";
import { countByLabel, evidenceProblems } from "./check.ts";
import { FACTS } from "./facts.ts";

const cases = allCases();
const counts = countByLabel(cases);
console.log(`${cases.length} cases: ${Object.entries(counts).map(([l, n]) => `${n} ${l}`).join(", ")}`);
const problems = cases.flatMap((c) => evidenceProblems(c).map((p) => `${c.id}: ${p}`));
console.log(problems.length ? `${problems.length} evidence problems:\n${problems.join("\n")}` : "no evidence problems");
if (process.argv.includes("--facts")) {
  const cited = new Map<string, number>();
  for (const c of cases) for (const id of c.facts ?? []) cited.set(id, (cited.get(id) ?? 0) + 1);
  for (const [id, f] of Object.entries(FACTS)) console.log(`${String(cited.get(id) ?? 0).padStart(5)}  ${f.label.padEnd(9)} ${id}`);
}
if (problems.length) process.exitCode = 1;
