// `GET /<poolId>/.well-known/jwks.json`: the pool's public keys (aws-behavior.md §10, DOC), answered by `serve` and
// by an MSW handler at the real issuer URL. Not an operation: no X-Amz-Target, no signature.
import { http, HttpResponse, type HttpHandler } from "msw";
import type { WireResponse } from "../../generated/handlers.ts";
import type { MockState } from "../state.ts";
import { jwks } from "../tokens/index.ts";
import { poolKeys } from "./issue.ts";

const PATH = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/jwks\.json$/;

/** The answer for a JWKS path, or undefined when `path` is not one. Keys are made on first use, as on sign-in. */
export function jwksAnswer(state: MockState, path: string): WireResponse | undefined {
  const poolId = PATH.exec(path)?.[1];
  if (poolId === undefined) return undefined;
  const pool = state.pools.get(poolId);
  // An unknown pool's body: UNKNOWN, our wording.
  if (!pool) return { status: 404, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ message: `User pool ${poolId} does not exist.` }) };
  return { status: 200, headers: { "Content-Type": "application/json" }, body: JSON.stringify(jwks(poolKeys(pool))) };
}

/** The MSW handler at `https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/jwks.json`. */
export function jwksHandler(state: () => MockState): HttpHandler {
  return http.get(/^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[^/]+\/\.well-known\/jwks\.json$/, ({ request }) => {
    const answer = jwksAnswer(state(), new URL(request.url).pathname);
    return answer && new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  });
}
