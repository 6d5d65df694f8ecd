// What AWS fills in for a new app client (model docs for CreateUserPoolClient; DOC unless noted).
import type { InputOf } from "../../generated/operations.ts";
import type { components } from "../../generated/types.ts";

type Client = components["schemas"]["UserPoolClientType"];

export function clientSettings(input: Omit<InputOf<"CreateUserPoolClient">, "UserPoolId" | "GenerateSecret" | "ClientSecret">): Partial<Client> {
  return {
    ...input,
    // "You can't set RefreshTokenValidity to 0 ... Amazon Cognito overrides the value with the default value of 30 days."
    RefreshTokenValidity: input.RefreshTokenValidity || 30,
    // The documented units; AWS shows them when set, the mock always does (INFERRED).
    TokenValidityUnits: { AccessToken: "hours", IdToken: "hours", RefreshToken: "days", ...input.TokenValidityUnits },
    AllowedOAuthFlowsUserPoolClient: input.AllowedOAuthFlowsUserPoolClient ?? false,
    PreventUserExistenceErrors: input.PreventUserExistenceErrors ?? "LEGACY",
    EnableTokenRevocation: input.EnableTokenRevocation ?? true,
    EnablePropagateAdditionalUserContextData: input.EnablePropagateAdditionalUserContextData ?? false,
    AuthSessionValidity: input.AuthSessionValidity ?? 3,
  };
}
