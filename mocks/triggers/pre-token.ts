// Pre token generation (aws-behavior.md §14.2): V1_0 changes the ID token's claims and both tokens' groups; V2_0
// and V3_0 (PreTokenGenerationConfig) also the access token's claims and scopes. Claims the guide protects are left
// as they are (whether AWS ignores or refuses an attempt is UNKNOWN: the mock ignores it).
import type { OperationContext } from "../context.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import type { TokenGroup } from "../tokens/claims.ts";
import { preferredRole } from "../tokens/claims.ts";
import { eventAttributes, hasTrigger, invokeTrigger, isObject, type TriggerAnswer } from "./invoke.ts";
import { triggerErrors } from "./runtime.ts";

export type Tailor = (access: Record<string, unknown>, id: Record<string, unknown>) => void;

/** TokenGeneration_<source>: Authentication, NewPasswordChallenge, AuthenticateDevice, RefreshTokens (DOC). */
export type TokenSource = "Authentication" | "NewPasswordChallenge" | "AuthenticateDevice" | "RefreshTokens";

/** DOC list for V1_0; the mock protects the same in the access token for V2/V3 (their own list is UNKNOWN here). */
const PROTECTED = new Set(["acr", "amr", "aud", "at_hash", "auth_time", "azp", "cognito:username", "exp", "iat", "identities", "iss", "jti", "nbf", "nonce", "origin_jti", "sub", "token_use", "client_id", "event_id", "scope", "username"]);
const GROUP_CLAIMS = ["cognito:groups", "cognito:roles", "cognito:preferred_role"];

/** Whether tokens for this pool take the trigger path (so plain sign-ins pay nothing). */
export const wantsPreToken = (pool: PoolRecord) => hasTrigger(pool, "PreTokenGeneration");

/** Runs the function and returns what to change in the claims; throws AWS's trigger errors. */
export async function preTokenTailor(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, groups: TokenGroup[], source: TokenSource): Promise<Tailor> {
  const version = pool.pool.LambdaConfig?.PreTokenGenerationConfig?.LambdaVersion ?? "V1_0";
  const v1 = version === "V1_0";
  const roles = [...new Set(groups.flatMap((g) => (g.roleArn === undefined ? [] : [g.roleArn])))];
  const response = await invokeTrigger(ctx, {
    pool,
    trigger: "PreTokenGeneration",
    triggerSource: `TokenGeneration_${source}`,
    userName: user.user.Username!,
    clientId: client.client.ClientId!,
    version: v1 ? "1" : version === "V2_0" ? "2" : "3",
    request: {
      userAttributes: eventAttributes(user),
      groupConfiguration: { groupsToOverride: groups.map((g) => g.name), iamRolesToOverride: roles, preferredRole: preferredRole(groups) ?? null },
      ...(!v1 && { scopes: ["aws.cognito.signin.user.admin"] }),
    },
    response: v1 ? { claimsOverrideDetails: null } : { claimsAndScopeOverrideDetails: null },
  });
  return tailorOf(response ?? {}, v1);
}

function tailorOf(response: TriggerAnswer, v1: boolean): Tailor {
  const details = v1 ? response.claimsOverrideDetails : response.claimsAndScopeOverrideDetails;
  if (details === undefined || details === null) return () => {};
  if (!isObject(details)) throw triggerErrors.unrecognizable();
  const idPart = v1 ? details : (details.idTokenGeneration ?? {});
  const accessPart = v1 ? undefined : (details.accessTokenGeneration ?? {});
  if (!isObject(idPart) || (accessPart !== undefined && !isObject(accessPart))) throw triggerErrors.unrecognizable();
  const idChange = claimChange(idPart, v1);
  const accessChange = accessPart && claimChange(accessPart, false);
  const scopes = accessPart && scopeChange(accessPart);
  const groups = "groupOverrideDetails" in details ? groupOverride(details.groupOverrideDetails) : undefined;
  return (access, id) => {
    if (groups) {
      for (const claim of GROUP_CLAIMS) delete id[claim];
      delete access["cognito:groups"];
      if (groups.groups.length) (id["cognito:groups"] = groups.groups), (access["cognito:groups"] = groups.groups);
      if (groups.roles.length) id["cognito:roles"] = groups.roles;
      if (groups.preferred !== undefined) id["cognito:preferred_role"] = groups.preferred;
    }
    idChange(id);
    accessChange?.(access);
    if (scopes) access.scope = scopes(String(access.scope ?? ""));
  };
}

/** claimsToAddOrOverride then claimsToSuppress (suppress wins, DOC); protected claims untouched. */
function claimChange(part: Record<string, unknown>, stringsOnly: boolean) {
  const add = part.claimsToAddOrOverride ?? {};
  const suppress = part.claimsToSuppress ?? [];
  if (!isObject(add) || !Array.isArray(suppress) || suppress.some((s) => typeof s !== "string")) throw triggerErrors.unrecognizable();
  // V1_0 takes string values only (DOC); V2/V3 any JSON value.
  if (stringsOnly && Object.values(add).some((v) => typeof v !== "string")) throw triggerErrors.unrecognizable();
  return (claims: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(add)) if (!PROTECTED.has(name)) claims[name] = value;
    for (const name of suppress as string[]) if (!PROTECTED.has(name)) delete claims[name];
  };
}

function scopeChange(part: Record<string, unknown>) {
  const add = part.scopesToAdd ?? [];
  const suppress = part.scopesToSuppress ?? [];
  if (!Array.isArray(add) || !Array.isArray(suppress) || [...add, ...suppress].some((s) => typeof s !== "string")) throw triggerErrors.unrecognizable();
  if (!add.length && !suppress.length) return undefined;
  return (scope: string) => {
    const scopes = new Set(scope.split(" ").filter(Boolean));
    for (const s of add as string[]) scopes.add(s);
    for (const s of suppress as string[]) scopes.delete(s);
    return [...scopes].join(" ");
  };
}

/** groupOverrideDetails replaces the groups in both tokens; null or {} removes them (DOC). */
function groupOverride(value: unknown): { groups: string[]; roles: string[]; preferred?: string } {
  if (value === null) return { groups: [], roles: [] };
  if (!isObject(value)) throw triggerErrors.unrecognizable();
  const list = (v: unknown) => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) throw triggerErrors.unrecognizable();
    return v as string[];
  };
  const preferred = value.preferredRole;
  if (preferred !== undefined && preferred !== null && typeof preferred !== "string") throw triggerErrors.unrecognizable();
  return { groups: list(value.groupsToOverride), roles: list(value.iamRolesToOverride), ...(typeof preferred === "string" && { preferred }) };
}
