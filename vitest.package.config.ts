// The packed-tarball test (scripts/test/package.pack-test.ts): separate from `npm test` because it installs the
// tarball and its dependencies from the registry into a temporary project (about a minute).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["scripts/test/**/*.pack-test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
