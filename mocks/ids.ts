// Identifiers that look like AWS's, drawn from a seeded faker so a seeded run is reproducible.
import { Faker, en } from "@faker-js/faker";

export class IdGenerator {
  private readonly faker: Faker;
  constructor(seed?: number) {
    this.faker = new Faker({ locale: [en] });
    if (seed !== undefined) this.faker.seed(seed);
  }
  /** `<region>_<9 alphanumerics>`, e.g. `us-east-1_AbC123xYz`. */
  userPoolId(region: string): string {
    return `${region}_${this.faker.string.alphanumeric({ length: 9, casing: "mixed" })}`;
  }
  /** 26 lowercase alphanumerics. */
  clientId(): string {
    return this.faker.string.alphanumeric({ length: 26, casing: "lower" });
  }
  /** 51 lowercase alphanumerics, as AWS client secrets. */
  clientSecret(): string {
    return this.faker.string.alphanumeric({ length: 51, casing: "lower" });
  }
  uuid(): string {
    return this.faker.string.uuid();
  }
  /** Matches EventIdType `[\w+-]+`, 1..50. */
  eventId(): string {
    return this.faker.string.uuid();
  }
  /** Matches TokenModelType `[A-Za-z0-9-_=.]+`: three base64url parts, like the opaque tokens AWS mails. */
  feedbackToken(): string {
    const part = (n: number) => this.faker.string.alphanumeric({ length: n, casing: "mixed" });
    return `${part(24)}.${part(48)}.${part(16)}`;
  }
}
