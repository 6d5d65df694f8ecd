// How hard the fuzzers push: `npm test` runs a short sample, `npm run fuzz` (vitest.fuzz.config.ts) the full
// counts. The same properties run in both; only these numbers change. FUZZ_SEED reproduces a run.
const intFromEnv = (name: string, fallback: number) => {
  const text = process.env[name];
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : fallback;
};

/** Generated requests per operation through the in-process dispatcher. */
export const DISPATCH_RUNS = intFromEnv("FUZZ_RUNS", 100);
/** Generated requests per operation over raw HTTP sockets (each opens a connection, so fewer). */
export const HTTP_RUNS = intFromEnv("FUZZ_HTTP_RUNS", Math.max(20, Math.floor(DISPATCH_RUNS / 10)));
/** Request sequences (2..6 mixed calls each) against one evolving state. */
export const SEQUENCE_RUNS = intFromEnv("FUZZ_SEQUENCE_RUNS", Math.max(50, Math.floor(DISPATCH_RUNS / 4)));
export const SEED = intFromEnv("FUZZ_SEED", 20_260_601);
/** Printed with every failure so it can be replayed: FUZZ_SEED=<seed> plus fast-check's own path. */
export const fuzzParameters = (numRuns: number) => ({ numRuns, seed: SEED, endOnFailure: true, verbose: 1 }) as const;
