// GetTokensFromRefreshToken (Amplify v6 refreshes with it): new ID and access tokens; a new refresh token, and the
// old one spent, only when the client's RefreshTokenRotation is ENABLED (DOC). A device's sign-in names its DeviceKey.
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { getClientAnywhere } from "../lookup.ts";
import { checkClientSecret } from "../signin/client-rules.ts";
import { checkRefreshDevice } from "../signin/devices.ts";
import { refreshTokens } from "../signin/issue.ts";

export function getTokensFromRefreshToken(input: InputOf<"GetTokensFromRefreshToken">, ctx: OperationContext): Promise<OutputOf<"GetTokensFromRefreshToken">> {
  const { pool, client } = getClientAnywhere(ctx, input.ClientId);
  checkClientSecret(client, input.ClientSecret);
  const rotate = client.client.RefreshTokenRotation?.Feature === "ENABLED";
  return refreshTokens(ctx, pool, client, input.RefreshToken, (user, claims) => checkRefreshDevice(pool, user, claims, input.DeviceKey), rotate).then((AuthenticationResult) => ({ AuthenticationResult }));
}
