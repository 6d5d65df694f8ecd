// AWS refuses a signature whose X-Amz-Date is more than 5 minutes from its clock, with
// InvalidSignatureException and this wording (seen from other AWS services; INFERRED for Cognito).
import { AwsError } from "../protocol/errors.ts";

export const MAX_SKEW_MS = 5 * 60 * 1000;

/** `20240101T120000Z` -> Date, or undefined if malformed. */
export function parseAmzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const amzDate = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function checkClockSkew(sent: string, signingDate: Date, nowMs: number): AwsError | undefined {
  const now = amzDate(nowMs);
  if (signingDate.getTime() < nowMs - MAX_SKEW_MS) {
    return new AwsError("InvalidSignatureException", `Signature expired: ${sent} is now earlier than ${amzDate(nowMs - MAX_SKEW_MS)} (${now} - 5 min.)`);
  }
  if (signingDate.getTime() > nowMs + MAX_SKEW_MS) {
    return new AwsError("InvalidSignatureException", `Signature not yet current: ${sent} is still later than ${amzDate(nowMs + MAX_SKEW_MS)} (${now} + 5 min.)`);
  }
  return undefined;
}
