// Seeded faker instances for ids and fault draws. They need only faker's seeded randomness and strings, not its
// locale data: the base locale entry loads in ~15 ms where the package root (every locale) takes ~170 ms. That
// entry exports an instance; its class makes the seeded ones (same draws as `new Faker({ locale: [en] })`).
// Held once per process: mocks/core.ts provides it at import; `serve` (mocks/mock-core.ts) loads it with the first
// operation or control request, the first that may draw an id (issue 21: start-up does not need it).
import type { Faker } from "@faker-js/faker";

export type { Faker };

let base: Faker | undefined;

export function provideFaker(baseFaker: Faker): void {
  base = baseFaker;
}

export async function loadFaker(): Promise<void> {
  base ??= (await import("@faker-js/faker/locale/base")).faker;
}

export function seededFaker(seed?: number): Faker {
  if (!base) throw new Error("faker has not loaded yet: ids are drawn by operations and the control API, which load it first");
  const FakerClass = base.constructor as new (options: { locale: Faker["rawDefinitions"] }) => Faker;
  const faker = new FakerClass({ locale: base.rawDefinitions });
  if (seed !== undefined) faker.seed(seed);
  return faker;
}
