// Identifiers that look like AWS's, drawn from a seeded faker so a seeded run is reproducible.
import { Faker, en } from "@faker-js/faker";

export class IdGenerator {
  private readonly faker: Faker;
  /** Request ids draw from their own stream: one per request, so they must be cheap, and must not shift the
   * resource ids a seeded run reproduces. */
  private requestIdState: number;
  constructor(seed?: number) {
    this.faker = new Faker({ locale: [en] });
    if (seed !== undefined) this.faker.seed(seed);
    this.requestIdState = seed === undefined ? (Math.random() * 2 ** 32) >>> 0 : seed >>> 0;
  }
  /** A version-4-shaped UUID for x-amzn-RequestId (mulberry32: a few nanoseconds, against ~10 µs for faker's). */
  requestId(): string {
    let hex = "";
    for (let i = 0; i < 4; i++) {
      let t = (this.requestIdState = (this.requestIdState + 0x6d2b79f5) >>> 0);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      hex += ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, "0");
    }
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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
