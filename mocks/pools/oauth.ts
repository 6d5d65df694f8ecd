// An app client's OAuth settings checked against what the pool offers: the standard scopes and its resource servers'
// custom scopes, COGNITO and its identity providers.
import type { InputOf } from "../../generated/operations.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";
import { customScopes } from "./resource-servers.ts";

/** The scopes every pool has (CloudFormation docs, corrected after real refusals: awsdocs/aws-cloudformation-user-guide#518). */
export const STANDARD_SCOPES = new Set(["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"]);

type ClientInput = Pick<
  InputOf<"CreateUserPoolClient">,
  "AllowedOAuthFlows" | "AllowedOAuthScopes" | "CallbackURLs" | "GenerateSecret" | "ClientSecret" | "SupportedIdentityProviders"
>;

export function checkOAuth(pool: PoolRecord, input: ClientInput): void {
  // CONFIRMED text (`Invalid scope requested: Cognito`, ScopeDoesNotExistException, awsdocs/aws-cloudformation-user-guide#564).
  const unknownScope = (input.AllowedOAuthScopes ?? []).find((s) => !STANDARD_SCOPES.has(s));
  if (unknownScope !== undefined && !customScopes(pool).has(unknownScope)) throw new AwsError("ScopeDoesNotExistException", `Invalid scope requested: ${unknownScope}`);
  // CONFIRMED form (lgallard/terraform-aws-cognito-user-pool#72: `The provider XXXXXX does not exist for User Pool YYYYYY`).
  // COGNITO (the pool's own users) is always there (DOC, model).
  const unknownProvider = (input.SupportedIdentityProviders ?? []).find((p) => p !== "COGNITO" && !pool.identityProviders?.has(p));
  if (unknownProvider !== undefined) throw errors.invalidParameter(`The provider ${unknownProvider} does not exist for User Pool ${pool.pool.Id}`);
  // Text CONFIRMED (console answer quoted in a 2019 write-up); its __type INFERRED from the error's name in the model.
  if (input.AllowedOAuthFlows?.includes("client_credentials") && !input.GenerateSecret && input.ClientSecret === undefined) {
    throw new AwsError("InvalidOAuthFlowException", "client_credentials flow can not be selected if client does not have a client secret.");
  }
  // CONFIRMED (cisagov/crossfeed#440, aws-behavior.md §12.1).
  if (input.AllowedOAuthFlows?.some((f) => f === "code" || f === "implicit") && !input.CallbackURLs?.length) {
    throw new AwsError("InvalidOAuthFlowException", "CallbackUrls can not be empty when code flow or implicit flow is selected");
  }
}
