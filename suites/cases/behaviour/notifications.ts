// Threat-protection mail (aws-behavior.md §7, seed 003): in ENFORCED mode an action with Notify=true mails the
// user the configured template, placeholders replaced, with one-click feedback links carrying the event's
// FeedbackToken; AUDIT takes no action, so it mails nothing. Read through the control API's outbox, filtered to
// the scenario's own pool and user.
import type { Case } from "../../harness/case.ts";
import { citing, control, model, ok, scenario, seed } from "./build.ts";

const USERNAME = "notified-user";
const EMAIL = "notified-user@example.com";
const USER = { UserPoolId: "{{userPoolId}}", Username: USERNAME };
const SOURCES = [seed("003_0421c04c2c663bf6.txt", "feedback links in templates"), model("AccountTakeoverActionType.Notify"), model("NotifyEmailType")];

/** Every placeholder the template uses; the rendered mail must contain none of them. */
const TEMPLATE = {
  Subject: "Sign-in blocked for {username}",
  HtmlBody: '<p>{username} from {ip-address} ({city}, {country}) on {device-name}: <a href="{one-click-link-valid}">it was me</a> <a href="{one-click-link-invalid}">not me</a></p>',
  TextBody: "{username} from {ip-address} at {login-time}. Me: {one-click-link-valid} Not me: {one-click-link-invalid}",
};
const NO_PLACEHOLDER = { $not: { $pattern: "\\{(username|ip-address|city|country|login-time|device-name|one-click-link-valid|one-click-link-invalid)\\}" } };
const CARRIES_TOKEN = { $contains: "FeedbackToken={{FeedbackToken}}" };

const steps = [
  ok("AdminCreateUser", { ...USER, UserAttributes: [{ Name: "email", Value: EMAIL }], MessageAction: "SUPPRESS" }),
  ok("SetRiskConfiguration", {
    UserPoolId: "{{userPoolId}}",
    AccountTakeoverRiskConfiguration: {
      NotifyConfiguration: { From: "security@example.com", SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com", BlockEmail: TEMPLATE },
      Actions: { HighAction: { EventAction: "BLOCK", Notify: true } },
    },
  }),
  control("signIn", { ...USER, IpAddress: "203.0.113.70", RiskLevel: "High" }),
];
const outbox = (expect: object, save?: Record<string, string>) => control("outbox", { userPoolId: "{{userPoolId}}", username: USERNAME }, { body: expect }, save);

export const notificationCases: Case[] = [
  scenario({
    id: "notify/enforced-mails-template",
    operation: "SetRiskConfiguration",
    member: "AccountTakeoverRiskConfiguration.NotifyConfiguration.BlockEmail",
    rule: "notify-mail",
    title: "ENFORCED, High blocks with Notify=true: one mail to the user, from the configured template with its placeholders replaced, links carrying the event's FeedbackToken",
    sources: SOURCES,
    facts: ["s11.mails", "s7.feedback-templates", "s11.mail-recipient", "mock.control-api"],
    evidence: "INFERRED",
    fixtures: ["pool"],
    notes: [
      "DOC: Notify mails the user and templates use these placeholders. How AWS renders login-time, city and device is UNKNOWN: only the absence of placeholders is asserted there.",
      "Links and the outbox's shape are the mock control API's (needs control-api).",
    ],
    steps: [
      ...steps,
      outbox(
        {
          notifications: [
            {
              eventId: "{{EventId}}",
              template: "BlockEmail",
              to: EMAIL,
              from: "security@example.com",
              subject: `Sign-in blocked for ${USERNAME}`,
              htmlBody: { $contains: `<p>${USERNAME} from 203.0.113.70 (`, ...NO_PLACEHOLDER },
              textBody: { $contains: `${USERNAME} from 203.0.113.70 at `, ...NO_PLACEHOLDER },
              feedbackLinks: { valid: CARRIES_TOKEN, invalid: CARRIES_TOKEN },
            },
          ],
        },
        { validLink: "notifications.0.feedbackLinks.valid", invalidLink: "notifications.0.feedbackLinks.invalid" },
      ),
      // The text body holds the very links (the HTML body holds them HTML-escaped), each in its place.
      outbox({ notifications: [{ textBody: { $contains: "Me: {{validLink}} Not me: {{invalidLink}}" } }] }),
    ],
  }),
  scenario({
    id: "notify/audit-mails-nothing",
    operation: "SetRiskConfiguration",
    member: "AccountTakeoverRiskConfiguration.Actions.HighAction.Notify",
    rule: "notify-mail",
    title: "AUDIT with the same configuration records the High-risk sign-in and lets it pass; whether it mails is UNKNOWN (reported, not asserted)",
    sources: [...SOURCES, seed("002_d992fe9094bc9ebc.txt", "audit mode takes no action")],
    facts: ["s7.audit-no-action", "mock.control-api"],
    evidence: "DOC",
    fixtures: ["pool"],
    notes: ["Whether AUDIT mails is UNKNOWN (aws-behavior.md §11): the last step shows the mock's documented choice (AUDIT takes no action, so it mails nothing) as a note when a target differs, never as a failure."],
    steps: [
      ok("UpdateUserPool", { UserPoolId: "{{userPoolId}}", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }),
      ...steps,
      citing(["s7.audit-no-action"], ok("AdminListUserAuthEvents", { ...USER, MaxResults: 1 }, { body: { AuthEvents: [{ EventId: "{{EventId}}", EventResponse: "Pass" }] } })),
      { ...outbox({ notifications: [] }), facts: ["s11.mail-unknowns"], evidence: "UNKNOWN" },
    ],
  }),
];
