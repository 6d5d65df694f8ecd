import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["mocks/test/**/*.test.ts", "scripts/test/**/*.test.ts", "suites/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Test files share each worker's module cache: importing the AWS SDK and msw once per worker instead of once
    // per file cuts the run by about a third here. Every file builds its own mock, so no state is shared.
    isolate: false,
  },
});
