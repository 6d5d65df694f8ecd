// Which MFA a sign-in asks for: the pool's MfaConfiguration and methods (SetUserPoolMfaConfig), the user's enabled
// and preferred methods (SetUserMFAPreference), and threat protection's "mfa" verdict (aws-behavior.md §9, §11).
import type { MfaMethod, PoolRecord, UserRecord } from "../state.ts";
import { attributeOf } from "./user-state.ts";

/** The methods the pool offers: TOTP when enabled, SMS and email when configured. */
export function poolMethods(pool: PoolRecord): MfaMethod[] {
  const c = pool.mfaConfig ?? {};
  return [
    ...(c.SmsMfaConfiguration ? (["SMS_MFA"] as const) : []),
    ...(c.SoftwareTokenMfaConfiguration?.Enabled ? (["SOFTWARE_TOKEN_MFA"] as const) : []),
    ...(c.EmailMfaConfiguration ? (["EMAIL_OTP"] as const) : []),
  ];
}

/** The user's enabled methods the pool still offers. */
export const userMethods = (pool: PoolRecord, user: UserRecord): MfaMethod[] => (user.mfa?.enabled ?? []).filter((m) => poolMethods(pool).includes(m));

export type MfaStep = { challenge: MfaMethod } | { select: MfaMethod[] } | { setup: MfaMethod[] };

/**
 * The MFA step after a verified password, if any. Pool OFF: none. The user's preferred method, or their only one,
 * or SELECT_MFA_TYPE among several. None enabled: MFA_SETUP when the pool requires MFA (ON); with OPTIONAL,
 * only threat protection's "mfa" verdict asks, by a code to a verified email or phone (INFERRED: risk MFA is
 * ordinary MFA).
 */
export function mfaStep(pool: PoolRecord, user: UserRecord, riskWantsMfa: boolean): MfaStep | undefined {
  const mode = pool.pool.MfaConfiguration ?? "OFF";
  if (mode === "OFF") return undefined;
  const methods = userMethods(pool, user);
  const preferred = user.mfa?.preferred;
  if (preferred && methods.includes(preferred)) return { challenge: preferred };
  if (methods.length === 1) return { challenge: methods[0]! };
  if (methods.length > 1) return { select: methods };
  if (mode === "ON") return { setup: poolMethods(pool).filter((m) => m === "SOFTWARE_TOKEN_MFA") };
  if (!riskWantsMfa) return undefined;
  if (attributeOf(user, "email_verified") === "true" && attributeOf(user, "email")) return { challenge: "EMAIL_OTP" };
  if (attributeOf(user, "phone_number_verified") === "true" && attributeOf(user, "phone_number")) return { challenge: "SMS_MFA" };
  return undefined;
}
