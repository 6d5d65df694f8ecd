// The mock's state: plain data, so it can be reset, copied, persisted and checked for invariants.
import type { components } from "../generated/types.ts";

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

export interface UserRecord {
  user: S["UserType"];
  /** Newest last; AdminListUserAuthEvents reads it backwards. */
  events: AuthEventRecord[];
}

export interface ClientRecord {
  client: S["UserPoolClientType"];
}

export interface PoolRecord {
  pool: S["UserPoolType"];
  clients: Map<string, ClientRecord>;
  /** Keyed by username (case-sensitive unless the pool's UsernameConfiguration says otherwise). */
  users: Map<string, UserRecord>;
  risk?: StoredRiskConfiguration;
  clientRisk: Map<string, StoredRiskConfiguration>;
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
}

/** A control-API risk rule (mocks/risk/rules.ts): the risk level a matching event gets, since AWS's model can't be reproduced. */
export interface RiskRule {
  RiskLevel: "Low" | "Medium" | "High";
  UserPoolId?: string;
  IpRange?: string;
  Username?: string;
  DeviceMarker?: string;
}

export interface MockState {
  pools: Map<string, PoolRecord>;
  outbox: Notification[];
  /** First match wins; none matching means no risk. Optional so state files written before it still load. */
  riskRules?: RiskRule[];
  /** SHA-256 digests of passwords added to the compromised list through the control API (never the passwords). */
  compromisedPasswords?: string[];
}

export function emptyState(): MockState {
  return { pools: new Map(), outbox: [], riskRules: [], compromisedPasswords: [] };
}
