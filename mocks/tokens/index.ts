// Cognito's tokens over jose: per-pool keys, JWKS, minting, verification (aws-behavior.md §9–§10).
export { newPoolKeys, PoolKeyBook, prewarmPoolKeys, publicJwk, type KeyMaterial, type PoolKeys } from "./keys.ts";
export { jwks, type Jwk } from "./jwks.ts";
export { issuerOf, mintTokens, type MintedTokens, type MintRequest } from "./mint.ts";
export { openRefreshToken, verifyAccessToken } from "./verify.ts";
export { tokenErrors } from "./errors.ts";
export { tokenValidity, type TokenValidity } from "./validity.ts";
export type { AccessClaims, IdClaims, RefreshClaims, TokenGroup } from "./claims.ts";
