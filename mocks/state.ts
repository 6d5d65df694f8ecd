// The mock's state: plain data, so it can be reset, copied, persisted and checked for invariants.
import type { components } from "../generated/types.ts";
import type { PoolKeys } from "./tokens/keys.ts";

type S = components["schemas"];

export type RiskConfigurationBody = Pick<
  S["RiskConfigurationType"],
  "CompromisedCredentialsRiskConfiguration" | "AccountTakeoverRiskConfiguration" | "RiskExceptionConfiguration"
>;

/** A stored risk configuration (pool or client scope). */
export interface StoredRiskConfiguration extends RiskConfigurationBody {
  LastModifiedDate: number;
}

export interface AuthEventRecord {
  event: S["AuthEventType"];
  /** The token mailed with the event's notification; UpdateAuthEventFeedback must present it. */
  feedbackToken: string;
  clientId?: string;
}

/** The only stored form of a password: the SRP verifier and a salted HMAC digest (never the password itself). */
export interface Credentials {
  saltHex: string;
  verifierHex: string;
  /** HMAC-SHA256(salt, password), hex: USER_PASSWORD_AUTH checks it without a 3072-bit modPow. */
  digest: string;
}

export type MfaMethod = "SMS_MFA" | "SOFTWARE_TOKEN_MFA" | "EMAIL_OTP";

export interface UserMfa {
  /** Verified TOTP secret (base32), once VerifySoftwareToken succeeded. */
  totpSecret?: string;
  /** Associated but not yet verified (AssociateSoftwareToken with an access token). */
  pendingTotpSecret?: string;
  enabled: MfaMethod[];
  preferred?: MfaMethod;
}

/** A code the user must echo: sign-up confirmation or password reset (24 h, aws-behavior.md §9 DOC). */
export interface PendingCode {
  code: string;
  /** The attribute the code went to: confirming it verifies that attribute. */
  attribute?: "email" | "phone_number";
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface UserRecord {
  user: S["UserType"];
  /** Newest last; AdminListUserAuthEvents reads it backwards. */
  events: AuthEventRecord[];
  credentials?: Credentials;
  mfa?: UserMfa;
  /** Failed password attempts and the lock they caused (signin/lockout.ts). */
  lockout?: { failures: number; lockedUntil?: number };
  codes?: { confirmation?: PendingCode; reset?: PendingCode; verification?: { email?: PendingCode; phone_number?: PendingCode } };
  /** New email / phone_number values held back until verified (AttributesRequireVerificationBeforeUpdate). */
  pendingAttributes?: { email?: string; phone_number?: string };
  /** Epoch ms of the last hour's GetUserAttributeVerificationCode calls and VerifyUserAttribute attempts (quotas). */
  verificationQuota?: { sent?: number[]; attempts?: number[] };
  /** Epoch ms after which a temporary password (FORCE_CHANGE_PASSWORD) no longer signs in. */
  temporaryUntil?: number;
  /** origin_jti of every refresh-token family issued and not revoked: GlobalSignOut revokes them all. */
  families?: string[];
  /** Names of the groups the user is in, in the order added (AdminAddUserToGroup): deleting the user drops them. */
  groups?: string[];
  /** External identities linked by AdminLinkProviderForUser (mocks/pools/provider-links.ts). */
  linkedProviders?: S["ProviderUserIdentifierType"][];
  /** Registered passkeys (signin/passkeys.ts), oldest first. */
  passkeys?: PasskeyRecord[];
  /** The open StartWebAuthnRegistration: its challenge, app client and expiry (one at a time; a new Start replaces it). */
  passkeyRegistration?: { challenge: string; clientId: string; rpId: string; userVerification: string; expiresAt: number };
  /** The user's devices by DeviceKey, in issue order (mocks/signin/devices.ts); made on the first tracked sign-in. */
  devices?: Map<string, DeviceRecord>;
  /** The user's DeviceGroupKey, the same for all their devices (scope UNKNOWN, aws-behavior.md §15.2). */
  deviceGroupKey?: string;
}

/** A passkey as CompleteWebAuthnRegistration verified it (credential id and COSE public key base64url). */
export interface PasskeyRecord {
  credentialId: string;
  publicKey: string;
  /** The authenticator's signature counter, raised by each sign-in (0 for authenticators that keep none). */
  counter: number;
  rpId: string;
  transports: string[];
  attachment?: string;
  friendlyName: string;
  createdAt: number;
}

/** A device (aws-behavior.md §15): issued in NewDeviceMetadata, confirmed with its own SRP verifier (ConfirmDevice). */
export interface DeviceRecord {
  /** The device's SRP salt and verifier as hex; absent until ConfirmDevice. */
  secret?: { saltHex: string; verifierHex: string };
  name?: string;
  remembered: boolean;
  /** Epoch seconds: create and modified with milliseconds, last authenticated whole seconds (§15.6). */
  createdAt: number;
  modifiedAt: number;
  lastAuthenticatedAt: number;
  lastIp?: string;
}

/** One of an app client's secrets (ClientSecretDescriptorType, aws-behavior.md §12.1). */
export interface ClientSecretRecord {
  /** `<client-id>--<epoch-create-time>` (DOC, model). */
  id: string;
  value: string;
  /** Epoch seconds with fraction. */
  createdAt: number;
}

export interface ClientRecord {
  client: S["UserPoolClientType"];
  /** The active secrets, oldest first; `client.ClientSecret` is the oldest's value (mocks/pools/client-secrets.ts).
   * Absent in state saved before secret rotation: the client's ClientSecret is then its only secret. */
  secrets?: ClientSecretRecord[];
  /** The client's managed login branding style (PoolRecord.brandings), if it has one. */
  brandingId?: string;
}

export interface PoolRecord {
  pool: S["UserPoolType"];
  clients: Map<string, ClientRecord>;
  /** Keyed by username (case-sensitive unless the pool's UsernameConfiguration says otherwise). */
  users: Map<string, UserRecord>;
  risk?: StoredRiskConfiguration;
  clientRisk: Map<string, StoredRiskConfiguration>;
  /** Signing keys (mocks/tokens), made on the pool's first sign-in. */
  keys?: PoolKeys;
  /** SetUserPoolMfaConfig's methods; MfaConfiguration itself lives on the pool. */
  mfaConfig?: Pick<S["SetUserPoolMfaConfigRequest"], "SmsMfaConfiguration" | "SoftwareTokenMfaConfiguration" | "EmailMfaConfiguration" | "WebAuthnConfiguration">;
  /** CreateGroup's groups by name, in creation order; made on the first CreateGroup (reads never create it). */
  groups?: Map<string, S["GroupType"]>;
  /** SetLogDeliveryConfiguration's list (mocks/logs/); absent until the first Set. */
  logDelivery?: S["LogConfigurationType"][];
  /** Managed login branding styles by ManagedLoginBrandingId, one per app client (mocks/pools/managed-login.ts). */
  brandings?: Map<string, BrandingRecord>;
  /** Terms documents by TermsId (mocks/pools/managed-login.ts). */
  terms?: Map<string, S["TermsType"]>;
  /** User import jobs by JobId, in creation order (mocks/pools/import-jobs.ts). */
  importJobs?: Map<string, ImportJobRecord>;
  /** Replicas by Region name (mocks/pools/replicas.ts); the primary is the pool itself, never stored here. */
  replicas?: Map<string, S["UserPoolReplicaType"]>;
  // Managed login configuration (issue 18 §2, mocks/pools/domains.ts and siblings); each is made on its first write.
  /** The pool's one domain (prefix or custom) as DescribeUserPoolDomain answers it. */
  domain?: S["DomainDescriptionType"];
  /** Resource servers by Identifier, in creation order. */
  resourceServers?: Map<string, S["ResourceServerType"]>;
  /** Identity providers by ProviderName, in creation order. */
  identityProviders?: Map<string, S["IdentityProviderType"]>;
  /** SetUICustomization's settings by client id, `ALL` for the pool's default. */
  uiCustomizations?: Map<string, S["UICustomizationType"]>;
  /** GetSigningCertificate's certificate (base64 DER), made on the first call and kept. */
  signingCertificate?: string;
}

/** A managed login branding style and the app client it belongs to (the output type does not name the client). */
export interface BrandingRecord {
  branding: S["ManagedLoginBrandingType"];
  clientId: string;
}

/** A user import job, the secret in its pre-signed URL, and the CSV uploaded to that URL (until the job starts). */
export interface ImportJobRecord {
  job: S["UserImportJobType"];
  uploadToken: string;
  csv?: string;
}

/** A notification the mock "sent" (threat-protection email), visible through the control API's outbox. */
export interface Notification {
  userPoolId: string;
  username: string;
  eventId: string;
  template: "BlockEmail" | "MfaEmail" | "NoActionEmail";
  from?: string;
  replyTo?: string;
  to?: string;
  subject: string;
  htmlBody?: string;
  textBody?: string;
  feedbackLinks: { valid: string; invalid: string };
  sentAt: number;
  /** Handed to the pool's CustomEmailSender instead of mailed (CustomEmailSender_AccountTakeOverNotification). */
  sender?: "CustomEmailSender";
}

/** A control-API risk rule (mocks/risk/rules.ts): the risk level a matching event gets, since AWS's model can't be reproduced. */
export interface RiskRule {
  RiskLevel: "Low" | "Medium" | "High";
  UserPoolId?: string;
  IpRange?: string;
  Username?: string;
  DeviceMarker?: string;
  /** A device key (NewDeviceMetadata.DeviceKey) the sign-in presents as DEVICE_KEY, once confirmed. */
  DeviceKey?: string;
}

/** A code the mock "sent" by email or SMS (sign-up, forgot-password, EMAIL_OTP, SMS_MFA); never logged. */
export interface CodeMessage {
  kind: "code";
  userPoolId: string;
  username: string;
  /** Welcome: a migrated user's welcome message (no code; mocks/triggers/migrate-user.ts). */
  purpose: "SignUp" | "ForgotPassword" | "EMAIL_OTP" | "SMS_MFA" | "SMS_OTP" | "Invitation" | "VerifyUserAttribute" | "Welcome";
  medium: "EMAIL" | "SMS";
  destination: string;
  code: string;
  sentAt: number;
  /** The text a custom message function made, with the code in (mocks/triggers/messages.ts). */
  message?: string;
  subject?: string;
  /** The custom sender function that got this code instead of Cognito sending it. */
  sender?: "CustomEmailSender" | "CustomSMSSender";
}

/** Challenge state between two sign-in calls, under an opaque session string (signin/sessions.ts). */
export interface SessionRecord {
  poolId: string;
  clientId: string;
  username: string;
  challenge: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** What the challenge's handler needs next (SRP b/B, a code, a pending TOTP secret, the risk event id...). */
  data: Record<string, string>;
}

export interface MockState {
  pools: Map<string, PoolRecord>;
  outbox: Notification[];
  /** Codes "sent" (the outbox's `kind: "code"` messages; kept apart so notifications keep their one shape). */
  codes: CodeMessage[];
  sessions: Map<string, SessionRecord>;
  /** Revoked refresh-token families (origin_jti) and used rotated refresh tokens (jti), with when. */
  revoked: Map<string, number>;
  /** Risk rules (mocks/risk/rules.ts): first match wins; none matching means no risk. */
  riskRules: RiskRule[];
  /** SHA-256 digests of passwords added to the compromised list through the control API (never the passwords). */
  compromisedPasswords: string[];
  /** UpdateProvisionedLimit's values by `<region>/<category>` (mocks/pools/provisioned-limits.ts); absent: the free value. */
  provisionedLimits: Map<string, number>;
}

export function emptyState(): MockState {
  return { pools: new Map(), outbox: [], codes: [], sessions: new Map(), revoked: new Map(), riskRules: [], compromisedPasswords: [], provisionedLimits: new Map() };
}

/** State saved before sign-in existed lacks the sign-in maps (and the risk rules). */
export function upgradeState(state: MockState): MockState {
  state.codes ??= [];
  state.sessions ??= new Map();
  state.revoked ??= new Map();
  state.riskRules ??= [];
  state.compromisedPasswords ??= [];
  state.provisionedLimits ??= new Map();
  return state;
}
