// The token errors of aws-behavior.md §9, in one place (the engine's revocation checks use them too).
import { AwsError } from "../protocol/errors.ts";

export const tokenErrors = {
  /** CONFIRMED. Also what a token of another pool, a bad signature or the wrong token_use get. */
  invalidAccessToken: () => new AwsError("NotAuthorizedException", "Invalid Access Token"),
  /** INFERRED: the text apps report for an expired access token (aws-sdk-ios#1376); not asserted by the suites. */
  expiredAccessToken: () => new AwsError("NotAuthorizedException", "Access Token has expired"),
  /** CONFIRMED: after GlobalSignOut / RevokeToken. */
  revokedAccessToken: () => new AwsError("NotAuthorizedException", "Access Token has been revoked"),
  /** CONFIRMED. */
  invalidRefreshToken: () => new AwsError("NotAuthorizedException", "Invalid Refresh Token."),
  /** CONFIRMED. */
  revokedRefreshToken: () => new AwsError("NotAuthorizedException", "Refresh Token has been revoked"),
};
