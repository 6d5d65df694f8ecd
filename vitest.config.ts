import { defineConfig } from "vitest/config";

const source = (path: string) => new URL(path, import.meta.url).pathname;

export default defineConfig({
  // Tests import the package by its name, as users do; here that is the sources (the exports point at dist/).
  resolve: {
    alias: [
      { find: /^cognito-conformance$/, replacement: source("./mocks/index.ts") },
      { find: /^cognito-conformance\/vitest$/, replacement: source("./mocks/testing/vitest.ts") },
    ],
  },
  test: {
    include: ["mocks/test/**/*.test.ts", "scripts/test/**/*.test.ts", "suites/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Test files share each worker's module cache: importing the AWS SDK and msw once per worker instead of once
    // per file cuts the run by about a third here. Every file builds its own mock, so no state is shared.
    isolate: false,
  },
});
