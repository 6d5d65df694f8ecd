// Build step (scripts/build.mjs, issue 21): in the compiled package, each operation's module loads on that
// operation's first call instead of at start-up. mocks/operations/index.ts imports all of them statically (the
// sources run under tsx and vitest, where nothing loads a TypeScript module synchronously); its compiled form is
// rewritten here so that every `import { fn } from "./<operation>.js"` becomes a function that requires the module
// on first call. require() of an ES module is synchronous on Node ^20.19 and >= 22.12 (the package's engines) and shares the
// module with import(), so an operation stays synchronous and every module still has a single instance. The
// operations and what they import (sign-in, tokens, risk, pools: ~150 modules) were most of serve's start-up.
import { readFileSync, writeFileSync } from "node:fs";

/** Imports kept as they are: modules the index itself calls while it is evaluated. */
const EAGER = new Set(["./not-implemented.js"]);
const IMPORT = /^import \{ (\w+) \} from "(\.\/[\w-]+\.js)";$/;

/** Rewrites dist/mocks/operations/index.js in place; returns how many operations now load on first call. */
export function makeOperationsLazy(file) {
  const lines = readFileSync(file, "utf8").split("\n");
  const lazy = [];
  const out = [];
  for (const line of lines) {
    const match = IMPORT.exec(line);
    if (match && !EAGER.has(match[2])) lazy.push(match);
    else if (/^import\s/.test(line) && !EAGER.has(/"([^"]+)"/.exec(line)?.[1])) {
      // Any other import form would be loaded eagerly without anyone noticing: refuse it instead.
      throw new Error(`${file}: cannot make this import lazy: ${line}`);
    } else out.push(line);
  }
  if (lazy.length === 0) throw new Error(`${file}: no operation import found (did its form change?)`);
  const header = [
    'import { createRequire } from "node:module";',
    "// Rewritten by scripts/lazy-operations.mjs: each operation's module loads on its first call (issue 21).",
    "const requireOperation = createRequire(import.meta.url);",
    "const onFirstCall = (file, name) => {",
    "    let run;",
    "    return (input, ctx) => (run ??= requireOperation(file)[name])(input, ctx);",
    "};",
    ...lazy.map(([, name, path]) => `const ${name} = onFirstCall(${JSON.stringify(path)}, ${JSON.stringify(name)});`),
  ];
  writeFileSync(file, [...header, ...out].join("\n"));
  return lazy.length;
}
