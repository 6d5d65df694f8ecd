// Threat-protection email templates: Cognito's placeholders filled in, and the defaults used when a
// NotifyConfiguration has no template for the action (Cognito then mails its own; ours are short stand-ins).
import type { components } from "../../generated/types.ts";
import type { NotifyTemplate } from "./decision.ts";

type NotifyEmail = components["schemas"]["NotifyEmailType"];

/** What the placeholders stand for (seed 002, the developer guide's message templates; §11 adds the last two). */
export interface TemplateValues {
  username: string;
  "ip-address": string;
  city: string;
  country: string;
  "login-time": string;
  "device-name": string;
  "one-click-link-valid": string;
  "one-click-link-invalid": string;
  "event-id": string;
  "feedback-token": string;
}

const PLACEHOLDER = /\{(username|ip-address|city|country|login-time|device-name|one-click-link-valid|one-click-link-invalid|event-id|feedback-token)\}/g;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** One pass, so a value that itself looks like a placeholder (a username `{city}`) stays as it is. */
export function fillPlaceholders(template: string, values: TemplateValues, html = false): string {
  return template.replace(PLACEHOLDER, (_, name: keyof TemplateValues) => (html ? escapeHtml(values[name]) : values[name]));
}

export interface RenderedEmail {
  subject: string;
  htmlBody?: string;
  textBody?: string;
}

export function renderEmail(template: NotifyEmail, values: TemplateValues): RenderedEmail {
  return {
    subject: fillPlaceholders(template.Subject, values),
    ...(template.HtmlBody !== undefined && { htmlBody: fillPlaceholders(template.HtmlBody, values, true) }),
    ...(template.TextBody !== undefined && { textBody: fillPlaceholders(template.TextBody, values) }),
  };
}

const SIGN_IN_DETAILS = "at {login-time} from {ip-address} ({device-name}, {city}, {country})";
const LINKS_TEXT = "If this was you, confirm here: {one-click-link-valid}\nIf this was not you, report it here: {one-click-link-invalid}";
const LINKS_HTML =
  '<p><a href="{one-click-link-valid}">This was me</a> | <a href="{one-click-link-invalid}">This was not me</a></p>';

function defaultTemplate(subject: string, summary: string): NotifyEmail {
  return {
    Subject: subject,
    HtmlBody: `<p>Hello {username},</p><p>${summary} ${SIGN_IN_DETAILS}.</p>${LINKS_HTML}`,
    TextBody: `Hello {username},\n${summary} ${SIGN_IN_DETAILS}.\n${LINKS_TEXT}`,
  };
}

export const DEFAULT_TEMPLATES: Record<NotifyTemplate, NotifyEmail> = {
  BlockEmail: defaultTemplate("Blocked sign-in attempt", "We blocked an unrecognized sign-in to your account"),
  MfaEmail: defaultTemplate("New sign-in attempt", "We asked for additional verification on a sign-in to your account"),
  NoActionEmail: defaultTemplate("New sign-in attempt", "We noticed a new sign-in to your account"),
};
