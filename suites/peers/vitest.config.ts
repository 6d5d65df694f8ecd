// Peer runs: separate from `npm test` because the moto run alone takes minutes.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["suites/peers/**/*.peer-test.ts"],
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
  },
});
