// `node --import ./no-msw.mjs ...`: fails the process if anything resolves msw (serve must not load it).
import { register } from "node:module";

register("data:text/javascript," + encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === "msw" || specifier.startsWith("msw/")) throw new Error("msw was loaded by " + context.parentURL);
  return next(specifier, context);
}`));
