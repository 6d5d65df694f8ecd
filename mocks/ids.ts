// Identifiers that look like AWS's, drawn from a seeded faker so a seeded run is reproducible.
import { seededFaker, type Faker } from "./seeded-faker.ts";

export class IdGenerator {
  private drawn?: Faker;
  private readonly seed?: number;
  /** Request ids draw from their own stream: one per request, so they must be cheap, and must not shift the
   * resource ids a seeded run reproduces. */
  private requestIdState: number;
  constructor(seed?: number) {
    this.seed = seed;
    this.requestIdState = seed === undefined ? (Math.random() * 2 ** 32) >>> 0 : seed >>> 0;
  }
  /** Made on the first draw: faker may load after the generator (mocks/seeded-faker.ts). */
  private get faker(): Faker {
    return (this.drawn ??= seededFaker(this.seed));
  }
  /** A version-4-shaped UUID for x-amzn-RequestId (mulberry32: well under a microsecond, against ~10 µs for faker's). */
  requestId(): string {
    const a = this.next32();
    const b = this.next32();
    const c = this.next32();
    const d = this.next32();
    // One flat string from character codes: a template of table lookups makes a rope of twenty pieces, which the
    // server then flattens to validate and write the header.
    put(0, a, 8);
    ID_CODES[8] = 0x2d;
    put(9, b >>> 16, 4);
    ID_CODES[13] = 0x2d;
    ID_CODES[14] = 0x34; // version 4
    put(15, b & 0xfff, 3);
    ID_CODES[18] = 0x2d;
    put(19, ((c >>> 16) & 0x3fff) | 0x8000, 4); // variant 10xx
    ID_CODES[23] = 0x2d;
    put(24, c & 0xffff, 4);
    put(28, d, 8);
    return String.fromCharCode.apply(null, ID_CODES);
  }
  private next32(): number {
    let t = (this.requestIdState = (this.requestIdState + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
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

/** The request id's character codes, rewritten for each id (ids are made one at a time). */
const ID_CODES: number[] = new Array(36).fill(0x30);
const HEX_CODES = Array.from("0123456789abcdef", (ch) => ch.charCodeAt(0));
/** Writes the low `digits` hex digits of `n` at `at`, most significant first. */
function put(at: number, n: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--, n >>>= 4) ID_CODES[at + i] = HEX_CODES[n & 0xf];
}
