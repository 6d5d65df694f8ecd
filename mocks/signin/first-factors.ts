// The first factors a user has on a pool (aws-behavior.md §15.7): a password, a verified email or phone number, a
// passkey of the pool's RP ID; the passwordless ones only where the pool's SignInPolicy allows them. USER_AUTH offers
// them (AvailableChallenges) and Get/AdminGetUserAuthFactors lists them (ConfiguredUserAuthFactors, the same notion:
// DOC CLI example `["PASSWORD","EMAIL_OTP","SMS_OTP","WEB_AUTHN"]`). The eligibility rules and order are UNKNOWN
// (`s15.available-challenges`, `s15.configured-factors`): the mock's, in the model's order.
import { firstFactors } from "../pools/sign-in-policy.ts";
import type { PoolRecord, UserRecord } from "../state.ts";
import { attributeOf, isVerified } from "./user-state.ts";

export type FirstFactor = "PASSWORD" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";

export function userFirstFactors(pool: PoolRecord, user: UserRecord): FirstFactor[] {
  const allowed = firstFactors(pool);
  const has: Record<FirstFactor, boolean> = {
    // A password always counts: the pool cannot take it away from a user who set one (INFERRED).
    PASSWORD: user.credentials !== undefined,
    EMAIL_OTP: allowed.includes("EMAIL_OTP") && attributeOf(user, "email") !== undefined && isVerified(user, "email"),
    SMS_OTP: allowed.includes("SMS_OTP") && attributeOf(user, "phone_number") !== undefined && isVerified(user, "phone_number"),
    WEB_AUTHN: allowed.includes("WEB_AUTHN") && (user.passkeys?.length ?? 0) > 0,
  };
  return (Object.keys(has) as FirstFactor[]).filter((f) => has[f]);
}
