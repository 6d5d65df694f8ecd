// RevokeToken: a refresh token and the access tokens minted from it stop working (DOC). Errors for tokens that
// are not this client's refresh tokens: texts UNKNOWN, types from the model's list.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { findUser, getClientAnywhere } from "../lookup.ts";
import { AwsError } from "../protocol/errors.ts";
import { checkClientSecret } from "../signin/client-rules.ts";
import { isJwe, issuerOfPool, revokeFamily } from "../signin/issue.ts";
import { openRefreshToken } from "../tokens/index.ts";

/** The model lists no ResourceNotFoundException here: an unknown client is unauthorized (text UNKNOWN). */
function clientOf(ctx: OperationContext, clientId: string) {
  try {
    return getClientAnywhere(ctx, clientId);
  } catch {
    throw new AwsError("UnauthorizedException", `Client ${clientId} is not authorized to revoke tokens.`);
  }
}

const notOurs = () => new AwsError("UnsupportedTokenTypeException", "The token is not a refresh token of this user pool.");

export function revokeToken(input: InputOf<"RevokeToken">, ctx: OperationContext): Promise<OutputOf<"RevokeToken">> {
  const { pool, client } = clientOf(ctx, input.ClientId);
  checkClientSecret(client, input.ClientSecret, "UnauthorizedException");
  if (client.client.EnableTokenRevocation === false) throw new AwsError("UnsupportedOperationException", "Token revocation is not enabled for this app client.");
  if (!pool.keys || !isJwe(input.Token)) throw notOurs();
  return openRefreshToken(pool.keys, input.Token, { issuer: issuerOfPool(pool.pool.Id!), nowSec: ctx.now() }).then((claims) => {
    if (!claims) throw notOurs();
    if (claims.client_id !== client.client.ClientId) throw new AwsError("UnauthorizedException", "The token was not issued to this app client.");
    revokeFamily(ctx, findUser(pool, claims.username), claims.origin_jti);
    return {};
  });
}
