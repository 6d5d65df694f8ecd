// `GET /<poolId>/.well-known/jwks.json`: the pool's public keys (aws-behavior.md §10, DOC), answered by `serve` and
// by an MSW handler at the real issuer URL (mocks/index.ts: this module stays free of msw, which serve never loads).
// Not an operation: no X-Amz-Target, no signature.
import type { WireResponse } from "../../generated/handlers.ts";
import type { OperationContext } from "../context.ts";
import { jwks } from "../tokens/index.ts";
import { poolKeys } from "./issue.ts";
import { jwksPoolId } from "./jwks-path.ts";

/** The answer for a JWKS path, or undefined when `path` is not one. Keys are made on first use, as on sign-in. */
export function jwksAnswer({ state, keys }: Pick<OperationContext, "state" | "keys">, path: string): WireResponse | undefined {
  const poolId = jwksPoolId(path);
  if (poolId === undefined) return undefined;
  const pool = state.pools.get(poolId);
  // An unknown pool's body: UNKNOWN, our wording.
  if (!pool) return { status: 404, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ message: `User pool ${poolId} does not exist.` }) };
  return { status: 200, headers: { "Content-Type": "application/json" }, body: JSON.stringify(jwks(poolKeys(pool, keys))) };
}
