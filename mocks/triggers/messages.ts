// The triggers around a sent code (aws-behavior.md §14.2): custom message rewrites the text Cognito sends (the
// function sees the placeholder {####}, never the code); custom email / SMS senders get the code encrypted and
// send it themselves. They run after the operation's synchronous part (OperationContext.deferred, settled by the
// core before the answer): a custom message failure fails the call, the code's record stays (AWS UNKNOWN); custom
// senders are invoked asynchronously by AWS (DOC), so their failures never reach the caller.
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { CodeMessage, PoolRecord, UserRecord } from "../state.ts";
import { eventAttributes, hasTrigger, invokeTrigger, stringOf } from "./invoke.ts";
import { triggerErrors } from "./runtime.ts";
import { encryptSenderCode } from "./sender-crypto.ts";

/** Which event of a code's purpose: SignUp, ResendCode, ForgotPassword, UpdateUserAttribute, VerifyUserAttribute, AdminCreateUser, Authentication. */
export type MessageSource = "SignUp" | "ResendCode" | "ForgotPassword" | "UpdateUserAttribute" | "VerifyUserAttribute" | "AdminCreateUser" | "Authentication";

const SOURCE_OF: Record<CodeMessage["purpose"], MessageSource> = {
  SignUp: "SignUp",
  ForgotPassword: "ForgotPassword", // AdminResetUserPassword too (its source is UNKNOWN)
  EMAIL_OTP: "Authentication",
  SMS_MFA: "Authentication",
  SMS_OTP: "Authentication",
  Invitation: "AdminCreateUser",
  VerifyUserAttribute: "VerifyUserAttribute",
  Welcome: "AdminCreateUser", // never deferred (migrate-user.ts sends no trigger for it; AWS's source UNKNOWN)
};

export const wantsMessageTriggers = (pool: PoolRecord) => hasTrigger(pool, "CustomMessage") || hasTrigger(pool, "CustomEmailSender") || hasTrigger(pool, "CustomSMSSender");

/** How a code was sent: its source tail (default: by the code's purpose) and the app client of the request, if any. */
export interface MessageVia {
  source?: MessageSource;
  clientId?: string;
}

/** Defers the pool's message triggers for the code `record` (already in the outbox). */
export function deferMessageTriggers(ctx: OperationContext, pool: PoolRecord, user: UserRecord, record: CodeMessage, via: MessageVia = {}): void {
  const message = { pool, user, record, source: via.source ?? SOURCE_OF[record.purpose], ...(via.clientId !== undefined && { clientId: via.clientId }) };
  (ctx.deferred ??= []).push(() => runMessageTriggers(ctx, message));
}

interface SentMessage {
  pool: PoolRecord;
  user: UserRecord;
  record: CodeMessage;
  source: MessageSource;
  /** Absent for admin operations: callerContext.clientId null. */
  clientId?: string;
}

async function runMessageTriggers(ctx: OperationContext, message: SentMessage): Promise<void> {
  const sender = message.record.medium === "EMAIL" ? "CustomEmailSender" : "CustomSMSSender";
  if (hasTrigger(message.pool, sender)) return customSender(ctx, message, sender);
  if (hasTrigger(message.pool, "CustomMessage")) return customMessage(ctx, message);
}

async function customMessage(ctx: OperationContext, { pool, user, record, source, clientId }: SentMessage): Promise<void> {
  const response = (await invokeTrigger(ctx, {
    pool,
    trigger: "CustomMessage",
    triggerSource: `CustomMessage_${source}`,
    userName: user.user.Username!,
    ...(clientId !== undefined && { clientId }),
    request: {
      userAttributes: eventAttributes(user),
      codeParameter: "{####}",
      linkParameter: "{##Click Here##}",
      usernameParameter: source === "AdminCreateUser" ? "{username}" : null,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  }))!;
  const email = record.medium === "EMAIL";
  const text = stringOf(response, email ? "emailMessage" : "smsMessage");
  const subject = email ? stringOf(response, "emailSubject") : undefined;
  if (text === undefined && subject === undefined) return;
  if (email && pool.pool.EmailConfiguration?.EmailSendingAccount !== "DEVELOPER") throw triggerErrors.unrecognizable(); // DOC type, text UNKNOWN
  if (email && text !== undefined && !text.includes("{####}")) {
    // CONFIRMED text.
    throw new AwsError(
      "InvalidParameterException",
      `1 validation error detected: Value '${text}' at 'emailBody' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*`,
    );
  }
  // Cognito puts the code (or temporary password) and the username in after the function returns (CONFIRMED).
  const fill = (t: string) => t.replaceAll("{####}", record.code).replaceAll("{username}", user.user.Username!);
  replaceRecord(ctx, record, { ...(text !== undefined && { message: fill(text) }), ...(subject !== undefined && { subject }) });
}

async function customSender(ctx: OperationContext, { pool, user, record, source, clientId }: SentMessage, sender: "CustomEmailSender" | "CustomSMSSender"): Promise<void> {
  const kmsKeyId = pool.pool.LambdaConfig?.KMSKeyID ?? "";
  // The code goes to the function instead of Cognito's own message; its answer is ignored (DOC).
  replaceRecord(ctx, record, { sender });
  try {
    await invokeTrigger(ctx, {
      pool,
      trigger: sender,
      triggerSource: `${sender}_${source}`,
      userName: user.user.Username!,
      ...(clientId !== undefined && { clientId }),
      request: {
        type: sender === "CustomEmailSender" ? "customEmailSenderRequestV1" : "customSMSSenderRequestV1",
        // Temporary passwords are HTML-escaped before encryption (DOC).
        code: await encryptSenderCode(kmsKeyId, source === "AdminCreateUser" ? escapeHtml(record.code) : record.code),
        userAttributes: eventAttributes(user),
      },
    });
  } catch {
    // Asynchronous in AWS: the caller never sees a sender's failure (DOC).
  }
}

const escapeHtml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** State records are replaced, never changed in place. */
function replaceRecord(ctx: OperationContext, record: CodeMessage, change: Partial<CodeMessage>): void {
  const codes = ctx.state.codes;
  const i = codes.findIndex((c) => c === record || (c.sentAt === record.sentAt && c.code === record.code && c.username === record.username));
  if (i >= 0) codes[i] = { ...codes[i]!, ...change };
}
