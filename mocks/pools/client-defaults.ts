// What an app client reads back (aws-behavior.md §12.1): members set come back as sent; members never set come
// back as AWS answers them. CreateUserPoolClient and UpdateUserPoolClient both store exactly this, so an update
// that omits a member resets it (§12.1: "UpdateUserPoolClient replaces, it does not merge", DOC + CONFIRMED).
// Both also make the same checks of the settings (checkClientSettings).
import type { InputOf } from "../../generated/operations.ts";
import type { components } from "../../generated/types.ts";
import { errors } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";
import { checkClientAttributes } from "./client-attributes.ts";
import { compact } from "./defaults.ts";
import { checkOAuth } from "./oauth.ts";

type Client = components["schemas"]["UserPoolClientType"];
type Analytics = components["schemas"]["AnalyticsConfigurationType"];

/** The members CreateUserPoolClient and UpdateUserPoolClient both take (names, ids and secrets aside). */
export type ClientSettings = Omit<InputOf<"UpdateUserPoolClient">, "UserPoolId" | "ClientId" | "ClientName">;

/** List members: an empty list reads back like an omitted one (§12.1, tf `_emptySets`, INFERRED). */
const LISTS = ["ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes"] as const;

/** The legacy ExplicitAuthFlows values (DOC: the model's ExplicitAuthFlowsType). */
const LEGACY_FLOWS = new Set(["ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"]);

export function clientSettings(input: ClientSettings): Partial<Client> {
  const settings: Partial<Client> = { ...input };
  for (const list of LISTS) if (input[list]?.length === 0) delete settings[list];
  return compact({
    ...settings,
    // Present when never set; 0 "overrides the value with the default value of 30 days" (DOC, model).
    RefreshTokenValidity: input.RefreshTokenValidity || 30,
    // Never set: `{}` (INFERRED from CLI transcripts; tf treats `{}` as unset). Set: exactly as sent (INFERRED).
    TokenValidityUnits: input.TokenValidityUnits ?? {},
    AllowedOAuthFlowsUserPoolClient: input.AllowedOAuthFlowsUserPoolClient ?? false,
    // PreventUserExistenceErrors stays absent when never set (tf reads ""), and sign-in then behaves as LEGACY.
    EnableTokenRevocation: input.EnableTokenRevocation ?? true,
    EnablePropagateAdditionalUserContextData: input.EnablePropagateAdditionalUserContextData ?? false,
    AuthSessionValidity: input.AuthSessionValidity ?? 3,
    AnalyticsConfiguration: input.AnalyticsConfiguration && analytics(input.AnalyticsConfiguration),
  });
}

/** What CreateUserPoolClient and UpdateUserPoolClient refuse in the settings of a client with or without a secret. */
export function checkClientSettings(pool: PoolRecord, settings: ClientSettings, hasSecret: boolean): void {
  if (settings.EnablePropagateAdditionalUserContextData && !hasSecret) {
    // DOC: only an app client with a client secret can propagate user context data. Text UNKNOWN.
    throw errors.invalidParameter("EnablePropagateAdditionalUserContextData can only be enabled for app clients with a client secret.");
  }
  checkTokenValidity(settings);
  checkExplicitAuthFlows(settings.ExplicitAuthFlows);
  checkClientAttributes(pool, settings.ReadAttributes, settings.WriteAttributes);
  checkOAuth(pool, { ...settings, GenerateSecret: hasSecret });
}

const SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86400 } as const;
/** Access and ID tokens 5 minutes – 1 day, refresh tokens 60 minutes – 10 years, in the given units (DOC, model). */
const VALIDITY_RANGES = [
  ["AccessTokenValidity", "AccessToken", "hours", 300, 86_400],
  ["IdTokenValidity", "IdToken", "hours", 300, 86_400],
  ["RefreshTokenValidity", "RefreshToken", "days", 3_600, 315_360_000],
] as const;

/** A validity outside its range: InvalidParameterException `Invalid range for token validity` (CONFIRMED). 0 refresh = the default. */
function checkTokenValidity(settings: ClientSettings): void {
  for (const [member, unitKey, defaultUnit, min, max] of VALIDITY_RANGES) {
    const value = settings[member];
    if (!value) continue;
    const seconds = value * SECONDS[settings.TokenValidityUnits?.[unitKey] ?? defaultUnit];
    if (seconds < min || seconds > max) throw errors.invalidParameter("Invalid range for token validity");
  }
}

/** Legacy flow names are echoed as sent, but may not be mixed with ALLOW_ values (DOC, model; text UNKNOWN). */
function checkExplicitAuthFlows(flows: readonly string[] | undefined): void {
  if (!flows?.length) return;
  const legacy = flows.filter((f) => LEGACY_FLOWS.has(f)).length;
  if (legacy > 0 && legacy < flows.length) throw errors.invalidParameter("The legacy ExplicitAuthFlows values can't be combined with ALLOW_ values.");
}

/**
 * With an ApplicationArn, the answer names AWS's service-linked role (DOC, CLI example; INFERRED, tf
 * `_analyticsWithARN`); UserDataShared reads back false when not sent (INFERRED, same test).
 */
function analytics(config: Analytics): Analytics {
  const account = config.ApplicationArn?.split(":")[4];
  const role = account && `arn:aws:iam::${account}:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp`;
  return compact({ ...config, RoleArn: config.RoleArn ?? (config.ApplicationArn ? role : undefined), UserDataShared: config.UserDataShared ?? false });
}
