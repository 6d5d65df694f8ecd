// A vitest reporter for CI (.ci/run): lists every skipped test with its reason at the end of a run, since the
// default reporter shows skips only as a count. The reason is the test's `ctx.skip(note)` when it gave one, else its
// title, which every skipIf test of the project uses to say what it needs ("needs python3 with boto3").
import type { Reporter, TestCase, TestModule } from "vitest/node";

/** One line per skipped test: `file > suite > test: reason`. */
export function skippedLines(modules: ReadonlyArray<Pick<TestModule, "relativeModuleId" | "children">>): string[] {
  const lines: string[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests("skipped") as Iterable<TestCase>) {
      const result = test.result();
      const note = result.state === "skipped" ? result.note : undefined;
      lines.push(`${module.relativeModuleId} > ${test.fullName}${note ? `: ${note}` : ""}`);
    }
  }
  return lines;
}

export default class SkippedReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines = skippedLines(modules);
    console.log(`\nskipped tests (${lines.length}):${lines.map((l) => `\n  ${l}`).join("") || " none"}`);
  }
}
