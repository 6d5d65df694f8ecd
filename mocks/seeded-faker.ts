// Seeded faker instances for ids and fault draws. They need only faker's seeded randomness and strings, not its
// locale data: the base locale entry loads in ~15 ms where the package root (every locale) takes ~170 ms. That
// entry exports an instance; its class makes the seeded ones (same draws as `new Faker({ locale: [en] })`).
import type { Faker } from "@faker-js/faker";
import { faker as baseFaker } from "@faker-js/faker/locale/base";

const FakerClass = baseFaker.constructor as new (options: { locale: Faker["rawDefinitions"] }) => Faker;

export type { Faker };

export function seededFaker(seed?: number): Faker {
  const faker = new FakerClass({ locale: baseFaker.rawDefinitions });
  if (seed !== undefined) faker.seed(seed);
  return faker;
}
