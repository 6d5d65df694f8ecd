// `serve --triggers <module>`: a local ES module mapping function names (or ARNs, or LambdaConfig member names) to
// handlers, for teams without a Lambda emulator. Its default export, else its named exports, that are functions.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { TriggerFunctions } from "./runtime.ts";

export async function loadTriggerModule(path: string): Promise<TriggerFunctions> {
  const loaded = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  const source = (loaded.default !== null && typeof loaded.default === "object" ? loaded.default : loaded) as Record<string, unknown>;
  const functions = Object.fromEntries(Object.entries(source).filter(([, v]) => typeof v === "function")) as TriggerFunctions;
  if (!Object.keys(functions).length) throw new Error(`--triggers ${path}: the module exports no functions`);
  return functions;
}
