// The server side of Cognito's SRP-6a variant (aws-behavior.md §10): pure functions, no state, no HTTP.
export { g, k, N } from "./group.ts";
export { hexHash, padHex } from "./hex.ts";
export { modPow } from "./mod-pow.ts";
export { decoyVerifier, makeVerifier, poolNameOf } from "./verifier.ts";
export { acceptableA, serverChallenge, verifyPasswordClaim, type PasswordClaim } from "./claim.ts";
export { formatTimestamp, parseTimestamp, TIMESTAMP_WINDOW_MS } from "./timestamp.ts";
