// What an app client allows and demands of a sign-in (aws-behavior.md §9): its ExplicitAuthFlows, its secret
// (SECRET_HASH) and PreventUserExistenceErrors. Token validities: mocks/tokens/validity.ts.
import { timingSafeEqual } from "node:crypto";
import { AwsError } from "../protocol/errors.ts";
import { secretsOf } from "../pools/client-secrets.ts";
import type { ClientRecord } from "../state.ts";
import { secretHashMatches } from "./secret-hash.ts";

export type AuthFlow = "USER_SRP_AUTH" | "REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN" | "CUSTOM_AUTH" | "ADMIN_NO_SRP_AUTH" | "USER_PASSWORD_AUTH" | "ADMIN_USER_PASSWORD_AUTH" | "USER_AUTH";

/** A new client without ExplicitAuthFlows allows these (DOC). */
export const DEFAULT_AUTH_FLOWS = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"] as const;

const SETTING_OF: Record<AuthFlow, string> = {
  USER_SRP_AUTH: "ALLOW_USER_SRP_AUTH",
  REFRESH_TOKEN_AUTH: "ALLOW_REFRESH_TOKEN_AUTH",
  REFRESH_TOKEN: "ALLOW_REFRESH_TOKEN_AUTH",
  CUSTOM_AUTH: "ALLOW_CUSTOM_AUTH",
  ADMIN_NO_SRP_AUTH: "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  ADMIN_USER_PASSWORD_AUTH: "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  USER_PASSWORD_AUTH: "ALLOW_USER_PASSWORD_AUTH",
  USER_AUTH: "ALLOW_USER_AUTH",
};
/** The legacy values and the ALLOW_ setting each stands for (DOC: the model's ExplicitAuthFlowsType). */
const LEGACY: Record<string, string> = {
  ADMIN_NO_SRP_AUTH: "ALLOW_ADMIN_USER_PASSWORD_AUTH",
  USER_PASSWORD_AUTH: "ALLOW_USER_PASSWORD_AUTH",
  CUSTOM_AUTH_FLOW_ONLY: "ALLOW_CUSTOM_AUTH",
};

const ADMIN_ONLY: ReadonlySet<AuthFlow> = new Set(["ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"]);
const PUBLIC_ONLY: ReadonlySet<AuthFlow> = new Set(["USER_PASSWORD_AUTH"]);

/** The flow at this entry point (InitiateAuth or AdminInitiateAuth), and on this client. */
export function checkFlowAllowed(client: ClientRecord, flow: AuthFlow, admin: boolean): void {
  // CONFIRMED text for an admin flow sent to InitiateAuth; the reverse is INFERRED.
  if ((admin && PUBLIC_ONLY.has(flow)) || (!admin && ADMIN_ONLY.has(flow))) throw new AwsError("InvalidParameterException", "Initiate Auth method not supported.");
  if (allowedFlows(client).has(SETTING_OF[flow])) return;
  // CONFIRMED: the USER_PASSWORD_AUTH text and, for the admin flow, the generic one; other flows get the generic one (INFERRED).
  const message = flow === "USER_PASSWORD_AUTH" ? "USER_PASSWORD_AUTH flow not enabled for this client" : "Auth flow not enabled for this client";
  throw new AwsError("InvalidParameterException", message);
}

export function allowedFlows(client: ClientRecord): Set<string> {
  const configured = client.client.ExplicitAuthFlows;
  if (!configured || configured.length === 0) return new Set(DEFAULT_AUTH_FLOWS);
  const flows = new Set(configured.map((f) => LEGACY[f] ?? f));
  // Clients configured with legacy values only keep SRP and refresh, as before the ALLOW_ values existed (DOC).
  if (configured.every((f) => f in LEGACY)) flows.add("ALLOW_USER_SRP_AUTH").add("ALLOW_REFRESH_TOKEN_AUTH");
  return flows;
}

/**
 * SECRET_HASH (or SignUp's SecretHash) for a client with a secret: required, and must match (texts CONFIRMED). A
 * hash made with any of the client's active secrets passes: that is what rotation is for (§12.1, DOC).
 */
export function checkSecretHash(client: ClientRecord, username: string, presented: string | undefined): void {
  const secrets = secretsOf(client);
  if (secrets.length === 0) return;
  const clientId = client.client.ClientId!;
  if (presented === undefined) throw new AwsError("NotAuthorizedException", `Client ${clientId} is configured with secret but SECRET_HASH was not received`);
  if (!secrets.some((s) => secretHashMatches(s.value, username, clientId, presented))) throw new AwsError("NotAuthorizedException", `Unable to verify secret hash for client ${clientId}`);
}

/**
 * A ClientSecret member (GetTokensFromRefreshToken, RevokeToken): required for clients with a secret, any active one.
 * Texts INFERRED. The type is the operation's "not authorized" error in the model: NotAuthorizedException, or for
 * RevokeToken (whose model lists no NotAuthorizedException) UnauthorizedException.
 */
export function checkClientSecret(client: ClientRecord, presented: string | undefined, errorType: "NotAuthorizedException" | "UnauthorizedException" = "NotAuthorizedException"): void {
  const secrets = secretsOf(client);
  if (secrets.length === 0) return;
  const same = (secret: string) => presented !== undefined && presented.length === secret.length && timingSafeEqual(Buffer.from(presented), Buffer.from(secret));
  if (!secrets.some((s) => same(s.value))) throw new AwsError(errorType, `Unable to verify secret hash for client ${client.client.ClientId}`);
}

/** LEGACY (the API default) says the user does not exist; ENABLED answers as for a wrong password (CONFIRMED). */
export const hidesUsers = (client: ClientRecord) => client.client.PreventUserExistenceErrors === "ENABLED";

export const wrongPassword = () => new AwsError("NotAuthorizedException", "Incorrect username or password.");
export const userNotFound = () => new AwsError("UserNotFoundException", "User does not exist.");

/** The answer for an unknown user, as the client's PreventUserExistenceErrors says. */
export const unknownUser = (client: ClientRecord) => (hidesUsers(client) ? wrongPassword() : userNotFound());
