// An app client's OAuth settings checked against what the pool offers. The mock has no resource servers, so
// only the standard scopes exist.
import type { InputOf } from "../../generated/operations.ts";
import { AwsError } from "../protocol/errors.ts";

/** The scopes every pool has (CloudFormation docs, corrected after real refusals: awsdocs/aws-cloudformation-user-guide#518). */
export const STANDARD_SCOPES = new Set(["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"]);

type ClientInput = Pick<InputOf<"CreateUserPoolClient">, "AllowedOAuthFlows" | "AllowedOAuthScopes" | "CallbackURLs" | "GenerateSecret" | "ClientSecret">;

export function checkOAuth(input: ClientInput): void {
  // CONFIRMED text (`Invalid scope requested: Cognito`, ScopeDoesNotExistException, awsdocs/aws-cloudformation-user-guide#564).
  const unknown = (input.AllowedOAuthScopes ?? []).find((s) => !STANDARD_SCOPES.has(s));
  if (unknown !== undefined) throw new AwsError("ScopeDoesNotExistException", `Invalid scope requested: ${unknown}`);
  // Text CONFIRMED (console answer quoted in a 2019 write-up); its __type INFERRED from the error's name in the model.
  if (input.AllowedOAuthFlows?.includes("client_credentials") && !input.GenerateSecret && input.ClientSecret === undefined) {
    throw new AwsError("InvalidOAuthFlowException", "client_credentials flow can not be selected if client does not have a client secret.");
  }
  // CONFIRMED (cisagov/crossfeed#440, aws-behavior.md §12.1).
  if (input.AllowedOAuthFlows?.some((f) => f === "code" || f === "implicit") && !input.CallbackURLs?.length) {
    throw new AwsError("InvalidOAuthFlowException", "CallbackUrls can not be empty when code flow or implicit flow is selected");
  }
}
