#!/usr/bin/env node
// The `cognito-conformance` command in development: the TypeScript sources through tsx, no build needed (the
// benchmarks and `npm run serve`/`conformance` use it). The installed package's bin is dist/scripts/cli.js.
import { register } from "tsx/esm/api";

register();
await import("./cli.ts");
