// Which pools may use the auth-event operations.
import { AwsError } from "../protocol/errors.ts";
import type { PoolRecord } from "../state.ts";

/**
 * Auth-event operations need threat protection switched on (AdvancedSecurityMode AUDIT or ENFORCED): another
 * emulator's authors saw real Cognito refuse AdminListUserAuthEvents otherwise. Message text UNKNOWN: ours.
 */
export function requireThreatProtectionEnabled(pool: PoolRecord): void {
  const mode = pool.pool.UserPoolAddOns?.AdvancedSecurityMode ?? "OFF";
  if (mode === "OFF") {
    throw new AwsError(
      "UserPoolAddOnNotEnabledException",
      `Threat protection is not enabled for user pool ${pool.pool.Id}. Set UserPoolAddOns AdvancedSecurityMode to AUDIT or ENFORCED.`,
    );
  }
}
