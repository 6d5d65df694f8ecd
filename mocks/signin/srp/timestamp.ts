// The TIMESTAMP of a PASSWORD_VERIFIER answer: `EEE MMM d HH:mm:ss UTC yyyy`, English names, day not zero-padded.
// Mirrors amazon-cognito-identity-js src/DateHelper.js (getNowString) and Amplify v6
// packages/auth/src/providers/cognito/utils/srp/getNowString.ts. The service refuses a padded day, a wrong
// weekday or a far clock with `Incorrect username or password.` (aws-behavior.md §10, INFERRED).

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** How far the TIMESTAMP may be from the server's clock, either way. The service's window is not documented;
 * 5 minutes is AWS's usual clock-skew allowance (SigV4), our choice (INFERRED). */
export const TIMESTAMP_WINDOW_MS = 5 * 60 * 1000;

export function formatTimestamp(date: Date): string {
  return (
    `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

const FORMAT = new RegExp(
  `^(${WEEKDAYS.join("|")}) (${MONTHS.join("|")}) ([1-9]|[12]\\d|3[01]) ([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d) UTC (\\d{4})$`,
);

/** Strict: exactly the clients' format, a day that exists in that month, and the weekday of that date. */
export function parseTimestamp(text: string): Date | undefined {
  const m = FORMAT.exec(text);
  if (!m) return undefined;
  const [, weekday, month, day, hh, mm, ss, year] = m;
  const date = new Date(Date.UTC(2000, 0, 1, Number(hh), Number(mm), Number(ss)));
  date.setUTCFullYear(Number(year), MONTHS.indexOf(month), Number(day)); // Date.UTC reads years 0-99 as 19xx
  if (date.getUTCDate() !== Number(day)) return undefined; // Feb 30 rolled over into March
  if (WEEKDAYS[date.getUTCDay()] !== weekday) return undefined;
  return date;
}

/** A well-formed TIMESTAMP within TIMESTAMP_WINDOW_MS of `nowMs`. */
export function timestampAcceptable(text: string, nowMs: number): boolean {
  const date = parseTimestamp(text);
  return date !== undefined && Math.abs(date.getTime() - nowMs) <= TIMESTAMP_WINDOW_MS;
}
