#!/usr/bin/env node
// The `cognito-conformance` command: dist/scripts/cli.js when installed, this file through tsx (scripts/cli.mjs) in
// the repository. Subcommand -> module. Each module exports `main(argv)` and parses its own options with parseArgs.
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const SUBCOMMANDS: Record<string, { module: string; summary: string }> = {
  // generate needs the spec and openapi-typescript (development only), so only the repository's command has it.
  ...(FROM_SOURCE ? { generate: { module: "./generate-cli.ts", summary: "regenerate generated/ from spec/ (types, validators, MSW handlers)" } } : {}),
  serve: { module: "../mocks/server/cli.ts", summary: "serve the mock over HTTP for any SDK or the AWS CLI" },
  run: { module: "../suites/cli/run.ts", summary: "run the conformance suites against a target and write the report" },
  report: { module: "../suites/cli/report.ts", summary: "compare runs: report --compare a/report.json b/report.json ... -> one HTML page" },
  sweep: { module: "../suites/cli/sweep.ts", summary: "delete leftover pools of earlier live runs (prefix and tag only)" },
};

function usage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(10)}${s.summary}`);
  return ["usage: cognito-conformance <command> [options]", "", "commands:", ...rows, "", "`cognito-conformance <command> --help` for a command's options."].join("\n");
}

const [command, ...rest] = process.argv.slice(2);
if (!command || command === "--help" || command === "-h") {
  console.log(usage());
  process.exit(command ? 0 : 2);
}
const entry = SUBCOMMANDS[command];
if (!entry) {
  console.error(`cognito-conformance: unknown command '${command}'\n\n${usage()}`);
  process.exit(2);
}
const mod = (await import(entry.module)) as { main(argv: string[]): Promise<number | void> | number | void };
const code = await mod.main(rest);
if (typeof code === "number") process.exitCode = code;
