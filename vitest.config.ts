import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["mocks/test/**/*.test.ts", "scripts/test/**/*.test.ts", "suites/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
