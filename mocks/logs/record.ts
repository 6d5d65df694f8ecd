// The exported user-activity record (aws-behavior.md §13.2): one stored auth event in the export page's format,
// field by field. Every leaf is a string, as in the page's example. docs/log-export.md lists each field's label.
import type { AuthEventRecord, PoolRecord, UserRecord } from "../state.ts";

/** A record as it leaves the mock: the envelope and its message, exactly what a destination receives. */
export interface ExportedRecord {
  eventTimestamp: string;
  eventSource: string;
  logLevel: "INFO" | "ERROR";
  message: Record<string, unknown>;
  logSourceId: { userPoolId: string };
}

/** What the record needs besides the stored event: who, through which client, and the request it came with. */
export interface ActivityFacts {
  pool: PoolRecord;
  user: UserRecord;
  record: AuthEventRecord;
  requestId?: string;
  /** The request carried context data (ContextData, or UserContextData's EncodedData). */
  hasContextData: boolean;
}

/** UNKNOWN (the doc's example says USER_ACTIVITY, client code USER_AUTH_EVENTS): ours matches USER_NOTIFICATION's naming. */
export const USER_ACTIVITY_SOURCE = "USER_AUTH_EVENTS";

/**
 * The API's RiskDecision in the export's words. Only PASS is documented (for NoRisk); the others are our choice
 * (UNKNOWN), so suites never assert them.
 */
const RISK_DECISION: Record<string, string> = { NoRisk: "PASS", AccountTakeover: "ACCOUNT_TAKEOVER", Block: "BLOCK" };

export function userActivityRecord(facts: ActivityFacts): ExportedRecord {
  const { pool, user, record } = facts;
  const event = record.event;
  const userPoolId = pool.pool.Id!;
  const context = event.EventContextData ?? {};
  const risk = event.EventRisk ?? {};
  const feedback = event.EventFeedback;
  const createdMs = Math.round((event.CreationDate ?? 0) * 1000);
  return {
    eventTimestamp: String(createdMs),
    eventSource: USER_ACTIVITY_SOURCE,
    logLevel: "INFO",
    message: {
      version: "1",
      eventId: event.EventId ?? "",
      eventType: event.EventType ?? "",
      userSub: user.user.Attributes?.find((a) => a.Name === "sub")?.Value ?? "",
      userName: user.user.Username ?? "",
      userPoolId,
      clientId: record.clientId ?? "",
      creationDate: javaDateString(createdMs),
      eventResponse: event.EventResponse ?? "",
      riskLevel: risk.RiskLevel ?? "",
      riskDecision: RISK_DECISION[risk.RiskDecision ?? "NoRisk"] ?? "PASS",
      challenges: (event.ChallengeResponses ?? []).map((c) => ({ challengeName: c.ChallengeName ?? "", challengeResponse: c.ChallengeResponse ?? "" })),
      deviceName: context.DeviceName ?? "",
      ipAddress: context.IpAddress ?? "",
      requestId: facts.requestId ?? "",
      idpName: "",
      compromisedCredentialDetected: String(risk.CompromisedCredentialsDetected === true),
      city: context.City ?? "",
      country: context.Country ?? "",
      eventFeedbackValue: feedback?.FeedbackValue ?? "",
      eventFeedbackDate: feedback?.FeedbackDate === undefined ? "" : String(Math.round(feedback.FeedbackDate * 1000)),
      eventFeedbackProvider: feedback?.Provider ?? "",
      hasContextData: String(facts.hasContextData),
    },
    logSourceId: { userPoolId },
  };
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** Java's Date.toString() in UTC, `EEE MMM dd HH:mm:ss zzz yyyy` ("Wed Jul 17 17:25:55 UTC 2024"), whole seconds. */
export function javaDateString(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}
