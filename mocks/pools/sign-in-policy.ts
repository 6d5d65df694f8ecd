// The pool's passwordless rules (aws-behavior.md §15.7–15.8), checked by CreateUserPool, UpdateUserPool and
// SetUserPoolMfaConfig before they write, and by USER_AUTH: which first factors a SignInPolicy may name, the feature
// plan they need, and WEB_AUTHN beside required MFA. Facts `s15.*` in suites/evidence/facts-devices.ts.
import type { components } from "../../generated/types.ts";
import type { PoolRecord } from "../state.ts";
import { AwsError, errors } from "../protocol/errors.ts";

type S = components["schemas"];
type Factors = S["AllowedFirstAuthFactorsListType"] | undefined;

/** The pool's first factors; unset means password only (DOC, `s15.allowed-first-factors`). */
export const firstFactors = (pool: PoolRecord): string[] => pool.pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ["PASSWORD"];

/** A factor besides PASSWORD is passwordless sign-in, which needs Essentials or Plus (DOC, `s15.user-auth-gates`). */
const passwordless = (factors: Factors) => (factors ?? []).filter((f) => f !== "PASSWORD");

/**
 * A SignInPolicy as CreateUserPool / UpdateUserPool receive it, with the pool's tier. SOFTWARE_TOKEN "is not
 * currently supported as a first auth factor" (DOC; text UNKNOWN, the mock's). On LITE, FeatureUnavailableInTier in
 * the CONFIRMED form of §6; the feature's name there is UNKNOWN (`s15.passwordless-tier`).
 */
export function checkSignInPolicy(tier: S["UserPoolTierType"], factors: Factors): void {
  if ((factors ?? []).includes("SOFTWARE_TOKEN")) throw errors.invalidParameter("SOFTWARE_TOKEN is not currently supported as a first auth factor.");
  if (tier === "LITE" && passwordless(factors).length > 0) throw errors.featureUnavailableInTier(tier, ["Passwordless Authentication"]);
}

/** FactorConfiguration: absent means single factor (DOC, `s15.web-authn-configuration`). */
const multiFactor = (config: S["WebAuthnConfigurationType"] | undefined) => config?.FactorConfiguration === "MULTI_FACTOR_WITH_USER_VERIFICATION";

/**
 * Create/UpdateUserPool: a pool whose MFA is ON may name WEB_AUTHN only when its passkeys count as MFA. CONFIRMED text
 * for an update adding WEB_AUTHN (`s15.web-authn-with-mfa`); the same check on CreateUserPool is INFERRED (a new pool
 * has no WebAuthnConfiguration yet, so it is always single factor there).
 */
export function checkWebAuthnBesideMfa(mfa: S["UserPoolMfaType"] | undefined, factors: Factors, config: S["WebAuthnConfigurationType"] | undefined): void {
  if (mfa === "ON" && (factors ?? []).includes("WEB_AUTHN") && !multiFactor(config)) {
    throw errors.invalidParameter("WEB_AUTHN cannot be used as an auth factor when MFA is enabled if not configured for MFA.");
  }
}

/**
 * SetUserPoolMfaConfig: turning MFA ON (or keeping it ON) on a pool that allows WEB_AUTHN needs
 * MULTI_FACTOR_WITH_USER_VERIFICATION. CONFIRMED (`s15.mfa-config-with-web-authn`, go-to-k/cdkd#2064, measured with
 * no WebAuthn block, with UserVerification preferred and with required). A WebAuthnConfiguration on a LITE pool:
 * FeatureUnavailableInTier (the plan need is DOC, the error INFERRED from the model's list, its feature name UNKNOWN).
 */
export function checkMfaConfig(pool: PoolRecord, mfa: S["UserPoolMfaType"] | undefined, requested: S["WebAuthnConfigurationType"] | undefined, resulting: S["WebAuthnConfigurationType"] | undefined): void {
  const tier = pool.pool.UserPoolTier ?? "ESSENTIALS";
  if (tier === "LITE" && requested !== undefined) throw errors.featureUnavailableInTier(tier, ["Passkeys"]);
  if (mfa === "ON" && firstFactors(pool).includes("WEB_AUTHN") && !multiFactor(resulting)) {
    throw errors.invalidParameter("Cannot set WebAuthn factor configuration to SINGLE_FACTOR if MFA is required and WebAuthn is an allowed first auth factor");
  }
}

/**
 * USER_AUTH on a LITE pool. InitiateAuth's model lists no tier error, so the mock answers as for a client without
 * ALLOW_USER_AUTH (INFERRED, §15.7; the text is UNKNOWN for this case and the suites assert none).
 */
export function checkUserAuthTier(pool: PoolRecord): void {
  if (pool.pool.UserPoolTier === "LITE") throw new AwsError("InvalidParameterException", "Auth flow not enabled for this client");
}

/** Passkeys stand for MFA too (MFA ON, MULTI_FACTOR_WITH_USER_VERIFICATION): the assertion must verify the user (DOC). */
export const passkeyIsMfa = (pool: PoolRecord): boolean => pool.pool.MfaConfiguration === "ON" && multiFactor(pool.mfaConfig?.WebAuthnConfiguration);
