// "Sending" a threat-protection email: render the template for the outcome and keep the message in the
// state's outbox, where the control API shows it.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import type { Notification, UserRecord } from "../state.ts";
import type { NotifyTemplate } from "./decision.ts";
import { DEFAULT_TEMPLATES, renderEmail } from "./templates.ts";
import { deferTakeoverNotification, sendsTakeoverToFunction, type TakeoverAction } from "../triggers/takeover-sender.ts";

/** When the caller names no configured action: what the template says happened. */
const ACTION_OF_TEMPLATE: Record<NotifyTemplate, TakeoverAction> = { BlockEmail: "BLOCK", MfaEmail: "MFA_IF_CONFIGURED", NoActionEmail: "NO_ACTION" };

type S = components["schemas"];

/**
 * Where the one-click links point. Real links are opaque Cognito URLs; ours carry exactly the members of
 * UpdateAuthEventFeedback as query parameters, so a test can replay a click with
 * `Object.fromEntries(new URL(link).searchParams)`. In-process the host is reserved (.invalid): nothing answers there;
 * `serve` points them at its own `GET /_mock/feedback`, so a click records the feedback.
 */
export const FEEDBACK_LINK_BASE = "https://cognito-conformance.invalid/_mock/feedback";

export function feedbackLink(
  params: { UserPoolId: string; Username: string; EventId: string; FeedbackToken: string },
  value: S["FeedbackValueType"],
  base = FEEDBACK_LINK_BASE,
): string {
  const query = new URLSearchParams({ ...params, FeedbackValue: value });
  return `${base}?${query}`;
}

export interface RiskEmailRequest {
  userPoolId: string;
  user: UserRecord;
  event: S["AuthEventType"] & { EventId: string; CreationDate: number };
  feedbackToken: string;
  template: NotifyTemplate;
  notifyConfiguration?: S["NotifyConfigurationType"];
  /** The configured action the notification reports (a CustomEmailSender's ACCOUNT_TAKE_OVER_ACTION). */
  action?: TakeoverAction;
}

/** Renders and stores the message; none when the user has no email address to mail (Cognito mails `email`). */
export function sendRiskEmail(ctx: OperationContext, request: RiskEmailRequest): Notification | undefined {
  const attributes = request.user.user.Attributes ?? [];
  const to = attributes.find((a) => a.Name === "email")?.Value;
  if (!to) return undefined;
  const username = request.user.user.Username ?? "";
  const linkParams = { UserPoolId: request.userPoolId, Username: username, EventId: request.event.EventId, FeedbackToken: request.feedbackToken };
  const base = ctx.feedbackLinkBase;
  const feedbackLinks = { valid: feedbackLink(linkParams, "Valid", base), invalid: feedbackLink(linkParams, "Invalid", base) };
  const context = request.event.EventContextData ?? {};
  const unknown = (value: string | undefined) => value || "Unknown";
  const notify = request.notifyConfiguration;
  const rendered = renderEmail(notify?.[request.template] ?? DEFAULT_TEMPLATES[request.template], {
    username,
    "ip-address": context.IpAddress ?? "",
    city: unknown(context.City),
    country: unknown(context.Country),
    "login-time": new Date(request.event.CreationDate * 1000).toISOString(),
    "device-name": unknown(context.DeviceName),
    "one-click-link-valid": feedbackLinks.valid,
    "one-click-link-invalid": feedbackLinks.invalid,
    "event-id": request.event.EventId,
    "feedback-token": request.feedbackToken,
  });
  const notification: Notification = {
    userPoolId: request.userPoolId,
    username,
    eventId: request.event.EventId,
    template: request.template,
    ...(notify?.From !== undefined && { from: notify.From }),
    ...(notify?.ReplyTo !== undefined && { replyTo: notify.ReplyTo }),
    to,
    ...rendered,
    feedbackLinks,
    sentAt: ctx.now(),
  };
  // A pool with a CustomEmailSender: the function gets the notification instead (mocks/triggers/takeover-sender.ts).
  const pool = ctx.state.pools.get(request.userPoolId);
  if (sendsTakeoverToFunction(pool)) {
    notification.sender = "CustomEmailSender";
    const loginTime = new Date(request.event.CreationDate * 1000).toISOString();
    deferTakeoverNotification(ctx, pool, {
      notification,
      action: request.action ?? ACTION_OF_TEMPLATE[request.template],
      ipAddress: context.IpAddress ?? "",
      loginTime,
      feedbackToken: request.feedbackToken,
      ...(context.City && { city: context.City }),
      ...(context.Country && { country: context.Country }),
      ...(context.DeviceName && { deviceName: context.DeviceName }),
    });
  }
  ctx.state.outbox.push(notification);
  return notification;
}
