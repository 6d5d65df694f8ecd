// `npm run fuzz`: the fuzz properties and robustness tests at full strength (>= 20,000 generated requests per
// operation through the dispatcher). Same test files as `npm test`; only the counts in the environment change.
// Override with FUZZ_RUNS, FUZZ_HTTP_RUNS, FUZZ_SEQUENCE_RUNS, FUZZ_KILLS, FUZZ_SEED.
import { defineConfig } from "vitest/config";

const env = (name: string, fallback: string) => process.env[name] ?? fallback;

export default defineConfig({
  test: {
    include: ["mocks/test/fuzz/**/*.test.ts", "mocks/test/robustness-*.test.ts"],
    env: {
      FUZZ_RUNS: env("FUZZ_RUNS", "20000"),
      FUZZ_HTTP_RUNS: env("FUZZ_HTTP_RUNS", "2000"),
      FUZZ_SEQUENCE_RUNS: env("FUZZ_SEQUENCE_RUNS", "5000"),
      FUZZ_KILLS: env("FUZZ_KILLS", "20"),
    },
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
  },
});
