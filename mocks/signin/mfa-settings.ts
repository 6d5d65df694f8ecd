// A user's MFA settings (aws-behavior.md §9, DOC): software-token association and verification, the methods enabled
// and preferred (SetUserMFAPreference), and how GetUser / AdminGetUser show them.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { MfaMethod, PoolRecord, SessionRecord, UserRecord } from "../state.ts";
import { VERIFIED_SECRET } from "./challenges/mfa-setup.ts";
import { userFirstFactors } from "./first-factors.ts";
import { totpMatches } from "./totp.ts";
import { attributeOf } from "./user-state.ts";

type S = components["schemas"];
type Settings = { Enabled?: boolean; PreferredMfa?: boolean } | undefined;

export const PENDING_SECRET = "pendingSecret";

/** Enabled methods (UserMFASettingList) and the preferred one, as GetUser and AdminGetUser answer (omitted when none). */
export function mfaView(user: UserRecord): { PreferredMfaSetting?: string; UserMFASettingList?: string[]; MFAOptions?: S["MFAOptionListType"] } {
  const enabled = user.mfa?.enabled ?? [];
  return {
    ...(user.user.MFAOptions?.length && { MFAOptions: user.user.MFAOptions }),
    ...(user.mfa?.preferred && { PreferredMfaSetting: user.mfa.preferred }),
    ...(enabled.length > 0 && { UserMFASettingList: [...enabled] }),
  };
}

/**
 * SetUserSettings / AdminSetUserSettings, the legacy MFAOptions (DOC: "configure only SMS MFA"): the list is stored
 * as given (GetUser and AdminGetUser show it); an SMS option turns SMS MFA on, a list without one turns it off. What AWS
 * does with an EMAIL option or another AttributeName is UNKNOWN: the mock stores it and enables nothing for it.
 */
export function setLegacySettings(ctx: OperationContext, user: UserRecord, options: S["MFAOptionListType"]): void {
  setPreference(ctx, user, { SMSMfaSettings: { Enabled: options.some((o) => o.DeliveryMedium === "SMS") } });
  const { MFAOptions: _, ...rest } = user.user;
  user.user = options.length > 0 ? { ...rest, MFAOptions: options.map((o) => ({ ...o })) } : rest;
}

/**
 * GetUserAuthFactors / AdminGetUserAuthFactors (DOC shape): the MFA settings, and as ConfiguredUserAuthFactors the
 * first factors the user has on this pool (signin/first-factors.ts; DOC values, the eligibility rules INFERRED).
 */
export function authFactors(pool: PoolRecord, user: UserRecord): S["GetUserAuthFactorsResponse"] {
  const { PreferredMfaSetting, UserMFASettingList } = mfaView(user);
  return {
    Username: user.user.Username!,
    ...(PreferredMfaSetting && { PreferredMfaSetting }),
    ...(UserMFASettingList && { UserMFASettingList: UserMFASettingList as S["UserMFASettingListType"] }),
    ConfiguredUserAuthFactors: userFirstFactors(pool, user),
  };
}

/** SetUserMFAPreference / AdminSetUserMFAPreference; each method needs its delivery config first (CONFIRMED text for TOTP). */
export function setPreference(ctx: OperationContext, user: UserRecord, input: { SMSMfaSettings?: Settings; SoftwareTokenMfaSettings?: Settings; EmailMfaSettings?: Settings }): void {
  const mfa = { enabled: [...(user.mfa?.enabled ?? [])], ...user.mfa };
  mfa.enabled = [...mfa.enabled];
  const apply = (method: MfaMethod, settings: Settings, hasConfig: boolean) => {
    if (!settings) return;
    if ((settings.Enabled || settings.PreferredMfa) && !hasConfig) {
      throw new AwsError("InvalidParameterException", `User does not have delivery config set to turn on ${method}`);
    }
    if (settings.Enabled === true && !mfa.enabled.includes(method)) mfa.enabled.push(method);
    if (settings.Enabled === false) {
      mfa.enabled = mfa.enabled.filter((m) => m !== method);
      if (mfa.preferred === method) delete mfa.preferred;
    }
    if (settings.PreferredMfa === true) {
      if (!mfa.enabled.includes(method)) mfa.enabled.push(method);
      mfa.preferred = method;
    } else if (settings.PreferredMfa === false && mfa.preferred === method) delete mfa.preferred;
  };
  apply("SMS_MFA", input.SMSMfaSettings, attributeOf(user, "phone_number") !== undefined);
  apply("SOFTWARE_TOKEN_MFA", input.SoftwareTokenMfaSettings, mfa.totpSecret !== undefined);
  apply("EMAIL_OTP", input.EmailMfaSettings, attributeOf(user, "email") !== undefined);
  user.mfa = mfa;
  user.user.UserLastModifiedDate = ctx.now();
}

/** AssociateSoftwareToken with an access token: a new secret waits for VerifySoftwareToken. */
export function associateForUser(user: UserRecord, secret: string): void {
  user.mfa = { enabled: [], ...user.mfa, pendingTotpSecret: secret };
}

const mismatch = () => new AwsError("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA");
const notFound = () => new AwsError("SoftwareTokenMFANotFoundException", "Software Token MFA does not exist for the user.");

/** VerifySoftwareToken with an access token: the pending secret becomes the user's (enabled by SetUserMFAPreference). */
export function verifyForUser(ctx: OperationContext, user: UserRecord, code: string): S["VerifySoftwareTokenResponse"] {
  const secret = user.mfa?.pendingTotpSecret;
  if (secret === undefined) throw notFound();
  if (!totpMatches(secret, code, ctx.nowMs())) throw mismatch();
  const { pendingTotpSecret: _, ...rest } = user.mfa!;
  user.mfa = { ...rest, totpSecret: secret };
  return { Status: "SUCCESS" };
}

/** VerifySoftwareToken with an MFA_SETUP session: the code proves the secret; the sign-in goes on with a new session. */
export function verifyForSession(ctx: OperationContext, session: SessionRecord, code: string): Record<string, string> {
  const secret = session.data[PENDING_SECRET];
  if (secret === undefined) throw notFound();
  if (!totpMatches(secret, code, ctx.nowMs())) throw mismatch();
  const { [PENDING_SECRET]: _, ...rest } = session.data;
  return { ...rest, [VERIFIED_SECRET]: secret };
}
