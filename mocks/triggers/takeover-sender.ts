// Threat protection's account-takeover notification handed to the pool's CustomEmailSender instead of Cognito's own
// email (aws-behavior.md §14.2: CustomEmailSender_AccountTakeOverNotification, DOC source). The event carries no code
// (null) and the notification's facts as userAttributes: EVENT_ID, USER_NAME, IP_ADDRESS, ACCOUNT_TAKE_OVER_ACTION,
// ONE_CLICK_LINK_VALID / _INVALID, LOGIN_TIME, FEEDBACK_TOKEN, and CITY, COUNTRY, DEVICE_NAME when known (INFERRED,
// DefinitelyTyped's aws-lambda types). Invoked after the operation's synchronous part, its failure never reaches the
// caller (senders are asynchronous in AWS, DOC).
import type { OperationContext } from "../context.ts";
import type { Notification, PoolRecord } from "../state.ts";
import { hasTrigger, invokeTrigger } from "./invoke.ts";

/** The configured EventAction the mail reports (BLOCK, MFA_IF_CONFIGURED, MFA_REQUIRED, NO_ACTION). */
export type TakeoverAction = "BLOCK" | "MFA_IF_CONFIGURED" | "MFA_REQUIRED" | "NO_ACTION";

export interface TakeoverFacts {
  notification: Notification;
  action: TakeoverAction;
  ipAddress: string;
  loginTime: string;
  feedbackToken: string;
  city?: string;
  country?: string;
  deviceName?: string;
}

export const sendsTakeoverToFunction = (pool: PoolRecord | undefined): pool is PoolRecord => pool !== undefined && hasTrigger(pool, "CustomEmailSender");

/** Defers the CustomEmailSender invocation for this notification (the caller marks the notification `sender`). */
export function deferTakeoverNotification(ctx: OperationContext, pool: PoolRecord, facts: TakeoverFacts): void {
  (ctx.deferred ??= []).push(() => invokeTakeover(ctx, pool, facts));
}

async function invokeTakeover(ctx: OperationContext, pool: PoolRecord, facts: TakeoverFacts): Promise<void> {
  const n = facts.notification;
  try {
    await invokeTrigger(ctx, {
      pool,
      trigger: "CustomEmailSender",
      triggerSource: "CustomEmailSender_AccountTakeOverNotification",
      userName: n.username,
      request: {
        type: "customEmailSenderRequestV1",
        code: null,
        userAttributes: {
          EVENT_ID: n.eventId,
          USER_NAME: n.username,
          IP_ADDRESS: facts.ipAddress,
          ACCOUNT_TAKE_OVER_ACTION: facts.action,
          ONE_CLICK_LINK_VALID: n.feedbackLinks.valid,
          ONE_CLICK_LINK_INVALID: n.feedbackLinks.invalid,
          LOGIN_TIME: facts.loginTime,
          FEEDBACK_TOKEN: facts.feedbackToken,
          ...(facts.city && { CITY: facts.city }),
          ...(facts.country && { COUNTRY: facts.country }),
          ...(facts.deviceName && { DEVICE_NAME: facts.deviceName }),
        },
      },
    });
  } catch {
    // Asynchronous in AWS: the caller never sees a sender's failure (DOC).
  }
}
