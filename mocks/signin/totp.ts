// TOTP for SOFTWARE_TOKEN_MFA over otplib 13 (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits), base32 secrets as
// AssociateSoftwareToken's SecretCode (aws-behavior.md §9, INFERRED). otplib 13's functional API: generateSecret,
// verifySync({ secret, token, epoch (seconds), epochTolerance (seconds) }).
import { createRequire } from "node:module";

type Otplib = typeof import("otplib");
let otplib: Otplib | undefined;
/** otplib's CommonJS build, loaded on first use so the package's import does not pay for it (~20 ms); still synchronous. */
const lib = (): Otplib => (otplib ??= createRequire(import.meta.url)("otplib") as Otplib);

const PERIOD_S = 30;
const CODE = /^\d{6}$/;

/** 20 random bytes (160 bits, RFC 4226's recommended length) as 32 base32 characters. */
export function newTotpSecret(): string {
  return lib().generateSecret({ length: 20 });
}

/** The code of the step at `nowMs` or of the step either side (clock drift of an authenticator app). */
export function totpMatches(secret: string, code: string, nowMs: number): boolean {
  if (!CODE.test(code)) return false;
  try {
    return lib().verifySync({ secret, token: code, epoch: Math.floor(nowMs / 1000), period: PERIOD_S, digits: 6, epochTolerance: PERIOD_S }).valid;
  } catch {
    return false; // a secret otplib cannot decode (state written by hand): no code matches it
  }
}
