import { parseArgs } from "node:util";
import { GENERATED_DIR, generate } from "./generate.ts";

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log("usage: cognito-conformance generate [--out DIR]\nRegenerates generated/ (or DIR) from spec/cognito-idp.openapi.yaml.");
    return 0;
  }
  const outDir = values.out ?? GENERATED_DIR;
  const files = await generate(outDir);
  console.log(`generated ${Object.keys(files).length} files in ${outDir}`);
  return 0;
}
