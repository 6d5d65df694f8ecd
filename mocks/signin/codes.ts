// One-time codes: 6 digits, sent to the outbox as `kind: "code"` messages (readable through the control API,
// never logged). Confirmation and reset codes are valid 24 h (DOC) and checked with §9's texts (CONFIRMED).
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { CodeMessage, PendingCode, UserRecord } from "../state.ts";
import { isTrue } from "./user-state.ts";
import { deferMessageTriggers, wantsMessageTriggers, type MessageVia } from "../triggers/messages.ts";

export const CODE_VALIDITY_MS = 24 * 60 * 60_000;

export const codeErrors = {
  mismatch: () => new AwsError("CodeMismatchException", "Invalid verification code provided, please try again."),
  expired: () => new AwsError("ExpiredCodeException", "Invalid code provided, please request a code again."),
};

/** From the seeded ids: a seeded run sends the same codes (and stores the same state) every time. */
export const newCode = (ctx: OperationContext) => String(parseInt(ctx.ids.uuid().replaceAll("-", "").slice(0, 12), 16) % 1_000_000).padStart(6, "0");

export interface Delivery {
  medium: "EMAIL" | "SMS";
  attribute: "email" | "phone_number";
  destination: string;
}

/** The model's CodeDeliveryDetailsType, with the destination masked (`s***@g***`, CONFIRMED for email). */
export const deliveryDetails = (d: Delivery) => ({ Destination: mask(d), DeliveryMedium: d.medium, AttributeName: d.attribute });

function mask(d: Delivery): string {
  if (d.medium === "SMS") return `+*******${d.destination.slice(-4)}`; // phone mask: UNKNOWN, our choice
  const [local = "", domain = ""] = d.destination.split("@");
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

const attribute = (user: UserRecord, name: string) => user.user.Attributes?.find((a) => a.Name === name)?.Value;

/** Where a code for this user goes: the first of `preferred` the user has (verified, when `verifiedOnly`). */
export function deliveryFor(user: UserRecord, preferred: readonly ("email" | "phone_number")[], verifiedOnly: boolean): Delivery | undefined {
  for (const name of preferred) {
    const value = attribute(user, name);
    if (value === undefined) continue;
    if (verifiedOnly && !isTrue(attribute(user, `${name}_verified`))) continue;
    return { medium: name === "email" ? "EMAIL" : "SMS", attribute: name, destination: value };
  }
  return undefined;
}

/**
 * Puts a code in the outbox; the pool's message triggers (if any) run before the answer. `via`: the trigger source's
 * tail, and the app client the request came through (the events' callerContext.clientId).
 */
export function sendCode(ctx: OperationContext, userPoolId: string, user: UserRecord, purpose: CodeMessage["purpose"], delivery: Delivery, code: string, via: MessageVia = {}): void {
  const record: CodeMessage = {
    kind: "code",
    userPoolId,
    username: user.user.Username!,
    purpose,
    medium: delivery.medium,
    destination: delivery.destination,
    code,
    sentAt: ctx.now(),
  };
  ctx.state.codes.push(record);
  const pool = ctx.state.pools.get(userPoolId);
  if (pool?.pool.LambdaConfig && wantsMessageTriggers(pool)) deferMessageTriggers(ctx, pool, user, record, via);
}

/** A pending confirmation or reset code with its expiry. */
export const pendingCode = (ctx: OperationContext, code: string): PendingCode => ({ code, expiresAt: ctx.nowMs() + CODE_VALIDITY_MS });

/** Checks a presented code against the pending one (consumed on success). */
export function checkCode(ctx: OperationContext, user: UserRecord, kind: "confirmation" | "reset", presented: string): void {
  const pending = user.codes?.[kind];
  if (!pending || pending.code !== presented) throw codeErrors.mismatch();
  if (ctx.nowMs() > pending.expiresAt) throw codeErrors.expired();
  delete user.codes![kind];
}
